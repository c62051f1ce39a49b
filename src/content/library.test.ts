import { describe, expect, it } from 'vitest';
import { MINDSETS, moduleLang } from '../core/module.ts';
import type { Mindset, Module, TextBlock } from '../core/module.ts';
import { LIBRARY_PAGE_RANGE, parseLibrary } from './library.ts';
import { readLibraryFiles } from './libraryFiles.ts';
import { formatContentError } from './contentWords.ts';

/**
 * The text of a valid module with `pages` pages. Its `id:` is on line 2 and its first page
 * heading on line 12.
 */
function moduleText(id: string, title: string, pages: number, mindset: Mindset = 'analysis'): string {
  const lines = [
    '---',
    `id: ${id}`,
    `title: ${title}`,
    `mindset: ${mindset}`,
    'summary: A module written for a library test.',
    'author: Roundtable',
    'minutes: 60',
    'version: 1',
    'tags: []',
    '---',
  ];
  for (let i = 1; i <= pages; i++) lines.push('', `## Page ${i}`, `Text of page ${i}.`, '', `Question: What does page ${i} ask?`);
  return `${lines.join('\n')}\n`;
}

describe('parseLibrary', () => {
  it('reports an id used twice, naming the file that used it first', () => {
    const { modules, errors } = parseLibrary(readLibraryFiles('test/fixtures/duplicate-ids'));
    expect(errors.map(formatContentError)).toEqual([
      "test/fixtures/duplicate-ids/the-copy.md:2: duplicate id 'team-habits': test/fixtures/duplicate-ids/team-habits.md already uses it",
    ]);
    expect(modules.map((module) => module.title)).toEqual(['Team habits']);
  });

  it('names the first file for every later duplicate', () => {
    const { modules, errors } = parseLibrary([
      { file: 'lib/same-id.md', text: moduleText('same-id', 'One', 8) },
      { file: 'lib/other.md', text: moduleText('other', 'Two', 8) },
      { file: 'lib/copy-a.md', text: moduleText('same-id', 'Three', 8) },
      { file: 'lib/copy-b.md', text: moduleText('same-id', 'Four', 8) },
    ]);
    expect(errors).toEqual([
      { file: 'lib/copy-a.md', line: 2, code: 'duplicateId', params: { id: 'same-id', first: 'lib/same-id.md' } },
      { file: 'lib/copy-b.md', line: 2, code: 'duplicateId', params: { id: 'same-id', first: 'lib/same-id.md' } },
    ]);
    expect(errors.map(formatContentError)).toEqual([
      "lib/copy-a.md:2: duplicate id 'same-id': lib/same-id.md already uses it",
      "lib/copy-b.md:2: duplicate id 'same-id': lib/same-id.md already uses it",
    ]);
    expect(modules.map((module) => module.title)).toEqual(['One', 'Two']);
  });

  it('requires a file to be named after its id', () => {
    const { errors } = parseLibrary([{ file: 'lib/wrong-name.md', text: moduleText('right-name', 'Named wrong', 8) }]);
    expect(errors.map(formatContentError)).toEqual(['lib/wrong-name.md:2: the file must be named after its id: right-name.md']);
  });

  it('accepts a file named after its id, in any folder or none', () => {
    expect(parseLibrary([{ file: 'right-name.md', text: moduleText('right-name', 'A', 8) }]).errors).toEqual([]);
    expect(parseLibrary([{ file: 'a/b/right-name.md', text: moduleText('right-name', 'A', 8) }]).errors).toEqual([]);
  });

  it(`refuses a module with fewer than ${LIBRARY_PAGE_RANGE.min} or more than ${LIBRARY_PAGE_RANGE.max} pages`, () => {
    expect(LIBRARY_PAGE_RANGE).toEqual({ min: 8, max: 15 });
    const { modules, errors } = parseLibrary([
      { file: 'too-short.md', text: moduleText('too-short', 'Short', 7) },
      { file: 'too-long.md', text: moduleText('too-long', 'Long', 16) },
    ]);
    expect(errors.map(formatContentError)).toEqual([
      'too-short.md:12: the module has 7 pages; a module in the library has 8 to 15',
      'too-long.md:12: the module has 16 pages; a module in the library has 8 to 15',
    ]);
    expect(modules).toHaveLength(2);
  });

  it('accepts exactly 8 and exactly 15 pages', () => {
    const { modules, errors } = parseLibrary([
      { file: 'eight-pages.md', text: moduleText('eight-pages', 'Eight', 8) },
      { file: 'fifteen-pages.md', text: moduleText('fifteen-pages', 'Fifteen', 15) },
    ]);
    expect(errors).toEqual([]);
    expect(modules.map((module) => module.pages.length)).toEqual([8, 15]);
  });

  it('passes on the errors of a module that does not parse', () => {
    const { modules, errors } = parseLibrary([
      { file: 'fine.md', text: moduleText('fine', 'Fine', 8) },
      { file: 'broken.md', text: moduleText('broken', 'Broken', 8).replace('mindset: analysis', 'mindset: strategy') },
    ]);
    expect(errors.map(formatContentError)).toEqual([
      "broken.md:4: unknown mindset 'strategy' (it must be one of reflection, analysis, worldliness, collaboration, action)",
    ]);
    expect(modules.map((module) => module.id)).toEqual(['fine']);
  });

  it('gives the modules back sorted by title', () => {
    const { modules, errors } = parseLibrary([
      { file: 'charlie.md', text: moduleText('charlie', 'Charlie', 8) },
      { file: 'alpha.md', text: moduleText('alpha', 'alpha', 8) },
      { file: 'bravo.md', text: moduleText('bravo', 'Bravo', 8) },
    ]);
    expect(errors).toEqual([]);
    expect(modules.map((module) => module.title)).toEqual(['alpha', 'Bravo', 'Charlie']);
    expect(modules.every((module) => module.source === 'bundled')).toBe(true);
  });

  it('names the right lines with CRLF line endings and a BOM', () => {
    const text = `\uFEFF${moduleText('crlf-module', 'CRLF', 7).replace(/\n/g, '\r\n')}`;
    expect(parseLibrary([{ file: 'other-name.md', text }]).errors.map(formatContentError)).toEqual([
      'other-name.md:2: the file must be named after its id: crlf-module.md',
      'other-name.md:12: the module has 7 pages; a module in the library has 8 to 15',
    ]);
  });

  // parseModule accepts old Mac (CR only) line endings, so the library's own line numbers
  // must count them too. At the time of writing library.ts counts only '\n' and gives line 1.
  it('names the right lines with CR-only line endings', () => {
    const text = moduleText('cr-module', 'CR', 7).replace(/\n/g, '\r');
    expect(parseLibrary([{ file: 'other-name.md', text }]).errors.map(formatContentError)).toEqual([
      'other-name.md:2: the file must be named after its id: cr-module.md',
      'other-name.md:12: the module has 7 pages; a module in the library has 8 to 15',
    ]);
  });

  it('gives an empty library for no files', () => {
    expect(parseLibrary([])).toEqual({ modules: [], errors: [] });
  });
});

