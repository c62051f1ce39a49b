import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Module } from '../core/module.ts';
import type { ContentErrorCode } from './contentError.ts';
import { formatContentError } from './contentWords.ts';
import type { ParseResult } from './parseModule.ts';
import { parseModule } from './parseModule.ts';

const FIXTURES = 'test/fixtures/modules';

function readFixture(name: string): string {
  return readFileSync(`${FIXTURES}/${name}`, 'utf8');
}

/** The formatted errors of a parse that must fail. */
function errorsOf(result: ParseResult): string[] {
  if (result.ok) throw new Error(`expected errors, but the module parsed: ${result.module.id}`);
  return result.errors.map(formatContentError);
}

/** The codes of a parse that must fail. */
function codesOf(result: ParseResult): ContentErrorCode[] {
  if (result.ok) throw new Error(`expected errors, but the module parsed: ${result.module.id}`);
  return result.errors.map((error) => error.code);
}

/** The module of a parse that must succeed. */
function moduleOf(result: ParseResult): Module {
  if (!result.ok) throw new Error(`expected a module, got ${result.errors.map(formatContentError).join('; ')}`);
  return result.module;
}

/** A module made of numbered lines, so each line number is its index + 1. */
function fromLines(lines: string[]): string {
  return lines.join('\n');
}

/** A valid front matter of 10 lines (line 1 and line 10 are the '---' lines). */
const FRONT = [
  '---',
  'id: inline-module',
  'title: An inline module',
  'mindset: action',
  'summary: A module written inside a test.',
  'author: Roundtable',
  'minutes: 30',
  'version: 1',
  'tags: []',
  '---',
];

describe('formatContentError', () => {
  it('writes file:line: message, in English', () => {
    expect(formatContentError({ file: 'modules-content/a.md', line: 12, code: 'missingField', params: { field: 'title' } })).toBe(
      "modules-content/a.md:12: missing field 'title'",
    );
  });
});

describe('parseModule on malformed fixtures', () => {
  // Each fixture has one problem; the line is counted by hand from the fixture text.
  const cases: Array<[fixture: string, line: number, message: string, code: ContentErrorCode]> = [
    ['missing-title.md', 1, "missing field 'title'", 'missingField'],
    [
      'unknown-mindset.md',
      4,
      "unknown mindset 'strategy' (it must be one of reflection, analysis, worldliness, collaboration, action)",
      'unknownMindset',
    ],
    [
      'bad-yaml-bracket.md',
      9,
      'bad YAML in the front matter: Flow sequence in block collection must be sufficiently indented and end with a ]',
      'badYaml',
    ],
    ['bad-yaml-colon.md', 5, 'bad YAML in the front matter: Nested mappings are not allowed in compact mappings', 'badYaml'],
    [
      'unknown-field.md',
      8,
      "unknown field 'level' (the fields are id, title, mindset, summary, author, minutes, version, tags, lang, format)",
      'unknownField',
    ],
    [
      'page-without-question.md',
      19,
      "page 'A silent page' has no question: end it with a line starting 'Question: ' or 'Exercise: '",
      'noPrompt',
    ],
    [
      'two-questions.md',
      19,
      "page 'Asking twice' has a second question or exercise (the first is on line 17); a page has exactly one",
      'secondPrompt',
    ],
    ['no-pages.md', 12, "the module has no pages: each page starts with a '## ' heading", 'noPages'],
    [
      'text-after-question.md',
      19,
      "text after the question on page 'Too much to say': the question comes last on its page",
      'textAfterPrompt',
    ],
    ['bad-time.md', 13, "write the time as 'Time: 8 min', a whole number of minutes from 1 to 60", 'badTime'],
    [
      'newer-format.md',
      10,
      'this module is in format 3, newer than this version of Roundtable reads (2): update Roundtable',
      'formatTooNew',
    ],
    ['unclosed-front-matter.md', 1, "the front matter is never closed: add a line '---' after it", 'frontMatterUnclosed'],
    ['top-level-heading.md', 12, "only '## ' headings are allowed: each one starts a page", 'deepHeading'],
  ];

  for (const [fixture, line, message, code] of cases) {
    it(`${fixture}: line ${line}`, () => {
      const file = `${FIXTURES}/${fixture}`;
      const result = parseModule(readFixture(fixture), file);
      expect(errorsOf(result)).toEqual([`${file}:${line}: ${message}`]);
      expect(result.ok ? [] : result.errors.map(({ file, line, code }) => ({ file, line, code }))).toEqual([{ file, line, code }]);
    });

    it(`${fixture}: same line with CRLF line endings and a BOM`, () => {
      const text = `\uFEFF${readFixture(fixture).replace(/\n/g, '\r\n')}`;
      expect(errorsOf(parseModule(text, fixture))).toEqual([`${fixture}:${line}: ${message}`]);
    });
  }

  it('the newer-format message tells the reader to update Roundtable', () => {
    const result = parseModule(readFixture('newer-format.md'), 'newer-format.md');
    const [error] = errorsOf(result);
    expect(error).toMatch(/format 3/);
    expect(error).toMatch(/update Roundtable$/);
    expect(result.ok ? undefined : result.errors[0]?.params).toEqual({ format: 3, supported: 2 });
  });
});

