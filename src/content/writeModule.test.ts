import { describe, expect, it } from 'vitest';
import type { Module } from '../core/module.ts';
import { formatContentError } from './contentWords.ts';
import { readLibraryFiles } from './libraryFiles.ts';
import { parseModule } from './parseModule.ts';
import { moduleFileName, writeModule } from './writeModule.ts';

function parsed(text: string, file = 'module.md'): Module {
  const result = parseModule(text, file, 'user');
  if (!result.ok) throw new Error(result.errors.map(formatContentError).join('\n'));
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
      lang: 'en',
      format: 1,
      intro: [],
      pages: [{ title: 'What: a <script>page</script> #1', blocks: [{ kind: 'paragraph', text: 'Time to ask: Question: is this text?' }, { kind: 'list', items: ['- a dash', 'Exercise: not one'] }], prompt: { kind: 'question', text: 'Is *this* kept?' } }],
    };
    expect(parsed(writeModule(awkward))).toEqual(awkward);
  });

  it('writes a French module with lang, format 2 and French markers, and reads it back the same', () => {
    const french = parsed(
      [
        '---',
        'id: un-module-francais',
        'title: Un module en français',
        'mindset: reflection',
        'summary: Deux pages pour l’essai.',
        'author: Roundtable',
        'minutes: 30',
        'version: 1',
        'tags: [temps, écoute]',
        'lang: fr-ca',
        '---',
        '',
        '## Première page',
        'Temps : 5 min',
        '',
        'Un texte « entre guillemets ».',
        '',
        'Question: Qu’en pensez-vous\u202f?',
        '',
        '## Deuxième page',
        '',
        'Exercice : Notez une idée.',
      ].join('\n'),
    );
    expect([french.lang, french.format]).toEqual(['fr-CA', 2]);
    const text = writeModule(french);
    expect(text).toContain('\ntags: [temps, écoute]\nlang: fr-CA\nformat: 2\n---\n');
    expect(text).toContain('\n## Première page\nDurée\u00a0: 5 min\n');
    expect(text).toContain('\nQuestion\u00a0: Qu’en pensez-vous\u202f?\n');
    expect(text).toContain('\nExercice\u00a0: Notez une idée.\n');
    expect(parsed(text)).toEqual(french);
  });

  it('writes a Japanese module with lang, format 2 and Japanese markers, and reads it back the same', () => {
    const japanese: Module = {
      id: 'nihongo-no-module',
      title: '日本語のモジュール',
      mindset: 'collaboration',
      summary: '書き出しと読み込みを確かめるための、短いモジュールです。',
      author: 'Roundtable',
      minutes: 45,
      version: 2,
      tags: ['対話', 'チーム'],
      pageCount: 2,
      source: 'user',
      lang: 'ja',
      format: 2,
      intro: [{ kind: 'paragraph', text: 'はじめに：このモジュールについて。' }],
      pages: [
        { title: '最初のページ', minutes: 10, blocks: [{ kind: 'paragraph', text: '本文です。' }, { kind: 'list', items: ['一つ目', '二つ目'] }], prompt: { kind: 'question', text: '最近、うまくいった対話は何ですか？' } },
        { title: '二つ目のページ', blocks: [], prompt: { kind: 'exercise', text: '二人一組で話してください。' } },
      ],
    };
    const text = writeModule(japanese);
    expect(text).toContain('\nlang: ja\nformat: 2\n---\n');
    expect(text).toContain('\n## 最初のページ\n時間：10分\n');
    expect(text).toContain('\n質問：最近、うまくいった対話は何ですか？\n');
    expect(text).toContain('\nエクササイズ：二人一組で話してください。\n');
    expect(parsed(text)).toEqual(japanese);
  });

  it('writes an English module without lang or format, so that any version reads it', () => {
    const english = parsed(['---', 'id: plain-english', 'title: Plain', 'mindset: action', 'summary: S.', 'author: A', 'minutes: 30', 'version: 1', 'tags: []', 'lang: en', '---', '## One', 'Question: Why?'].join('\n'));
    expect([english.lang, english.format]).toEqual(['en', 1]);
    const text = writeModule(english);
    expect(text).not.toMatch(/^(lang|format):/m);
    expect(parsed(text)).toEqual(english);
  });

  it('gives a module that names no language (an older record) English markers and no lang', () => {
    const older: Module = parsed(['---', 'id: older-record', 'title: Older', 'mindset: action', 'summary: S.', 'author: A', 'minutes: 30', 'version: 1', 'tags: []', '---', '## One', 'Time: 3 min', '', 'Exercise: Do it.'].join('\n'));
    delete older.lang;
    const text = writeModule(older);
    expect(text).toContain('\n## One\nTime: 3 min\n\nExercise: Do it.\n');
    expect(text).not.toMatch(/^(lang|format):/m);
  });
});
