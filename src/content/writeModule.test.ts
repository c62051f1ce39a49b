import { describe, expect, it } from 'vitest';
import type { Module } from '../core/module.ts';
import { readLibraryFiles } from './libraryFiles.ts';
import { parseModule } from './parseModule.ts';
import { moduleFileName, writeModule } from './writeModule.ts';

function parsed(text: string, file = 'module.md'): Module {
  const result = parseModule(text, file, 'user');
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
  return result.module;
}

describe('writeModule', () => {
  it('writes every module of the bundled library so that it reads back the same', () => {
    const files = readLibraryFiles('modules-content');
    expect(files.length).toBeGreaterThan(10);
    for (const { file, text } of files) {
      const module = parsed(text, file);
      expect(parsed(writeModule(module)), file).toEqual(module);
    }
  });

  it('writes the format the library README describes', () => {
    const module = parsed(['---', 'id: two-pages', 'title: Two pages', 'mindset: action', 'summary: A short one.', 'author: Tests', 'minutes: 30', 'version: 4', 'tags: [time, focus]', '---', '', 'An intro.', '', '## First', 'Time: 5 min', '', 'Some text', 'over two lines.', '', '- one', '- two', '', 'Question: Why?', '', '## Second', '', 'Exercise: Do it.'].join('\n'));
    expect(writeModule(module)).toBe(
      [
        '---',
        'id: two-pages',
        'title: Two pages',
        'mindset: action',
        'summary: A short one.',
        'author: Tests',
        'minutes: 30',
        'version: 4',
        'tags: [time, focus]',
        '---',
        '',
        'An intro.',
        '',
        '## First',
        'Time: 5 min',
        '',
        'Some text over two lines.',
        '',
        '- one',
        '- two',
        '',
        'Question: Why?',
        '',
        '## Second',
        '',
        'Exercise: Do it.',
        '',
      ].join('\n'),
    );
    expect(moduleFileName(module)).toBe('two-pages.md');
  });

  it('keeps awkward text as it is: quotes, colons, markup, a title that looks like a number, no tags', () => {
    const awkward: Module = {
      id: 'awkward-module',
      title: '2024',
      mindset: 'reflection',
      summary: 'Colons: "quotes", \'apostrophes\', # hashes and <b>markup</b> — all text.',
      author: 'null',
      minutes: 45,
      version: 1,
      tags: [],
      pageCount: 1,
      source: 'user',
      format: 1,
      intro: [],
      pages: [{ title: 'What: a <script>page</script> #1', blocks: [{ kind: 'paragraph', text: 'Time to ask: Question: is this text?' }, { kind: 'list', items: ['- a dash', 'Exercise: not one'] }], prompt: { kind: 'question', text: 'Is *this* kept?' } }],
    };
    expect(parsed(writeModule(awkward))).toEqual(awkward);
  });
});
