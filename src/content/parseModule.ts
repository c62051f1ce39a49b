// Parses one module's Markdown into a Module, or into errors that each name a line.
// The build, `npm run modules:check` and the app's "add a module from a file" all use this.

import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Module, ModulePage, ModuleSource, TextBlock } from '../core/module.ts';
import { DEFAULT_LANG, MINDSETS, MODULE_FORMAT, MODULE_LIMITS, canonicalLang, formatNeeded, isMindset, isModuleId } from '../core/module.ts';
import type { ContentError, ContentErrorCode, ContentErrorParams } from './contentError.ts';
import { contentError } from './contentError.ts';
import type { MarkerLanguage } from './markers.ts';
import { findMarker, markerLanguage, markerLanguages, readMinutes, timeLine, writtenMarker } from './markers.ts';

export type { ContentError, ContentErrorCode } from './contentError.ts';

/** What parsing a module gives: the module, or every error found. */
export type ParseResult = { ok: true; module: Module } | { ok: false; errors: ContentError[] };

const FIELDS = ['id', 'title', 'mindset', 'summary', 'author', 'minutes', 'version', 'tags', 'lang', 'format'] as const;
type Field = (typeof FIELDS)[number];
const OPTIONAL: readonly Field[] = ['lang', 'format'];
const REQUIRED: readonly Field[] = FIELDS.filter((field) => !OPTIONAL.includes(field));

/** Records one problem at a line. */
type Fail = <C extends ContentErrorCode>(line: number, code: C, params: ContentErrorParams[C]) => void;

interface FrontMatter {
  values: Partial<Record<Field, unknown>>;
  lineOf: (field: Field) => number;
  /** The fields that are not in this format, with their lines: reported only if the module's format is one this app reads. */
  unknown: Array<{ key: string; line: number }>;
}

/**
 * Parses a module file. `file` names it in errors; `source` says whether it is part of the
 * bundled library or a file a user added.
 */
export function parseModule(text: string, file: string, source: ModuleSource = 'bundled'): ParseResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const errors: ContentError[] = [];
  const fail: Fail = (line, code, params) => errors.push(contentError(file, line, code, params));

  if (lines[0]?.trim() !== '---') {
    fail(1, 'noFrontMatter', {});
    return { ok: false, errors };
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (close < 0) {
    fail(1, 'frontMatterUnclosed', {});
    return { ok: false, errors };
  }

  const front = readFrontMatter(lines.slice(1, close).join('\n'), 2, fail);
  // A module in a newer format may have fields and pages this app does not know: the one thing to
  // say is to update Roundtable, not a list of what looks wrong from here.
  const newer = front ? newerFormat(front) : undefined;
  if (front && newer !== undefined) {
    fail(front.lineOf('format'), 'formatTooNew', { format: newer, supported: MODULE_FORMAT });
    return { ok: false, errors };
  }
  for (const { key, line } of front?.unknown ?? []) fail(line, 'unknownField', { field: key, fields: FIELDS.join(', ') });

  // Every other error is collected, from the front matter and the pages alike, so one pass finds them all.
  const fields = front ? checkFields(front, fail) : undefined;
  // The pages take the markers of the module's language; when it is unknown, those of every language.
  const body = readBody(lines, close + 1, fail, fields?.lang);
  if (!fields || !body || errors.length > 0) {
    errors.sort((a, b) => a.line - b.line);
    return { ok: false, errors };
  }

  const { lang = DEFAULT_LANG, declaredFormat, ...rest } = fields;
  return {
    ok: true,
    module: {
      ...rest,
      lang,
      format: Math.max(declaredFormat, formatNeeded({ lang })),
      source,
      intro: body.intro,
      pages: body.pages,
      pageCount: body.pages.length,
    },
  };
}

/** The format a module declares, when it is a whole number newer than this app reads. */
function newerFormat(front: FrontMatter): number | undefined {
  const format = front.values.format;
  return typeof format === 'number' && Number.isInteger(format) && format > MODULE_FORMAT ? format : undefined;
}

