import { describe, expect, it } from 'vitest';
import type { Module, ModuleSummary } from '../core/module.ts';
import { MINDSETS, summarise } from '../core/module.ts';
import type { FieldProblem, ValueProblem } from '../core/storedRecord.ts';
import type { RecordCheck } from './moduleRecord.ts';
import { checkModule, checkModuleSummary } from './moduleRecord.ts';

function goodModule(): Module {
  return {
    id: 'good-module',
    title: 'A good module',
    mindset: 'reflection',
    summary: 'A module record that is fine.',
    author: 'Roundtable',
    minutes: 60,
    version: 2,
    tags: ['time', 'attention'],
    pageCount: 2,
    source: 'bundled',
    format: 1,
    intro: [{ kind: 'paragraph', text: 'An introduction.' }],
    pages: [
      {
        title: 'First',
        minutes: 8,
        blocks: [
          { kind: 'paragraph', text: 'Text.' },
          { kind: 'list', items: ['one', 'two', 'three'] },
        ],
        prompt: { kind: 'question', text: 'Why?' },
      },
      {
        title: 'Second',
        blocks: [],
        prompt: { kind: 'exercise', text: 'Write it down.' },
      },
    ],
  };
}

/** Stands for "remove this field" in `damaged`. */
const DELETE = Symbol('delete');

/** A copy of a good module as plain JSON data, with the value at `path` replaced or removed. */
function damaged(path: Array<string | number>, value: unknown): Record<string, unknown> {
  const record = JSON.parse(JSON.stringify(goodModule())) as Record<string, unknown>;
  let target = record as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] ?? '';
  if (value === DELETE) delete target[last];
  else target[last] = value;
  return record;
}

function problemOf<T>(result: RecordCheck<T>): FieldProblem {
  if (result.ok) throw new Error('expected a problem, but the record was accepted');
  return result.problem;
}

/** The value of a good check, or the test fails with what was wrong. */
function valueOf<T>(result: RecordCheck<T>): T {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result.value;
}

const notText: ValueProblem = { code: 'notText' };
const notList: ValueProblem = { code: 'notList' };
const notRecord: ValueProblem = { code: 'notRecord' };
const notOneOf = (...values: string[]): ValueProblem => ({ code: 'notOneOf', values });
const notWhole = (min: number, max: number): ValueProblem => ({ code: 'notWhole', min, max });

