// Parses one module's Markdown into a Module, or into errors that each name a line.
// The build, `npm run modules:check` and the app's "add a module from a file" all use this.

import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Module, ModulePage, ModuleSource, TextBlock } from '../core/module.ts';
import { MINDSETS, MODULE_FORMAT, MODULE_LIMITS, isMindset, isModuleId } from '../core/module.ts';

/** A problem in a module file, at a line (1-based). */
export interface ContentError {
  file: string;
  line: number;
  message: string;
}

/** What parsing a module gives: the module, or every error found. */
export type ParseResult = { ok: true; module: Module } | { ok: false; errors: ContentError[] };

/** An error as `file:line: what is wrong`. */
export function formatContentError(error: ContentError): string {
  return `${error.file}:${error.line}: ${error.message}`;
}

const FIELDS = ['id', 'title', 'mindset', 'summary', 'author', 'minutes', 'version', 'tags', 'format'] as const;
type Field = (typeof FIELDS)[number];
const REQUIRED: readonly Field[] = FIELDS.filter((field) => field !== 'format');

const PROMPT = /^(Question|Exercise):\s*(.*)$/;
const TIME = /^Time:\s*(\d{1,2})\s*(?:min|mins|minutes)\s*$/i;

interface FrontMatter {
  values: Partial<Record<Field, unknown>>;
  lineOf: (field: Field) => number;
}

/**
 * Parses a module file. `file` names it in errors; `source` says whether it is part of the
 * bundled library or a file a user added.
 */
export function parseModule(text: string, file: string, source: ModuleSource = 'bundled'): ParseResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const errors: ContentError[] = [];
  const fail = (line: number, message: string) => errors.push({ file, line, message });

  if (lines[0]?.trim() !== '---') {
    fail(1, "the file must open with '---' and the YAML front matter");
    return { ok: false, errors };
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (close < 0) {
    fail(1, "the front matter is never closed: add a line '---' after it");
    return { ok: false, errors };
  }

  // Every error is collected, from the front matter and the pages alike, so one pass finds them all.
  const front = readFrontMatter(lines.slice(1, close).join('\n'), 2, fail);
  const fields = front ? checkFields(front, fail) : undefined;
  const body = readBody(lines, close + 1, fail);
  if (!fields || !body || errors.length > 0) {
    errors.sort((a, b) => a.line - b.line);
    return { ok: false, errors };
  }

  return {
    ok: true,
    module: { ...fields, source, intro: body.intro, pages: body.pages, pageCount: body.pages.length },
  };
}

function readFrontMatter(
  yamlText: string,
  firstLine: number,
  fail: (line: number, message: string) => void,
): FrontMatter | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number | undefined) => firstLine - 1 + (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const reason = error.message.split('\n')[0] ?? 'bad YAML';
      fail(lineAt(error.pos[0]), `bad YAML in the front matter: ${reason}`);
    }
    return undefined;
  }
  if (!isMap(doc.contents)) {
    fail(firstLine - 1, 'the front matter must be a list of "field: value" lines');
    return undefined;
  }
  const values: Partial<Record<Field, unknown>> = {};
  const lines = new Map<string, number>();
  for (const item of doc.contents.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    const line = lineAt(isScalar(item.key) ? item.key.range?.[0] : undefined);
    if (!(FIELDS as readonly string[]).includes(key)) {
      fail(line, `unknown field '${key}' (the fields are ${FIELDS.join(', ')})`);
      continue;
    }
    lines.set(key, line);
    const value = item.value;
    values[key as Field] = isSeq(value) ? value.items.map((entry) => (isScalar(entry) ? entry.value : entry)) : isScalar(value) ? value.value : value === null ? null : value;
  }
  return { values, lineOf: (field) => lines.get(field) ?? firstLine - 1 };
}

function checkFields(front: FrontMatter, fail: (line: number, message: string) => void) {
  const { values, lineOf } = front;
  for (const field of REQUIRED) {
    if (values[field] === undefined || values[field] === null) fail(lineOf(field), `missing field '${field}'`);
  }
  const text = (field: Field, max: number): string => {
    const value = values[field];
    if (value === undefined || value === null) return '';
    if (typeof value !== 'string' || value.trim() === '') {
      fail(lineOf(field), `'${field}' must be a line of text`);
      return '';
    }
    if (value.length > max) fail(lineOf(field), `'${field}' is ${value.length} characters long; the most is ${max}`);
    return value.trim();
  };
  const whole = (field: Field, min: number, max: number): number => {
    const value = values[field];
    if (value === undefined || value === null) return min;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      const range = min === max ? `${min}` : `a whole number from ${min} to ${max}`;
      fail(lineOf(field), `'${field}' must be ${range}, not ${JSON.stringify(value)}`);
      return min;
    }
    return value;
  };

  const id = text('id', 64);
  if (id && !isModuleId(id)) {
    fail(lineOf('id'), `'id' must be 3 to 64 lower-case letters, digits and single hyphens, not '${id}'`);
  }
  const mindset = values.mindset;
  if (mindset !== undefined && mindset !== null && !isMindset(mindset)) {
    fail(lineOf('mindset'), `unknown mindset '${String(mindset)}' (it must be one of ${MINDSETS.join(', ')})`);
  }
  const tags = values.tags;
  if (tags !== undefined && tags !== null && (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string' || tag.trim() === ''))) {
    fail(lineOf('tags'), "'tags' must be a list of words, like [time, priorities], or [] for none");
  } else if (Array.isArray(tags) && (tags.length > MODULE_LIMITS.tags || tags.some((tag) => String(tag).trim().length > MODULE_LIMITS.tagLength))) {
    fail(lineOf('tags'), `'tags' may hold at most ${MODULE_LIMITS.tags} words of at most ${MODULE_LIMITS.tagLength} characters each`);
  }
  const format = values.format === undefined ? MODULE_FORMAT : values.format;
  if (typeof format === 'number' && Number.isInteger(format) && format > MODULE_FORMAT) {
    fail(lineOf('format'), `this module is in format ${format}, newer than this version of Roundtable reads (${MODULE_FORMAT}): update Roundtable`);
  } else {
    whole('format', 1, MODULE_FORMAT);
  }
  const fields = {
    id,
    title: text('title', MODULE_LIMITS.title),
    mindset: isMindset(mindset) ? mindset : MINDSETS[0],
    summary: text('summary', MODULE_LIMITS.summary),
    author: text('author', MODULE_LIMITS.author),
    minutes: whole('minutes', 10, MODULE_LIMITS.maxMinutes),
    version: whole('version', 1, MODULE_LIMITS.maxVersion),
    tags: Array.isArray(tags) ? tags.map((tag) => String(tag).trim()) : [],
    format: MODULE_FORMAT,
  };
  return fields;
}