describe('the real library in modules-content', () => {
  const files = readLibraryFiles('modules-content');
  const { modules, errors } = parseLibrary(files);

  it('reads every module file and not the README', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((file) => file.file.startsWith('modules-content/') && file.file.endsWith('.md'))).toBe(true);
    expect(files.some((file) => file.file.toLowerCase().endsWith('readme.md'))).toBe(false);
  });

  it('parses with zero errors', () => {
    expect(errors.map(formatContentError)).toEqual([]);
    expect(modules).toHaveLength(files.length);
  });

  it('has at least 15 modules', () => {
    expect(modules.length).toBeGreaterThanOrEqual(15);
  });

  it('has at least 3 modules in each mindset', () => {
    for (const mindset of MINDSETS) {
      const count = modules.filter((module) => module.mindset === mindset).length;
      expect(count, mindset).toBeGreaterThanOrEqual(3);
    }
  });

  it('has 8 to 15 pages in each module', () => {
    for (const module of modules) {
      expect(module.pages.length, module.id).toBeGreaterThanOrEqual(8);
      expect(module.pages.length, module.id).toBeLessThanOrEqual(15);
      expect(module.pageCount, module.id).toBe(module.pages.length);
    }
  });

  it('has a non-empty prompt and title on every page', () => {
    for (const module of modules) {
      module.pages.forEach((page, index) => {
        expect(page.prompt.text.trim(), `${module.id} page ${index + 1}`).not.toBe('');
        expect(['question', 'exercise'], `${module.id} page ${index + 1}`).toContain(page.prompt.kind);
        expect(page.title.trim(), `${module.id} page ${index + 1}`).not.toBe('');
      });
    }
  });

  it('has modules in French and in Japanese, at least 3 of each, each of a language in a different mindset', () => {
    for (const lang of ['fr', 'ja']) {
      const written = modules.filter((module) => moduleLang(module) === lang);
      expect(written.length, lang).toBeGreaterThanOrEqual(3);
      expect(new Set(written.map((module) => module.mindset)).size, lang).toBe(written.length);
      expect(written.every((module) => module.format === 2)).toBe(true);
    }
  });

  it('checks the typography it must', () => {
    expect(frenchFaults('Question : pourquoi ?')).toHaveLength(2);
    expect(frenchFaults("l'équipe « ici »")).toHaveLength(2);
    expect(frenchFaults('Durée\u00a0: «\u202fvraiment\u202f»\u202f?')).toEqual([]);
    expect(japaneseFaults('質問:なぜですか?')).toHaveLength(1);
    expect(japaneseFaults('本当に そうですか')).toHaveLength(1);
    expect(japaneseFaults('質問：なぜですか？　1on1の話です。')).toEqual([]);
  });

  it('writes French with French typography, and Japanese with full-width punctuation', () => {
    const faults: string[] = [];
    for (const module of modules) {
      const check = moduleLang(module) === 'fr' ? frenchFaults : moduleLang(module) === 'ja' ? japaneseFaults : undefined;
      if (!check) continue;
      for (const text of textsOf(module)) for (const fault of check(text)) faults.push(`${module.id}: ${fault}: ${text}`);
    }
    expect(faults).toEqual([]);
  });

  it('has unique ids, each naming its file', () => {
    const ids = modules.map((module) => module.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(files.map((file) => file.file.replace(/^modules-content\//, '').replace(/\.md$/, '')).sort());
  });
});

/** Every piece of text a module shows. */
function textsOf(module: Module): string[] {
  const blocks = (list: TextBlock[]) => list.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.items));
  return [module.title, module.summary, ...module.tags, ...blocks(module.intro), ...module.pages.flatMap((page) => [page.title, ...blocks(page.blocks), page.prompt.text])];
}