function readFrontMatter(
  yamlText: string,
  firstLine: number,
  fail: Fail,
): FrontMatter | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number | undefined) => firstLine - 1 + (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const reason = error.message.split('\n')[0] ?? 'bad YAML';
      fail(lineAt(error.pos[0]), 'badYaml', { reason });
    }
    return undefined;
  }
  if (!isMap(doc.contents)) {
    fail(firstLine - 1, 'frontMatterNotFields', {});
    return undefined;
  }
  const values: Partial<Record<Field, unknown>> = {};
  const lines = new Map<string, number>();
  const unknown: FrontMatter['unknown'] = [];
  for (const item of doc.contents.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    const line = lineAt(isScalar(item.key) ? item.key.range?.[0] : undefined);
    if (!(FIELDS as readonly string[]).includes(key)) {
      unknown.push({ key, line });
      continue;
    }
    lines.set(key, line);
    const value = item.value;
    values[key as Field] = isSeq(value) ? value.items.map((entry) => (isScalar(entry) ? entry.value : entry)) : isScalar(value) ? value.value : value === null ? null : value;
  }
  return { values, lineOf: (field) => lines.get(field) ?? firstLine - 1, unknown };
}

function checkFields(front: FrontMatter, fail: Fail) {
  const { values, lineOf } = front;
  for (const field of REQUIRED) {
    if (values[field] === undefined || values[field] === null) fail(lineOf(field), 'missingField', { field });
  }
  const text = (field: Field, max: number): string => {
    const value = values[field];
    if (value === undefined || value === null) return '';
    if (typeof value !== 'string' || value.trim() === '') {
      fail(lineOf(field), 'notText', { field });
      return '';
    }
    if (value.length > max) fail(lineOf(field), 'tooLong', { field, length: value.length, max });
    return value.trim();
  };
  const whole = (field: Field, min: number, max: number): number => {
    const value = values[field];
    if (value === undefined || value === null) return min;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      fail(lineOf(field), 'notWholeNumber', { field, min, max, value: JSON.stringify(value) });
      return min;
    }
    return value;
  };

  const id = text('id', 64);
  if (id && !isModuleId(id)) fail(lineOf('id'), 'badId', { id });
  const mindset = values.mindset;
  if (mindset !== undefined && mindset !== null && !isMindset(mindset)) {
    fail(lineOf('mindset'), 'unknownMindset', { mindset: String(mindset), mindsets: MINDSETS.join(', ') });
  }
  const tags = values.tags;
  if (tags !== undefined && tags !== null && (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string' || tag.trim() === ''))) {
    fail(lineOf('tags'), 'badTags', {});
  } else if (Array.isArray(tags) && (tags.length > MODULE_LIMITS.tags || tags.some((tag) => String(tag).trim().length > MODULE_LIMITS.tagLength))) {
    fail(lineOf('tags'), 'tooManyTags', { max: MODULE_LIMITS.tags, length: MODULE_LIMITS.tagLength });
  }
  // The language: a well-formed BCP 47 tag, kept in its canonical form (fr-ca is fr-CA).
  let lang: string | undefined = DEFAULT_LANG;
  if (values.lang !== undefined && values.lang !== null) {
    lang = canonicalLang(typeof values.lang === 'string' ? values.lang.trim() : undefined);
    if (lang === undefined) fail(lineOf('lang'), 'badLang', { lang: typeof values.lang === 'string' ? values.lang : JSON.stringify(values.lang) });
  }
  // A format newer than this app reads was refused before; an absent format is the first one.
  const declaredFormat = whole('format', 1, MODULE_FORMAT);
  const fields = {
    id,
    title: text('title', MODULE_LIMITS.title),
    mindset: isMindset(mindset) ? mindset : MINDSETS[0],
    summary: text('summary', MODULE_LIMITS.summary),
    author: text('author', MODULE_LIMITS.author),
    minutes: whole('minutes', 10, MODULE_LIMITS.maxMinutes),
    version: whole('version', 1, MODULE_LIMITS.maxVersion),
    tags: Array.isArray(tags) ? tags.map((tag) => String(tag).trim()) : [],
    lang,
    declaredFormat,
  };
  return fields;
}

interface PageDraft {
  page: ModulePage;
  line: number;
  promptLine?: number;
  promptOpen: boolean;
}