describe('parseModule on other mistakes', () => {
  const page = ['', '## A page', 'Question: What now?'];

  it('refuses a file that does not open with ---', () => {
    expect(errorsOf(parseModule(fromLines(['id: no-dashes', '## A page', 'Question: Why?']), 'm.md'))).toEqual([
      "m.md:1: the file must open with '---' and the YAML front matter",
    ]);
  });

  it('refuses empty front matter', () => {
    expect(errorsOf(parseModule(fromLines(['---', '---', ...page]), 'm.md'))).toEqual([
      'm.md:1: the front matter must be a list of "field: value" lines',
    ]);
  });

  it('names the line of a repeated field', () => {
    const lines = [...FRONT.slice(0, 3), 'title: Again', ...FRONT.slice(3), ...page];
    expect(errorsOf(parseModule(fromLines(lines), 'm.md'))).toEqual(['m.md:4: bad YAML in the front matter: Map keys must be unique']);
  });

  it('treats an empty field as missing, at its own line', () => {
    const lines = FRONT.map((line) => (line.startsWith('title:') ? 'title:' : line));
    expect(errorsOf(parseModule(fromLines([...lines, ...page]), 'm.md'))).toEqual(["m.md:3: missing field 'title'"]);
  });

  it('refuses fields of the wrong kind, each at its line', () => {
    const lines = FRONT.map((line) => {
      if (line.startsWith('id:')) return 'id: Not A Slug';
      if (line.startsWith('minutes:')) return 'minutes: ninety';
      if (line.startsWith('version:')) return 'version: 0';
      if (line.startsWith('tags:')) return 'tags: time';
      return line;
    });
    expect(errorsOf(parseModule(fromLines([...lines, ...page]), 'm.md'))).toEqual([
      "m.md:2: 'id' must be 3 to 64 lower-case letters, digits and single hyphens, not 'Not A Slug'",
      'm.md:7: \'minutes\' must be a whole number from 10 to 240, not "ninety"',
      "m.md:8: 'version' must be a whole number from 1 to 1000000, not 0",
      "m.md:9: 'tags' must be a list of words, like [time, priorities], or [] for none",
    ]);
  });

  it('refuses more than 20 tags, or a tag over 40 characters', () => {
    for (const tags of [`[${Array.from({ length: 21 }, (_, i) => `t${i}`).join(', ')}]`, `[${'x'.repeat(41)}]`]) {
      const lines = FRONT.map((line) => (line.startsWith('tags:') ? `tags: ${tags}` : line));
      expect(errorsOf(parseModule(fromLines([...lines, ...page]), 'm.md'))).toEqual(["m.md:9: 'tags' may hold at most 20 words of at most 40 characters each"]);
    }
  });

  it('refuses a format below 1', () => {
    const lines = [...FRONT.slice(0, 9), 'format: 0', '---', ...page];
    expect(errorsOf(parseModule(fromLines(lines), 'm.md'))).toEqual(["m.md:10: 'format' must be a whole number from 1 to 2, not 0"]);
  });

  it('accepts format: 1 written out', () => {
    const lines = [...FRONT.slice(0, 9), 'format: 1', '---', ...page];
    expect(moduleOf(parseModule(fromLines(lines), 'm.md')).format).toBe(1);
  });

  it('refuses an empty question, a Time line out of place and a question outside a page', () => {
    const lines = [
      ...FRONT, // 1-10
      'Time: 5 min', // 11
      'Question: Who is asking?', // 12
      '', // 13
      '## First', // 14
      'Some text.', // 15
      'Time: 5 min', // 16
      'Question:', // 17
      '', // 18
      '## Second', // 19
      'Time: 61 min', // 20
      'Exercise:', // 21
    ];
    expect(errorsOf(parseModule(fromLines(lines), 'm.md'))).toEqual([
      "m.md:11: a 'Time:' line belongs right under a page heading",
      "m.md:12: a 'Question:' line must be inside a page: put a '## ' heading above it",
      "m.md:16: the 'Time:' line must come right under the page heading",
      'm.md:17: the question is empty',
      "m.md:20: write the time as 'Time: 8 min', a whole number of minutes from 1 to 60",
      'm.md:21: the exercise is empty',
    ]);
  });

  it('refuses a page heading without a title', () => {
    expect(errorsOf(parseModule(fromLines([...FRONT, '##', 'Question: Why?']), 'm.md'))).toEqual([
      'm.md:11: a page heading needs a title after "## "',
    ]);
  });

  it('refuses deeper headings inside a page', () => {
    expect(errorsOf(parseModule(fromLines([...FRONT, '## A page', '### A sub-heading', 'Question: Why?']), 'm.md'))).toEqual([
      "m.md:12: only '## ' headings are allowed: each one starts a page",
    ]);
  });

  it('counts lines the same with old Mac (CR) line endings', () => {
    const text = readFixture('two-questions.md').replace(/\n/g, '\r');
    expect(errorsOf(parseModule(text, 'two-questions.md'))).toEqual([
      "two-questions.md:19: page 'Asking twice' has a second question or exercise (the first is on line 17); a page has exactly one",
    ]);
  });
});

