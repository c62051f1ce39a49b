import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n/i18n.ts';
import type { ContentError } from './contentError.ts';
import { CONTENT_ERROR_CODES, contentError } from './contentError.ts';
import { ENGLISH_CONTENT_CATALOG, describeContentError, formatContentError } from './contentWords.ts';

describe('content errors in English, for the build and the check', () => {
  const catalog = JSON.parse(readFileSync(ENGLISH_CONTENT_CATALOG, 'utf8')) as Record<string, string>;

  it('reads the English catalog’s content area: one message for each code, and no other', () => {
    expect(Object.keys(catalog).sort()).toEqual([...CONTENT_ERROR_CODES].sort());
  });

  const samples: ContentError[] = [
    contentError('m.md', 3, 'unknownField', { field: 'mindest', fields: 'id, title' }),
    contentError('m.md', 14, 'pageCount', { count: 1, min: 8, max: 15 }),
    contentError('m.md', 14, 'pageCount', { count: 16, min: 8, max: 15 }),
    contentError('m.md', 9, 'noPrompt', { page: 'Une page', question: 'Question\u00a0:', exercise: 'Exercice\u00a0:' }),
    contentError('m.md', 1, 'frontMatterUnclosed', {}),
  ];

  it('words each error as the app words it in English', () => {
    for (const error of samples) expect(describeContentError(error)).toBe(t(`content.${error.code}`, error.params));
  });

  it('keeps its apostrophes and fills every placeholder', () => {
    expect(samples.map(formatContentError)).toEqual([
      "m.md:3: unknown field 'mindest' (the fields are id, title)",
      'm.md:14: the module has 1 page; a module in the library has 8 to 15',
      'm.md:14: the module has 16 pages; a module in the library has 8 to 15',
      "m.md:9: page 'Une page' has no question: end it with a line starting 'Question\u00a0: ' or 'Exercice\u00a0: '",
      "m.md:1: the front matter is never closed: add a line '---' after it",
    ]);
  });
});