/** French typography: a no-break space before ':', a narrow one before ; ? ! and inside « », typographic apostrophes. */
function frenchFaults(text: string): string[] {
  const faults: string[] = [];
  if (/(^|[^\u00a0\u202f]):/.test(text)) faults.push('a no-break space (U+00A0) goes before ":"');
  if (/(^|[^\u202f])[;?!]/.test(text)) faults.push('a narrow no-break space (U+202F) goes before ; ? !');
  if (/«(?!\u202f)|(?<!\u202f)»/.test(text)) faults.push('« » take a narrow no-break space (U+202F) inside');
  if (/["']/.test(text)) faults.push('quotation marks are « » and the apostrophe is ’');
  if (/ {2}|[ \u00a0\u202f]$|^[ \u00a0\u202f]/.test(text)) faults.push('stray spaces');
  return faults;
}

const JAPANESE = '\u3040-\u30ff\u4e00-\u9fff';

/** Japanese typography: full-width punctuation beside Japanese, no spaces between Japanese words. */
function japaneseFaults(text: string): string[] {
  const faults: string[] = [];
  if (new RegExp(`[${JAPANESE}][,.!?:;()]|[,.!?:;()][${JAPANESE}]`).test(text)) faults.push('punctuation beside Japanese is full-width (、。！？：；（）)');
  if (new RegExp(`[${JAPANESE}、。] +[${JAPANESE}]`).test(text)) faults.push('no spaces between Japanese words');
  if (/["']/.test(text)) faults.push('quotation marks are 「」');
  return faults;
}