describe('parseModule on a valid module', () => {
  const expected: Module = {
    id: 'valid-small',
    title: 'A small valid module',
    mindset: 'collaboration',
    summary: 'Two pages that use every part of the format.',
    author: 'Roundtable',
    minutes: 45,
    version: 3,
    tags: ['listening', 'middle management'],
    pageCount: 2,
    source: 'bundled',
    lang: 'en',
    format: 1,
    intro: [
      { kind: 'paragraph', text: 'An introduction in one paragraph that goes on over two lines.' },
      { kind: 'paragraph', text: 'A second paragraph: <script>alert(1)</script> stays text.' },
    ],
    pages: [
      {
        title: 'Lists and paragraphs',
        minutes: 8,
        blocks: [
          { kind: 'paragraph', text: 'A paragraph before the list.' },
          {
            kind: 'list',
            items: ['The first item.', 'The second item goes on over an indented line.', 'A third item with <b>tags</b> & ampersands.'],
          },
          { kind: 'paragraph', text: 'A paragraph after the list.' },
        ],
        prompt: { kind: 'question', text: 'What do you hear when you listen, and what do you miss?' },
      },
      {
        title: 'An exercise without a time',
        blocks: [{ kind: 'paragraph', text: 'Only one paragraph here.' }],
        prompt: { kind: 'exercise', text: 'Write down three things you heard today.' },
      },
    ],
  };

  it('gives the whole structure', () => {
    expect(moduleOf(parseModule(readFixture('valid-small.md'), 'valid-small.md'))).toStrictEqual(expected);
  });

  it('leaves minutes out of a page without a Time line', () => {
    const module = moduleOf(parseModule(readFixture('valid-small.md'), 'valid-small.md'));
    expect(module.pages[0]?.minutes).toBe(8);
    expect(module.pages[1] && 'minutes' in module.pages[1]).toBe(false);
  });

  it('joins a question continued over two lines with one space', () => {
    const module = moduleOf(parseModule(readFixture('valid-small.md'), 'valid-small.md'));
    expect(module.pages[0]?.prompt).toEqual({ kind: 'question', text: 'What do you hear when you listen, and what do you miss?' });
  });

  it('gives kind exercise for an Exercise: line', () => {
    const module = moduleOf(parseModule(readFixture('valid-small.md'), 'valid-small.md'));
    expect(module.pages[1]?.prompt.kind).toBe('exercise');
  });

  it('reads CRLF line endings the same', () => {
    const text = readFixture('valid-small.md').replace(/\n/g, '\r\n');
    expect(text).toContain('\r\n');
    expect(moduleOf(parseModule(text, 'valid-small.md'))).toStrictEqual(expected);
  });

  it('reads a file that starts with a BOM the same', () => {
    const text = `\uFEFF${readFixture('valid-small.md')}`;
    expect(moduleOf(parseModule(text, 'valid-small.md'))).toStrictEqual(expected);
  });

  it('reads a BOM with CRLF the same', () => {
    const text = `\uFEFF${readFixture('valid-small.md').replace(/\n/g, '\r\n')}`;
    expect(moduleOf(parseModule(text, 'valid-small.md'))).toStrictEqual(expected);
  });

  it('marks the source it is given', () => {
    expect(moduleOf(parseModule(readFixture('valid-small.md'), 'valid-small.md', 'user')).source).toBe('user');
  });

  it('keeps markup verbatim as text, never stripping or interpreting it', () => {
    const lines = [
      ...FRONT,
      '<script>alert(1)</script>',
      '',
      '## <img src=x onerror=alert(1)>',
      '',
      'Before <script>alert(1)</script> after.',
      '',
      '- <script>alert(1)</script>',
      '',
      'Question: Is <script>alert(1)</script> a question?',
    ];
    const module = moduleOf(parseModule(fromLines(lines), 'm.md'));
    expect(module.intro).toEqual([{ kind: 'paragraph', text: '<script>alert(1)</script>' }]);
    expect(module.pages).toEqual([
      {
        title: '<img src=x onerror=alert(1)>',
        blocks: [
          { kind: 'paragraph', text: 'Before <script>alert(1)</script> after.' },
          { kind: 'list', items: ['<script>alert(1)</script>'] },
        ],
        prompt: { kind: 'question', text: 'Is <script>alert(1)</script> a question?' },
      },
    ]);
  });

  it('ends a list at a blank line and starts a paragraph after an unindented line', () => {
    const lines = [...FRONT, '## A page', '- one', '- two', 'Not indented, so a paragraph.', '', 'Question: Which?'];
    const module = moduleOf(parseModule(fromLines(lines), 'm.md'));
    expect(module.pages[0]?.blocks).toEqual([
      { kind: 'list', items: ['one', 'two'] },
      { kind: 'paragraph', text: 'Not indented, so a paragraph.' },
    ]);
  });

  it('has no intro when the first page follows the front matter', () => {
    const module = moduleOf(parseModule(fromLines([...FRONT, '## A page', 'Question: Why?']), 'm.md'));
    expect(module.intro).toEqual([]);
    expect(module.pages).toEqual([{ title: 'A page', blocks: [], prompt: { kind: 'question', text: 'Why?' } }]);
  });
});