describe('checkModule', () => {
  it('accepts a good record and gives it back', () => {
    const result = checkModule(JSON.parse(JSON.stringify(goodModule())));
    expect(result).toEqual({ ok: true, value: goodModule() });
  });

  it('keeps a page without minutes without minutes', () => {
    const value = valueOf(checkModule(goodModule()));
    expect(value.pages[0]?.minutes).toBe(8);
    expect(value.pages[1] && 'minutes' in value.pages[1]).toBe(false);
  });

  it('counts the pages itself and drops fields it does not know', () => {
    const record = damaged(['pageCount'], 99);
    record.extra = '<script>alert(1)</script>';
    const value = valueOf(checkModule(record));
    expect(value.pageCount).toBe(2);
    expect('extra' in value).toBe(false);
  });

  it('treats a missing intro as none', () => {
    expect(valueOf(checkModule(damaged(['intro'], DELETE))).intro).toEqual([]);
  });

  const cases: Array<[what: string, path: Array<string | number>, value: unknown, field: string, problem: ValueProblem]> = [
    ['a prompt text that is a number', ['pages', 1, 'prompt', 'text'], 42, 'pages[1].prompt.text', notText],
    ['an unknown mindset', ['mindset'], 'x', 'mindset', { code: 'notOneOf', values: MINDSETS }],
    ['a missing mindset', ['mindset'], DELETE, 'mindset', { code: 'missing' }],
    ['an invalid id', ['id'], 'Bad Id', 'id', { code: 'notModuleId' }],
    ['an id that is a number', ['id'], 7, 'id', notText],
    ['a missing title', ['title'], DELETE, 'title', notText],
    ['a summary that is null', ['summary'], null, 'summary', notText],
    ['an author that is a list', ['author'], ['a'], 'author', notText],
    ['an unknown source', ['source'], 'web', 'source', notOneOf('bundled', 'user')],
    ['minutes of 0', ['minutes'], 0, 'minutes', notWhole(1, 240)],
    ['minutes that are not whole', ['minutes'], 1.5, 'minutes', notWhole(1, 240)],
    ['a version that is text', ['version'], '2', 'version', notWhole(1, 1_000_000)],
    ['tags that are text', ['tags'], 'time', 'tags', notList],
    ['a tag that is a number', ['tags', 1], 3, 'tags[1]', notText],
    ['a missing format', ['format'], DELETE, 'format', notWhole(1, 2)],
    ['a format of 0', ['format'], 0, 'format', notWhole(1, 2)],
    ['a format that is not whole', ['format'], 2.5, 'format', notWhole(1, 2)],
    ['a newer format', ['format'], 3, 'format', { code: 'newerFormat', found: 3, reads: 2 }],
    ['a language that is not a tag', ['lang'], 'fr_FR', 'lang', { code: 'notLanguageTag' }],
    ['a language that is a number', ['lang'], 7, 'lang', { code: 'notLanguageTag' }],
    ['no pages', ['pages'], [], 'pages', { code: 'emptyList' }],
    ['pages that are not a list', ['pages'], { 0: {} }, 'pages', notList],
    ['more than 1000 pages', ['pages'], Array.from({ length: 1001 }, () => ({})), 'pages', { code: 'tooMany', max: 1000, found: 1001 }],
    ['a page that is null', ['pages', 0], null, 'pages[0]', notRecord],
    ['a page that is a list', ['pages', 1], [], 'pages[1]', notRecord],
    ['a page without a prompt', ['pages', 1, 'prompt'], DELETE, 'pages[1].prompt', notRecord],
    ['a prompt of an unknown kind', ['pages', 0, 'prompt', 'kind'], 'poll', 'pages[0].prompt.kind', notOneOf('question', 'exercise')],
    ['a page title that is missing', ['pages', 1, 'title'], DELETE, 'pages[1].title', notText],
    ['page blocks that are missing', ['pages', 0, 'blocks'], DELETE, 'pages[0].blocks', notList],
    ['a block of an unknown kind', ['pages', 0, 'blocks', 0, 'kind'], 'image', 'pages[0].blocks[0].kind', notOneOf('paragraph', 'list')],
    ['a paragraph without text', ['pages', 0, 'blocks', 0, 'text'], DELETE, 'pages[0].blocks[0].text', notText],
    ['list items that are not a list', ['pages', 0, 'blocks', 1, 'items'], 'one', 'pages[0].blocks[1].items', notList],
    ['a list item that is null', ['pages', 0, 'blocks', 1, 'items', 2], null, 'pages[0].blocks[1].items[2]', notText],
    ['page minutes that are text', ['pages', 1, 'minutes'], '5', 'pages[1].minutes', notWhole(1, 240)],
    ['page minutes longer than a module may be', ['pages', 1, 'minutes'], 241, 'pages[1].minutes', notWhole(1, 240)],
    ['an intro that is text', ['intro'], 'hello', 'intro', notList],
    ['an intro block that is a string', ['intro', 0], 'hello', 'intro[0]', notRecord],
  ];

  for (const [what, path, value, field, problem] of cases) {
    it(`refuses ${what}: ${field} ${problem.code}`, () => {
      expect(problemOf(checkModule(damaged(path, value)))).toEqual({ field, problem });
    });
  }

  it('tells the reader of a newer format the format it found and the one it reads', () => {
    expect(problemOf(checkModule(damaged(['format'], 4)))).toEqual({ field: 'format', problem: { code: 'newerFormat', found: 4, reads: 2 } });
  });

  it('keeps the language of a module in another language, in its canonical form', () => {
    const french = { ...JSON.parse(JSON.stringify(goodModule())), lang: 'fr-ca', format: 2 };
    const value = valueOf(checkModule(french));
    expect([value.lang, value.format]).toEqual(['fr-CA', 2]);
    const japanese = checkModule({ ...goodModule(), lang: 'ja', format: 2 });
    expect(japanese.ok && japanese.value.lang).toBe('ja');
  });

  it('reads a record stored before languages as it was, with no lang (English)', () => {
    expect('lang' in valueOf(checkModule(JSON.parse(JSON.stringify(goodModule()))))).toBe(false);
  });

  it('never throws on values that are not records', () => {
    for (const value of [null, undefined, 0, 42, Number.NaN, '', 'a module', true, [], [goodModule()], () => 1]) {
      expect(() => checkModule(value)).not.toThrow();
      expect(checkModule(value)).toEqual({ ok: false, problem: { field: '', problem: notRecord } });
    }
  });

  it('never throws on records full of the wrong things', () => {
    for (const filler of [null, 0, 'text', [], [null], {}]) {
      const record = Object.fromEntries(
        ['id', 'title', 'mindset', 'summary', 'author', 'minutes', 'version', 'tags', 'pageCount', 'source', 'format', 'intro', 'pages'].map(
          (key) => [key, filler],
        ),
      );
      expect(() => checkModule(record)).not.toThrow();
      expect(checkModule(record).ok).toBe(false);
      expect(() => checkModuleSummary(record)).not.toThrow();
      expect(checkModuleSummary(record).ok).toBe(false);
    }
  });
});

