// A small, valid module for tests, made by hand: `pageCount` pages, each with a paragraph and a
// question, and whatever fields a test wants different.

import type { Module } from '../../src/core/module.ts';

/** A module of `pageCount` pages ("Page 1", "Question 1?" and so on), with `fields` over the defaults. */
export function testModule(pageCount = 5, fields: Partial<Omit<Module, 'pages' | 'pageCount'>> = {}): Module {
  return {
    id: 'test-module',
    title: 'A test module',
    mindset: 'collaboration',
    summary: 'A module for tests.',
    author: 'Roundtable tests',
    minutes: 45,
    version: 1,
    tags: ['test'],
    source: 'user',
    format: 1,
    intro: [{ kind: 'paragraph', text: 'An introduction.' }],
    ...fields,
    pageCount,
    pages: Array.from({ length: pageCount }, (_, i) => ({
      title: `Page ${i + 1}`,
      minutes: 5,
      blocks: [{ kind: 'paragraph' as const, text: `Text of page ${i + 1}.` }],
      prompt: { kind: 'question' as const, text: `Question ${i + 1}?` },
    })),
  };
}