describe('parseModule: the module’s language', () => {
  const page = ['', '## A page', 'Question: What now?'];
  const withLang = (lang: string) => [...FRONT.slice(0, 9), `lang: ${lang}`, '---', ...page];

  it('is English when the front matter names none, and the module stays format 1', () => {
    const module = moduleOf(parseModule(fromLines([...FRONT, ...page]), 'm.md'));
    expect(module.lang).toBe('en');
    expect(module.format).toBe(1);
  });

  it('takes a well-formed BCP 47 tag, in its canonical form', () => {
    expect(moduleOf(parseModule(fromLines(withLang('fr')), 'm.md')).lang).toBe('fr');
    expect(moduleOf(parseModule(fromLines(withLang('ja')), 'm.md')).lang).toBe('ja');
    expect(moduleOf(parseModule(fromLines(withLang('fr-ca')), 'm.md')).lang).toBe('fr-CA');
    expect(moduleOf(parseModule(fromLines(withLang('zh-Hant-TW')), 'm.md')).lang).toBe('zh-Hant-TW');
    expect(moduleOf(parseModule(fromLines(withLang('en')), 'm.md')).lang).toBe('en');
  });

  it('makes a module in another language format 2, the format that has lang', () => {
    expect(moduleOf(parseModule(fromLines(withLang('fr')), 'm.md')).format).toBe(2);
    expect(moduleOf(parseModule(fromLines(withLang('en')), 'm.md')).format).toBe(1);
    const declared = [...FRONT.slice(0, 9), 'lang: ja', 'format: 2', '---', ...page];
    expect(moduleOf(parseModule(fromLines(declared), 'm.md')).format).toBe(2);
  });

  it('refuses a tag that is not well-formed, at its line', () => {
    for (const lang of ['fr_FR', 'français', 'x', 'en-', '123', '[fr, ja]', 'en-US-u']) {
      const result = parseModule(fromLines(withLang(lang)), 'm.md');
      expect(codesOf(result), lang).toEqual(['badLang']);
      expect(result.ok ? undefined : result.errors[0]?.line).toBe(10);
    }
    expect(errorsOf(parseModule(fromLines(withLang('fr_FR')), 'm.md'))).toEqual([
      "m.md:10: 'lang' must be a language tag such as en, fr, ja or fr-CA, not 'fr_FR'",
    ]);
  });
});