describe('checkModuleSummary', () => {
  const goodSummary = (): ModuleSummary => summarise(goodModule());

  it('accepts a good summary and gives it back', () => {
    expect(checkModuleSummary(JSON.parse(JSON.stringify(goodSummary())))).toEqual({ ok: true, value: goodSummary() });
  });

  it('keeps the language through summarise and back', () => {
    const summary = summarise({ ...goodModule(), lang: 'ja', format: 2 });
    expect(summary.lang).toBe('ja');
    expect(checkModuleSummary(JSON.parse(JSON.stringify(summary)))).toEqual({ ok: true, value: summary });
    expect('lang' in goodSummary()).toBe(false);
  });

  it('accepts a user module', () => {
    const result = checkModuleSummary({ ...goodSummary(), source: 'user' });
    expect(result.ok && result.value.source).toBe('user');
  });

  it('drops fields it does not know', () => {
    expect(Object.keys(valueOf(checkModuleSummary({ ...goodSummary(), pages: [], secret: 1 }))).sort()).toEqual(
      ['author', 'id', 'mindset', 'minutes', 'pageCount', 'source', 'summary', 'tags', 'title', 'version'],
    );
  });

  const cases: Array<[what: string, change: Partial<Record<keyof ModuleSummary, unknown>>, field: string, problem: ValueProblem]> = [
    ['an unknown mindset', { mindset: 'x' }, 'mindset', { code: 'notOneOf', values: MINDSETS }],
    ['a mindset in capitals', { mindset: 'Reflection' }, 'mindset', { code: 'notOneOf', values: MINDSETS }],
    ['an invalid id', { id: 'a--b' }, 'id', { code: 'notModuleId' }],
    ['a missing id', { id: undefined }, 'id', notText],
    ['a page count of 0', { pageCount: 0 }, 'pageCount', notWhole(1, 1000)],
    ['a missing source', { source: undefined }, 'source', notOneOf('bundled', 'user')],
    ['a title that is a number', { title: 5 }, 'title', notText],
    ['a tag that is an object', { tags: ['a', 'b', {}] }, 'tags[2]', notText],
    ['a version below 1', { version: 0 }, 'version', notWhole(1, 1_000_000)],
    ['a language that is not a tag', { lang: 'english please' }, 'lang', { code: 'notLanguageTag' }],
  ];

  for (const [what, change, field, problem] of cases) {
    it(`refuses ${what}: ${field} ${problem.code}`, () => {
      expect(problemOf(checkModuleSummary({ ...goodSummary(), ...change }))).toEqual({ field, problem });
    });
  }

  it('never throws on values that are not records', () => {
    for (const value of [null, undefined, 0, -1, Number.POSITIVE_INFINITY, '', 'summary', false, [], ['a', 'b']]) {
      expect(() => checkModuleSummary(value)).not.toThrow();
      expect(checkModuleSummary(value)).toEqual({ ok: false, problem: { field: '', problem: notRecord } });
    }
  });
});

describe('the module format’s limits, on a record read back', () => {
  it.each<[string, Partial<Record<keyof ModuleSummary, unknown>>, FieldProblem]>([
    ['a title over 80 characters', { title: 'x'.repeat(81) }, { field: 'title', problem: { code: 'tooLong', max: 80 } }],
    ['a summary over 300 characters', { summary: 'x'.repeat(301) }, { field: 'summary', problem: { code: 'tooLong', max: 300 } }],
    ['an author over 80 characters', { author: 'x'.repeat(81) }, { field: 'author', problem: { code: 'tooLong', max: 80 } }],
    ['more than 20 tags', { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, { field: 'tags', problem: { code: 'tooMany', max: 20, found: 21 } }],
    ['a tag over 40 characters', { tags: ['x'.repeat(41)] }, { field: 'tags[0]', problem: { code: 'tooLong', max: 40 } }],
    ['minutes over 240', { minutes: 241 }, { field: 'minutes', problem: notWhole(1, 240) }],
  ])('refuses %s', (_, patch, problem) => {
    expect(checkModuleSummary({ ...summarise(goodModule()), ...patch })).toEqual({ ok: false, problem });
  });
});
