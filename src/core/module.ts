// The discussion module: its types, the five mindsets, and the shape checks shared by the
// Markdown parser, the bundled library and records read back from storage.

/** The five mindsets that group the library, in the order they are shown. */
export const MINDSETS = ['reflection', 'analysis', 'worldliness', 'collaboration', 'action'] as const;

/** One of the five mindsets. */
export type Mindset = (typeof MINDSETS)[number];

/**
 * The newest module format this app reads and writes. Format 1 is the original; format 2 adds
 * the module's language (`lang`) and page markers in that language. A module says the format it
 * needs, so that an older app refuses a newer module with "update Roundtable".
 */
export const MODULE_FORMAT = 2;

/** The language of a module that does not name one. */
export const DEFAULT_LANG = 'en';

/** The longest language tag a module may carry; real tags are far shorter. */
export const MAX_LANG_LENGTH = 35;

/** The format's limits, the same for a Markdown file and for a module read back from storage or a peer. */
export const MODULE_LIMITS = {
  title: 80,
  summary: 300,
  author: 80,
  maxMinutes: 240,
  maxVersion: 1_000_000,
  tags: 20,
  tagLength: 40,
} as const;

/** A block of page text: a paragraph, or a bullet list. */
export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

/** One page of a module: a short text and exactly one question or exercise. */
export interface ModulePage {
  title: string;
  /** Suggested time in minutes, when the author gave one. */
  minutes?: number;
  blocks: TextBlock[];
  prompt: { kind: 'question' | 'exercise'; text: string };
}

/** Where a module came from: the bundled library, or a file a user added. */
export type ModuleSource = 'bundled' | 'user';

/** The fields of a module shown in the library, without its pages. */
export interface ModuleSummary {
  id: string;
  title: string;
  mindset: Mindset;
  summary: string;
  author: string;
  minutes: number;
  version: number;
  tags: string[];
  pageCount: number;
  source: ModuleSource;
  /**
   * The module's language, a canonical BCP 47 tag (`en`, `fr`, `ja`, `fr-CA`). The parser
   * always sets it; a record stored before modules had languages has none, and is English.
   */
  lang?: string;
}

/** A whole module. */
export interface Module extends ModuleSummary {
  format: number;
  intro: TextBlock[];
  pages: ModulePage[];
}

/** Whether a string is one of the five mindsets. */
export function isMindset(value: unknown): value is Mindset {
  return typeof value === 'string' && (MINDSETS as readonly string[]).includes(value);
}

/** The rule for module ids: lower-case words joined by single hyphens, 3 to 64 characters. */
export const MODULE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether a string is a valid module id. */
export function isModuleId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 3 && value.length <= 64 && MODULE_ID_PATTERN.test(value);
}

/** The summary of a module, as the library list stores it. */
export function summarise(module: Module): ModuleSummary {
  const { id, title, mindset, summary, author, minutes, version, tags, source, lang } = module;
  const summarised: ModuleSummary = { id, title, mindset, summary, author, minutes, version, tags, pageCount: module.pages.length, source };
  if (lang !== undefined) summarised.lang = lang;
  return summarised;
}

/** The language a module is written in: its `lang`, or English for a module that names none. */
export function moduleLang(module: Pick<ModuleSummary, 'lang'>): string {
  return module.lang ?? DEFAULT_LANG;
}

/**
 * The canonical form of a BCP 47 language tag (`fr-ca` gives `fr-CA`), or undefined when the
 * value is not one well-formed tag.
 */
export function canonicalLang(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LANG_LENGTH || value.trim() !== value) return undefined;
  try {
    const [tag, ...more] = Intl.getCanonicalLocales(value);
    return tag !== undefined && more.length === 0 ? tag : undefined;
  } catch {
    return undefined;
  }
}

/** The lowest module format that holds what a module says: 2 for a module in a language other than English. */
export function formatNeeded(module: Pick<ModuleSummary, 'lang'>): number {
  return moduleLang(module) === DEFAULT_LANG ? 1 : 2;
}