describe('parseModule: page markers in the module’s language', () => {
  const front = (lang: string) => [...FRONT.slice(0, 9), `lang: ${lang}`, '---'];

  it('reads French markers, with a no-break space, a narrow one, a plain space or none before the colon', () => {
    const lines = [
      ...front('fr'), // 1-11
      '## Première page', // 12
      'Durée\u00a0: 8 min', // 13
      '',
      'Un texte.',
      '',
      'Question\u00a0: Qu’en pensez-vous\u202f?',
      '',
      '## Deuxième page',
      'Temps : 5 minutes',
      '',
      'Exercice : Écrivez trois mots.',
      '',
      '## Troisième page',
      'durée: 12 min',
      '',
      'Question\u202f: Et ensuite\u202f?',
      '',
      '## Quatrième page',
      '',
      'Exercice: Une dernière chose.',
    ];
    const module = moduleOf(parseModule(fromLines(lines), 'm.md'));
    expect(module.lang).toBe('fr');
    expect(module.pages.map((page) => [page.minutes, page.prompt])).toEqual([
      [8, { kind: 'question', text: 'Qu’en pensez-vous\u202f?' }],
      [5, { kind: 'exercise', text: 'Écrivez trois mots.' }],
      [12, { kind: 'question', text: 'Et ensuite\u202f?' }],
      [undefined, { kind: 'exercise', text: 'Une dernière chose.' }],
    ]);
  });

  it('reads French markers for a regional tag too (fr-CA)', () => {
    const module = moduleOf(parseModule(fromLines([...front('fr-CA'), '## Une page', 'Durée : 6 min', '', 'Question : Pourquoi\u202f?']), 'm.md'));
    expect(module.pages[0]).toEqual({ title: 'Une page', minutes: 6, blocks: [], prompt: { kind: 'question', text: 'Pourquoi\u202f?' } });
  });

  it('reads Japanese markers, with a full-width colon or an ASCII one', () => {
    const lines = [
      ...front('ja'),
      '## 最初のページ',
      '時間：8分',
      '',
      '本文です。',
      '',
      '質問：最近うまくいったことは何ですか？',
      '',
      '## 二つ目のページ',
      '所要時間：１０分',
      '',
      'エクササイズ：三つ書き出してください。',
      '',
      '## 三つ目のページ',
      '時間: 5 min',
      '',
      '演習:二人で話してください。',
      '',
      '## 四つ目のページ',
      '',
      '問い：何が変わりましたか？',
    ];
    const module = moduleOf(parseModule(fromLines(lines), 'm.md'));
    expect(module.pages.map((page) => [page.minutes, page.prompt])).toEqual([
      [8, { kind: 'question', text: '最近うまくいったことは何ですか？' }],
      [10, { kind: 'exercise', text: '三つ書き出してください。' }],
      [5, { kind: 'exercise', text: '二人で話してください。' }],
      [undefined, { kind: 'question', text: '何が変わりましたか？' }],
    ]);
  });

  it('reads English markers in a module of any language', () => {
    const module = moduleOf(parseModule(fromLines([...front('ja'), '## ページ', 'Time: 4 min', '', 'Question: 何ですか？']), 'm.md'));
    expect(module.pages[0]).toEqual({ title: 'ページ', minutes: 4, blocks: [], prompt: { kind: 'question', text: '何ですか？' } });
  });

  it('reads another language’s markers as text in an English module', () => {
    const lines = [...FRONT, '## A page', '', 'Question : with a space, as French writes it.', '', '質問：何ですか？', '', 'Question: The real one?'];
    const module = moduleOf(parseModule(fromLines(lines), 'm.md'));
    expect(module.pages[0]?.blocks).toEqual([
      { kind: 'paragraph', text: 'Question : with a space, as French writes it.' },
      { kind: 'paragraph', text: '質問：何ですか？' },
    ]);
    expect(module.pages[0]?.prompt).toEqual({ kind: 'question', text: 'The real one?' });
  });

  it('joins Japanese lines of one paragraph or question without a space, and other lines with one', () => {
    const lines = [...front('ja'), '', '一行目の文が', '二行目に続きます。', '', '## ページ', '', 'Roundtable is', 'written here.', '', '質問：長い問いが', '次の行に続きます。'];
    const module = moduleOf(parseModule(fromLines(lines), 'm.md'));
    expect(module.intro).toEqual([{ kind: 'paragraph', text: '一行目の文が二行目に続きます。' }]);
    expect(module.pages[0]?.blocks).toEqual([{ kind: 'paragraph', text: 'Roundtable is written here.' }]);
    expect(module.pages[0]?.prompt.text).toBe('長い問いが次の行に続きます。');
  });

  it('names the markers of the module’s language in its errors', () => {
    const lines = [
      ...front('fr'), // 1-11
      'Durée : 5 min', // 12
      '', // 13
      '## Une page', // 14
      'Durée : 90 min', // 15
      '', // 16
      'Un texte sans question.', // 17
    ];
    const result = parseModule(fromLines(lines), 'm.md');
    expect(result.ok ? [] : result.errors.map(({ line, code, params }) => ({ line, code, params }))).toEqual([
      { line: 12, code: 'timeOutsidePage', params: { marker: 'Durée\u00a0:' } },
      { line: 14, code: 'noPrompt', params: { page: 'Une page', question: 'Question\u00a0:', exercise: 'Exercice\u00a0:' } },
      { line: 15, code: 'badTime', params: { example: 'Durée\u00a0: 8 min' } },
    ]);
    const japanese = parseModule(fromLines([...front('ja'), '## ページ', '時間：八分', '', '質問：']), 'm.md');
    expect(japanese.ok ? [] : japanese.errors.map(({ code, params }) => ({ code, params }))).toEqual([
      { code: 'badTime', params: { example: '時間：8分' } },
      { code: 'emptyQuestion', params: {} },
    ]);
  });

  it('reads every language’s markers when the language cannot be known, so they raise no false errors', () => {
    const lines = [...FRONT.slice(0, 9), 'lang: fr_FR', '---', '## Une page', 'Durée : 5 min', '', 'Question : Pourquoi\u202f?'];
    expect(codesOf(parseModule(fromLines(lines), 'm.md'))).toEqual(['badLang']);
  });
});

