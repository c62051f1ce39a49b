import { describe, expect, it } from 'vitest';
import type { Module, ModuleSummary } from '../core/module.ts';
import { summarise } from '../core/module.ts';
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

function problemOf<T>(result: RecordCheck<T>): string {
  if (result.ok) throw new Error('expected a problem, but the record was accepted');
  return result.problem;
}

describe('checkModule', () => {
  it('accepts a good record and gives it back', () => {
    const result = checkModule(JSON.parse(JSON.stringify(goodModule())));
    expect(result).toEqual({ ok: true, value: goodModule() });
  });

  it('keeps a page without minutes without minutes', () => {
    const result = checkModule(goodModule());
    if (!result.ok) throw new Error(result.problem);
    expect(result.value.pages[0]?.minutes).toBe(8);
    expect(result.value.pages[1] && 'minutes' in result.value.pages[1]).toBe(false);
  });

  it('counts the pages itself and drops fields it does not know', () => {
    const record = damaged(['pageCount'], 99);
    record.extra = '<script>alert(1)</script>';
    const result = checkModule(record);
    if (!result.ok) throw new Error(result.problem);
    expect(result.value.pageCount).toBe(2);
    expect('extra' in result.value).toBe(false);
  });

  it('treats a missing intro as none', () => {
    const result = checkModule(damaged(['intro'], DELETE));
    if (!result.ok) throw new Error(result.problem);
    expect(result.value.intro).toEqual([]);
  });

  const cases: Array<[what: string, path: Array<string | number>, value: unknown, problem: string]> = [
    ['a prompt text that is a number', ['pages', 1, 'prompt', 'text'], 42, 'pages[1].prompt.text is not text'],
    ['an unknown mindset', ['mindset'], 'x', "mindset 'x' is not a mindset"],
    ['a missing mindset', ['mindset'], DELETE, "mindset is missing"],
    ['an invalid id', ['id'], 'Bad Id', "id 'Bad Id' is not a valid module id"],
    ['an id that is a number', ['id'], 7, 'id is not text'],
    ['a missing title', ['title'], DELETE, 'title is not text'],
    ['a summary that is null', ['summary'], null, 'summary is not text'],
    ['an author that is a list', ['author'], ['a'], 'author is not text'],
    ['an unknown source', ['source'], 'web', "source is neither 'bundled' nor 'user'"],
    ['minutes of 0', ['minutes'], 0, 'minutes is not a whole number from 1 to 240'],
    ['minutes that are not whole', ['minutes'], 1.5, 'minutes is not a whole number from 1 to 240'],
    ['a version that is text', ['version'], '2', 'version is not a whole number from 1 to 1000000'],
    ['tags that are text', ['tags'], 'time', 'tags is not a list'],
    ['a tag that is a number', ['tags', 1], 3, 'tags[1] is not text'],
    ['a missing format', ['format'], DELETE, 'format is not a whole number from 1'],
    ['a newer format', ['format'], 3, 'format 3 is newer than this version of Roundtable reads (2): update Roundtable'],
    ['a language that is not a tag', ['lang'], 'fr_FR', "lang 'fr_FR' is not a language tag"],
    ['a language that is a number', ['lang'], 7, "lang '7' is not a language tag"],
    ['no pages', ['pages'], [], 'pages is empty'],
    ['pages that are not a list', ['pages'], { 0: {} }, 'pages is not a list'],
    ['a page that is null', ['pages', 0], null, 'pages[0] is not a record'],
    ['a page that is a list', ['pages', 1], [], 'pages[1] is not a record'],
    ['a page without a prompt', ['pages', 1, 'prompt'], DELETE, 'pages[1].prompt is not a record'],
    ['a prompt of an unknown kind', ['pages', 0, 'prompt', 'kind'], 'poll', "pages[0].prompt.kind is neither 'question' nor 'exercise'"],
    ['a page title that is missing', ['pages', 1, 'title'], DELETE, 'pages[1].title is not text'],
    ['page blocks that are missing', ['pages', 0, 'blocks'], DELETE, 'pages[0].blocks is not a list'],
    ['a block of an unknown kind', ['pages', 0, 'blocks', 0, 'kind'], 'image', "pages[0].blocks[0].kind is neither 'paragraph' nor 'list'"],
    ['a paragraph without text', ['pages', 0, 'blocks', 0, 'text'], DELETE, 'pages[0].blocks[0].text is not text'],
    ['list items that are not a list', ['pages', 0, 'blocks', 1, 'items'], 'one', 'pages[0].blocks[1].items is not a list'],
    ['a list item that is null', ['pages', 0, 'blocks', 1, 'items', 2], null, 'pages[0].blocks[1].items[2] is not text'],
    ['page minutes that are text', ['pages', 1, 'minutes'], '5', 'pages[1].minutes is not a whole number from 1'],
    ['an intro that is text', ['intro'], 'hello', 'intro is not a list'],
    ['an intro block that is a string', ['intro', 0], 'hello', 'intro[0] is not a record'],
  ];

  for (const [what, path, value, problem] of cases) {
    it(`refuses ${what}: '${problem}'`, () => {
      expect(problemOf(checkModule(damaged(path, value)))).toBe(problem);
    });
  }

  it('tells the reader of a newer format to update Roundtable', () => {
    expect(problemOf(checkModule(damaged(['format'], 4)))).toMatch(/^format 4 .*update Roundtable$/);
  });

  it('keeps the language of a module in another language, in its canonical form', () => {
    const french = { ...JSON.parse(JSON.stringify(goodModule())), lang: 'fr-ca', format: 2 };
    const result = checkModule(french);
    if (!result.ok) throw new Error(result.problem);
    expect([result.value.lang, result.value.format]).toEqual(['fr-CA', 2]);
    const japanese = checkModule({ ...goodModule(), lang: 'ja', format: 2 });
    expect(japanese.ok && japanese.value.lang).toBe('ja');
  });

  it('reads a record stored before languages as it was, with no lang (English)', () => {
    const result = checkModule(JSON.parse(JSON.stringify(goodModule())));
    if (!result.ok) throw new Error(result.problem);
    expect('lang' in result.value).toBe(false);
  });

  it('never throws on values that are not records', () => {
    for (const value of [null, undefined, 0, 42, Number.NaN, '', 'a module', true, [], [goodModule()], () => 1]) {
      expect(() => checkModule(value)).not.toThrow();
      expect(checkModule(value)).toEqual({ ok: false, problem: 'the record is not a record' });
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
    const result = checkModuleSummary({ ...goodSummary(), pages: [], secret: 1 });
    if (!result.ok) throw new Error(result.problem);
    expect(Object.keys(result.value).sort()).toEqual(
      ['author', 'id', 'mindset', 'minutes', 'pageCount', 'source', 'summary', 'tags', 'title', 'version'],
    );
  });

  const cases: Array<[what: string, change: Partial<Record<keyof ModuleSummary, unknown>>, problem: string]> = [
    ['an unknown mindset', { mindset: 'x' }, "mindset 'x' is not a mindset"],
    ['a mindset in capitals', { mindset: 'Reflection' }, "mindset 'Reflection' is not a mindset"],
    ['an invalid id', { id: 'a--b' }, "id 'a--b' is not a valid module id"],
    ['a missing id', { id: undefined }, 'id is not text'],
    ['a page count of 0', { pageCount: 0 }, 'pageCount is not a whole number from 1 to 1000'],
    ['a missing source', { source: undefined }, "source is neither 'bundled' nor 'user'"],
    ['a title that is a number', { title: 5 }, 'title is not text'],
    ['a tag that is an object', { tags: ['a', 'b', {}] }, 'tags[2] is not text'],
    ['a version below 1', { version: 0 }, 'version is not a whole number from 1 to 1000000'],
    ['a language that is not a tag', { lang: 'english please' }, "lang 'english please' is not a language tag"],
  ];

  for (const [what, change, problem] of cases) {
    it(`refuses ${what}: '${problem}'`, () => {
      expect(problemOf(checkModuleSummary({ ...goodSummary(), ...change }))).toBe(problem);
    });
  }

  it('never throws on values that are not records', () => {
    for (const value of [null, undefined, 0, -1, Number.POSITIVE_INFINITY, '', 'summary', false, [], ['a', 'b']]) {
      expect(() => checkModuleSummary(value)).not.toThrow();
      expect(checkModuleSummary(value)).toEqual({ ok: false, problem: 'the record is not a record' });
    }
  });
});

describe('the module format’s limits, on a record read back', () => {
  it.each([
    ['a title over 80 characters', { title: 'x'.repeat(81) }, 'title is longer than 80 characters'],
    ['a summary over 300 characters', { summary: 'x'.repeat(301) }, 'summary is longer than 300 characters'],
    ['an author over 80 characters', { author: 'x'.repeat(81) }, 'author is longer than 80 characters'],
    ['more than 20 tags', { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'tags holds more than 20 items'],
    ['a tag over 40 characters', { tags: ['x'.repeat(41)] }, 'tags[0] is longer than 40 characters'],
    ['minutes over 240', { minutes: 241 }, 'minutes is not a whole number from 1 to 240'],
  ])('refuses %s', (_, patch, problem) => {
    expect(checkModuleSummary({ ...summarise(goodModule()), ...patch })).toEqual({ ok: false, problem });
  });
});
