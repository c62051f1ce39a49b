// Checks the shape of a module that comes back from JSON or IndexedDB, where anything may have
// been edited by hand: a record that does not fit is reported by field, never trusted.

import type { Module, ModulePage, ModuleSummary, TextBlock } from '../core/module.ts';
import { MINDSETS, MODULE_FORMAT, MODULE_LIMITS, canonicalLang, isMindset, isModuleId } from '../core/module.ts';
import type { FieldProblem, ValueProblem } from '../core/storedRecord.ts';

/**
 * The outcome of checking one record: its value, or the first thing wrong with it, as a code
 * for its field (a path such as `pages[2].title`, or '' for the record as a whole).
 */
export type RecordCheck<T> = { ok: true; value: T } | { ok: false; problem: FieldProblem };

class Problem extends Error {
  constructor(readonly found: FieldProblem) {
    super(found.field ? `${found.field}: ${found.problem.code}` : found.problem.code);
  }
}

const fail = (field: string, problem: ValueProblem): never => {
  throw new Problem({ field, problem });
};
const str = (value: unknown, path: string, max = Infinity): string =>
  typeof value !== 'string' ? fail(path, { code: 'notText' }) : value.length > max ? fail(path, { code: 'tooLong', max }) : value;
const int = (value: unknown, path: string, min: number, max: number): number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : fail(path, { code: 'notWhole', min, max });
const list = (value: unknown, path: string, max = Infinity): unknown[] =>
  !Array.isArray(value) ? fail(path, { code: 'notList' }) : value.length > max ? fail(path, { code: 'tooMany', max, found: value.length }) : value;
const oneOf = <V extends string>(value: unknown, path: string, values: readonly V[]): V =>
  (values as readonly unknown[]).includes(value) ? (value as V) : fail(path, { code: 'notOneOf', values });

/** The most pages a module may have; far beyond any real module, it keeps a damaged record from being trusted. */
const MAX_PAGES = 1000;
const obj = (value: unknown, path: string): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : fail(path, { code: 'notRecord' });

function checkSummaryFields(record: Record<string, unknown>): ModuleSummary {
  const id = str(record.id, 'id');
  if (!isModuleId(id)) fail('id', { code: 'notModuleId' });
  if (record.mindset === undefined) fail('mindset', { code: 'missing' });
  if (!isMindset(record.mindset)) fail('mindset', { code: 'notOneOf', values: MINDSETS });
  const source = oneOf(record.source, 'source', ['bundled', 'user'] as const);
  const summary: ModuleSummary = {
    id,
    title: str(record.title, 'title', MODULE_LIMITS.title),
    mindset: record.mindset as ModuleSummary['mindset'],
    summary: str(record.summary, 'summary', MODULE_LIMITS.summary),
    author: str(record.author, 'author', MODULE_LIMITS.author),
    minutes: int(record.minutes, 'minutes', 1, MODULE_LIMITS.maxMinutes),
    version: int(record.version, 'version', 1, MODULE_LIMITS.maxVersion),
    tags: list(record.tags, 'tags', MODULE_LIMITS.tags).map((tag, i) => str(tag, `tags[${i}]`, MODULE_LIMITS.tagLength)),
    pageCount: int(record.pageCount, 'pageCount', 1, MAX_PAGES),
    source,
  };
  // A record stored before modules had languages has no `lang`: it is English, and stays without one.
  if (record.lang !== undefined) {
    const lang = canonicalLang(record.lang);
    if (lang === undefined) fail('lang', { code: 'notLanguageTag' });
    summary.lang = lang;
  }
  return summary;
}

function checkBlocks(value: unknown, path: string): TextBlock[] {
  return list(value, path).map((raw, i) => {
    const block = obj(raw, `${path}[${i}]`);
    if (block.kind === 'paragraph') return { kind: 'paragraph', text: str(block.text, `${path}[${i}].text`) };
    if (block.kind === 'list') {
      return { kind: 'list', items: list(block.items, `${path}[${i}].items`).map((item, j) => str(item, `${path}[${i}].items[${j}]`)) };
    }
    return fail(`${path}[${i}].kind`, { code: 'notOneOf', values: ['paragraph', 'list'] });
  });
}

function checkPages(value: unknown): ModulePage[] {
  const pages = list(value, 'pages', MAX_PAGES);
  if (pages.length === 0) fail('pages', { code: 'emptyList' });
  return pages.map((raw, i) => {
    const page = obj(raw, `pages[${i}]`);
    const prompt = obj(page.prompt, `pages[${i}].prompt`);
    const kind = oneOf(prompt.kind, `pages[${i}].prompt.kind`, ['question', 'exercise'] as const);
    const checked: ModulePage = {
      title: str(page.title, `pages[${i}].title`),
      blocks: checkBlocks(page.blocks, `pages[${i}].blocks`),
      prompt: { kind, text: str(prompt.text, `pages[${i}].prompt.text`) },
    };
    // No page is longer than the longest module.
    if (page.minutes !== undefined) checked.minutes = int(page.minutes, `pages[${i}].minutes`, 1, MODULE_LIMITS.maxMinutes);
    return checked;
  });
}

function run<T>(check: () => T): RecordCheck<T> {
  try {
    return { ok: true, value: check() };
  } catch (error) {
    if (error instanceof Problem) return { ok: false, problem: error.found };
    throw error;
  }
}

/** Checks a stored library entry (a module without its pages). */
export function checkModuleSummary(value: unknown): RecordCheck<ModuleSummary> {
  return run(() => checkSummaryFields(obj(value, '')));
}

/** Checks a whole module, as found in the bundled library file or an import. */
export function checkModule(value: unknown): RecordCheck<Module> {
  return run(() => {
    const record = obj(value, '');
    // A whole format above the newest this app reads is a newer app's module: the reader is told to update.
    if (Number.isInteger(record.format) && (record.format as number) > MODULE_FORMAT) fail('format', { code: 'newerFormat', found: record.format as number, reads: MODULE_FORMAT });
    const format = int(record.format, 'format', 1, MODULE_FORMAT);
    const pages = checkPages(record.pages);
    const summary = checkSummaryFields({ ...record, pageCount: pages.length });
    return { ...summary, format, intro: checkBlocks(record.intro ?? [], 'intro'), pages };
  });
}