describe('parseModule: the format version', () => {
  const page = ['', '## A page', 'Question: What now?'];

  it('reads a module with no format and no lang as before: format 1, English', () => {
    const module = moduleOf(parseModule(fromLines([...FRONT, ...page]), 'm.md'));
    expect([module.format, module.lang]).toEqual([1, 'en']);
  });

  it('reads format 2, the format this version writes', () => {
    const lines = [...FRONT.slice(0, 9), 'format: 2', '---', ...page];
    expect(moduleOf(parseModule(fromLines(lines), 'm.md')).format).toBe(2);
  });

  it('refuses a newer format with the update message only, not with its fields it does not know', () => {
    const lines = [...FRONT.slice(0, 9), 'format: 3', 'audience: new managers', 'level: 2', '---', '## A page', 'Prompt: a marker of format 3'];
    const result = parseModule(fromLines(lines), 'm.md');
    expect(codesOf(result)).toEqual(['formatTooNew']);
    expect(errorsOf(result)).toEqual(['m.md:10: this module is in format 3, newer than this version of Roundtable reads (2): update Roundtable']);
  });

  it('still names an unknown field in a format it reads', () => {
    const lines = [...FRONT.slice(0, 9), 'format: 2', 'audience: new managers', '---', ...page];
    expect(codesOf(parseModule(fromLines(lines), 'm.md'))).toEqual(['unknownField']);
  });
});