interface PageDraft {
  page: ModulePage;
  line: number;
  promptLine?: number;
  promptOpen: boolean;
}

function readBody(lines: string[], start: number, fail: (line: number, message: string) => void) {
  const intro: TextBlock[] = [];
  const pages: PageDraft[] = [];
  let blocks = intro;
  let current: PageDraft | undefined;
  let paragraph: string[] | undefined;
  let list: string[] | undefined;
  let sawContent = false;

  const endBlock = () => {
    if (paragraph) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    if (list) blocks.push({ kind: 'list', items: list });
    paragraph = undefined;
    list = undefined;
  };

  for (let index = start; index < lines.length; index++) {
    const raw = lines[index] ?? '';
    const line = raw.trim();
    const lineNo = index + 1;

    if (line === '') {
      endBlock();
      if (current) current.promptOpen = false;
      continue;
    }
    if (line.startsWith('## ') && !raw.startsWith('## ')) {
      fail(lineNo, "a page heading must start at the beginning of its line, with no space before '## '");
    }
    if (line.startsWith('## ') || line === '##') {
      endBlock();
      const title = line.slice(2).trim();
      if (title === '') fail(lineNo, 'a page heading needs a title after "## "');
      current = { page: { title, blocks: [], prompt: { kind: 'question', text: '' } }, line: lineNo, promptOpen: false };
      pages.push(current);
      blocks = current.page.blocks;
      sawContent = false;
      continue;
    }
    if (line.startsWith('#')) {
      fail(lineNo, "only '## ' headings are allowed: each one starts a page");
      continue;
    }
    if (/^Time:/i.test(line)) {
      const match = TIME.exec(line);
      if (!current) fail(lineNo, "a 'Time:' line belongs right under a page heading");
      else if (sawContent) fail(lineNo, "the 'Time:' line must come right under the page heading");
      else if (!match || Number(match[1]) < 1 || Number(match[1]) > 60) fail(lineNo, "write the time as 'Time: 8 min', a whole number of minutes from 1 to 60");
      else current.page.minutes = Number(match[1]);
      sawContent = true;
      continue;
    }
    sawContent = true;
    const prompt = PROMPT.exec(line);
    if (prompt) {
      endBlock();
      const label = prompt[1] as 'Question' | 'Exercise';
      if (!current) {
        fail(lineNo, `a '${label}:' line must be inside a page: put a '## ' heading above it`);
      } else if (current.promptLine !== undefined) {
        fail(lineNo, `page '${current.page.title}' has a second question or exercise (the first is on line ${current.promptLine}); a page has exactly one`);
      } else {
        current.promptLine = lineNo;
        current.promptOpen = true;
        current.page.prompt = { kind: label === 'Question' ? 'question' : 'exercise', text: prompt[2]?.trim() ?? '' };
        if (!prompt[2]?.trim()) fail(lineNo, `the ${label.toLowerCase()} is empty`);
      }
      continue;
    }
    if (current?.promptOpen) {
      current.page.prompt.text += ` ${line}`;
      continue;
    }
    if (current && current.promptLine !== undefined) {
      fail(lineNo, `text after the question on page '${current.page.title}': the question comes last on its page`);
      continue;
    }
    if (line.startsWith('- ')) {
      if (paragraph) endBlock();
      list ??= [];
      list.push(line.slice(2).trim());
    } else if (list && raw.startsWith(' ')) {
      list[list.length - 1] += ` ${line}`;
    } else {
      if (list) endBlock();
      paragraph ??= [];
      paragraph.push(line);
    }
  }
  endBlock();

  if (pages.length === 0) {
    const firstText = lines.findIndex((text, index) => index >= start && text.trim() !== '');
    fail(firstText >= 0 ? firstText + 1 : start, "the module has no pages: each page starts with a '## ' heading");
    return undefined;
  }
  for (const draft of pages) {
    if (draft.promptLine === undefined) {
      fail(draft.line, `page '${draft.page.title}' has no question: end it with a line starting 'Question: ' or 'Exercise: '`);
    }
  }
  return { intro, pages: pages.map((draft) => draft.page) };
}