// Letters and punctuation of scripts written without spaces between words (kana, CJK, full-width forms).
const NO_SPACE_SCRIPT = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Two lines of one paragraph or question, joined. A line break between two Japanese (or Chinese)
 * characters is not a space, so it joins with none; anywhere else it is one space.
 */
function joinLine(text: string, next: string): string {
  if (text === '') return next;
  return NO_SPACE_SCRIPT.test(text.slice(-1)) && NO_SPACE_SCRIPT.test(next.slice(0, 1)) ? `${text}${next}` : `${text} ${next}`;
}

function readBody(lines: string[], start: number, fail: Fail, lang: string | undefined) {
  const languages = markerLanguages(lang);
  // The markers named in errors: those of the module's language, or of the line the error is about.
  const own: MarkerLanguage = lang === undefined ? 'en' : markerLanguage(lang);
  const intro: TextBlock[] = [];
  const pages: PageDraft[] = [];
  let blocks = intro;
  let current: PageDraft | undefined;
  let paragraph: string[] | undefined;
  let list: string[] | undefined;
  let sawContent = false;

  const endBlock = () => {
    if (paragraph) blocks.push({ kind: 'paragraph', text: paragraph.reduce(joinLine, '') });
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
    if (line.startsWith('## ') && !raw.startsWith('## ')) fail(lineNo, 'headingIndented', {});
    if (line.startsWith('## ') || line === '##') {
      endBlock();
      const title = line.slice(2).trim();
      if (title === '') fail(lineNo, 'headingWithoutTitle', {});
      current = { page: { title, blocks: [], prompt: { kind: 'question', text: '' } }, line: lineNo, promptOpen: false };
      pages.push(current);
      blocks = current.page.blocks;
      sawContent = false;
      continue;
    }
    if (line.startsWith('#')) {
      fail(lineNo, 'deepHeading', {});
      continue;
    }
    const marker = findMarker(line, languages);
    if (marker?.kind === 'time') {
      const minutes = readMinutes(marker.rest);
      const written = writtenMarker('time', marker.language);
      if (!current) fail(lineNo, 'timeOutsidePage', { marker: written });
      else if (sawContent) fail(lineNo, 'timeNotFirst', { marker: written });
      else if (minutes === undefined || minutes < 1 || minutes > 60) fail(lineNo, 'badTime', { example: timeLine(8, marker.language) });
      else current.page.minutes = minutes;
      sawContent = true;
      continue;
    }
    sawContent = true;
    if (marker) {
      endBlock();
      const kind = marker.kind;
      if (!current) {
        fail(lineNo, 'promptOutsidePage', { marker: writtenMarker(kind, marker.language) });
      } else if (current.promptLine !== undefined) {
        fail(lineNo, 'secondPrompt', { page: current.page.title, first: current.promptLine });
      } else {
        current.promptLine = lineNo;
        current.promptOpen = true;
        current.page.prompt = { kind, text: marker.rest };
        if (!marker.rest) fail(lineNo, kind === 'question' ? 'emptyQuestion' : 'emptyExercise', {});
      }
      continue;
    }
    if (current?.promptOpen) {
      current.page.prompt.text = joinLine(current.page.prompt.text, line);
      continue;
    }
    if (current && current.promptLine !== undefined) {
      fail(lineNo, 'textAfterPrompt', { page: current.page.title });
      continue;
    }
    if (line.startsWith('- ')) {
      if (paragraph) endBlock();
      list ??= [];
      list.push(line.slice(2).trim());
    } else if (list && raw.startsWith(' ')) {
      list[list.length - 1] = joinLine(list[list.length - 1] ?? '', line);
    } else {
      if (list) endBlock();
      paragraph ??= [];
      paragraph.push(line);
    }
  }
  endBlock();

  if (pages.length === 0) {
    const firstText = lines.findIndex((text, index) => index >= start && text.trim() !== '');
    fail(firstText >= 0 ? firstText + 1 : start, 'noPages', {});
    return undefined;
  }
  for (const draft of pages) {
    if (draft.promptLine === undefined) {
      fail(draft.line, 'noPrompt', { page: draft.page.title, question: writtenMarker('question', own), exercise: writtenMarker('exercise', own) });
    }
  }
  return { intro, pages: pages.map((draft) => draft.page) };
}
