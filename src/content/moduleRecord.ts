// Checks the shape of a module that comes back from JSON or IndexedDB, where anything may have
// been edited by hand: a record that does not fit is reported by field, never trusted.

import type { Module, ModulePage, ModuleSummary, TextBlock } from '../core/module.ts';
import { MODULE_FORMAT, MODULE_LIMITS, canonicalLang, isMindset, isModuleId } from '../core/module.ts';

/** The outcome of checking one record. */
export type RecordCheck<T> = { ok: true; value: T } | { ok: false; problem: string };

class Problem extends Error {}

const fail = (path: string, what: string): never => {
  throw new Problem(`${path} ${what}`);
};
const str = (value: unknown, path: string, max = Infinity): string =>
  typeof value !== 'string' ? fail(path, 'is not text') : value.length > max ? fail(path, `is longer than ${max} characters`) : value;
const int = (value: unknown, path: string, min: number, max = Number.MAX_SAFE_INTEGER): number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : fail(path, `is not a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}`);
const list = (value: unknown, path: string, max = Infinity): unknown[] =>
  !Array.isArray(value) ? fail(path, 'is not a list') : value.length > max ? fail(path, `holds more than ${max} items`) : value;

/** The most pages a module may have; far beyond any real module, it keeps a damaged record from being trusted. */
const MAX_PAGES = 1000;
const obj = (value: unknown, path: string): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : fail(path, 'is not a record');

function checkSummaryFields(record: Record<string, unknown>): ModuleSummary {
  const id = str(record.id, 'id');
  if (!isModuleId(id)) fail('id', `'${id}' is not a valid module id`);
  if (record.mindset === undefined) fail('mindset', 'is missing');
  if (!isMindset(record.mindset)) fail('mindset', `'${String(record.mindset)}' is not a mindset`);
  const source = record.source;
  if (source !== 'bundled' && source !== 'user') fail('source', "is neither 'bundled' nor 'user'");
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
    source: source as ModuleSummary['source'],
  };
  // A record stored before modules had languages has no `lang`: it is English, and stays without one.
  if (record.lang !== undefined) {
    const lang = canonicalLang(record.lang);
    if (lang === undefined) fail('lang', `'${String(record.lang)}' is not a language tag`);
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
    return fail(`${path}[${i}].kind`, "is neither 'paragraph' nor 'list'");
  });
}

function checkPages(value: unknown): ModulePage[] {
  const pages = list(value, 'pages', MAX_PAGES);
  if (pages.length === 0) fail('pages', 'is empty');
  return pages.map((raw, i) => {
    const page = obj(raw, `pages[${i}]`);
    const prompt = obj(page.prompt, `pages[${i}].prompt`);
    if (prompt.kind !== 'question' && prompt.kind !== 'exercise') fail(`pages[${i}].prompt.kind`, "is neither 'question' nor 'exercise'");
    const checked: ModulePage = {
      title: str(page.title, `pages[${i}].title`),
      blocks: checkBlocks(page.blocks, `pages[${i}].blocks`),
      prompt: { kind: prompt.kind as 'question' | 'exercise', text: str(prompt.text, `pages[${i}].prompt.text`) },
    };
    if (page.minutes !== undefined) checked.minutes = int(page.minutes, `pages[${i}].minutes`, 1);
    return checked;
  });
}

function run<T>(check: () => T): RecordCheck<T> {
  try {
    return { ok: true, value: check() };
  } catch (error) {
    if (error instanceof Problem) return { ok: false, problem: error.message };
    throw error;
  }
}

/** Checks a stored library entry (a module without its pages). */
export function checkModuleSummary(value: unknown): RecordCheck<ModuleSummary> {
  return run(() => checkSummaryFields(obj(value, 'the record')));
}

/** Checks a whole module, as found in the bundled library file or an import. */
export function checkModule(value: unknown): RecordCheck<Module> {
  return run(() => {
    const record = obj(value, 'the record');
    const format = int(record.format, 'format', 1);
    if (format > MODULE_FORMAT) fail('format', `${format} is newer than this version of Roundtable reads (${MODULE_FORMAT}): update Roundtable`);
    const pages = checkPages(record.pages);
    const summary = checkSummaryFields({ ...record, pageCount: pages.length });
    return { ...summary, format, intro: checkBlocks(record.intro ?? [], 'intro'), pages };
  });
}
