// The problems a module file can have, each a code with its parameters. The app words them in
// the interface language (the `content` area of the catalog, one message per code); the build
// and `npm run modules:check` word them in English (contentWords.ts).

/** Each problem's code, with the parameters its message takes. */
export interface ContentErrorParams {
  noFrontMatter: Record<string, never>;
  frontMatterUnclosed: Record<string, never>;
  badYaml: { reason: string };
  frontMatterNotFields: Record<string, never>;
  unknownField: { field: string; fields: string };
  missingField: { field: string };
  notText: { field: string };
  tooLong: { field: string; length: number; max: number };
  notWholeNumber: { field: string; min: number; max: number; value: string };
  badId: { id: string };
  unknownMindset: { mindset: string; mindsets: string };
  badTags: Record<string, never>;
  tooManyTags: { max: number; length: number };
  badLang: { lang: string };
  formatTooNew: { format: number; supported: number };
  headingIndented: Record<string, never>;
  headingWithoutTitle: Record<string, never>;
  deepHeading: Record<string, never>;
  timeOutsidePage: { marker: string };
  timeNotFirst: { marker: string };
  badTime: { example: string };
  promptOutsidePage: { marker: string };
  secondPrompt: { page: string; first: number };
  emptyQuestion: Record<string, never>;
  emptyExercise: Record<string, never>;
  textAfterPrompt: { page: string };
  noPages: Record<string, never>;
  noPrompt: { page: string; question: string; exercise: string };
  duplicateId: { id: string; first: string };
  fileName: { id: string };
  pageCount: { count: number; min: number; max: number };
}

/** A problem's code. */
export type ContentErrorCode = keyof ContentErrorParams;

/** A problem in a module file, at a line (1-based), as a code and its parameters. */
export type ContentError = {
  [C in ContentErrorCode]: { file: string; line: number; code: C; params: ContentErrorParams[C] };
}[ContentErrorCode];

/** Makes a problem; `params` are checked against the code. */
export function contentError<C extends ContentErrorCode>(file: string, line: number, code: C, params: ContentErrorParams[C]): ContentError {
  return { file, line, code, params } as ContentError;
}

// Every code once; the type makes a code left out (or one that is not a code) an error.
const EVERY_CODE: Record<ContentErrorCode, true> = {
  noFrontMatter: true,
  frontMatterUnclosed: true,
  badYaml: true,
  frontMatterNotFields: true,
  unknownField: true,
  missingField: true,
  notText: true,
  tooLong: true,
  notWholeNumber: true,
  badId: true,
  unknownMindset: true,
  badTags: true,
  tooManyTags: true,
  badLang: true,
  formatTooNew: true,
  headingIndented: true,
  headingWithoutTitle: true,
  deepHeading: true,
  timeOutsidePage: true,
  timeNotFirst: true,
  badTime: true,
  promptOutsidePage: true,
  secondPrompt: true,
  emptyQuestion: true,
  emptyExercise: true,
  textAfterPrompt: true,
  noPages: true,
  noPrompt: true,
  duplicateId: true,
  fileName: true,
  pageCount: true,
};

/** Every content error code. */
export const CONTENT_ERROR_CODES = Object.keys(EVERY_CODE) as ContentErrorCode[];
