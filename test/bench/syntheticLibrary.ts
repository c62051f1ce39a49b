// A large synthetic library for benchmarks, made from the real library's sentences with a
// seeded random source, so that every run measures the same thing.

import type { Module } from '../../src/core/module.ts';
import { MINDSETS, summarise } from '../../src/core/module.ts';
import { mulberry32 } from '../helpers/testNetwork.ts';

/** `count` modules of 8 to 15 pages each, mixed from the sentences of `real`. */
export function syntheticLibrary(real: Module[], count: number, seed = 1): Module[] {
  const random = mulberry32(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  const sentences = real.flatMap((module) => module.pages.flatMap((page) => page.blocks.flatMap((block) => (block.kind === 'paragraph' ? block.text.split(/(?<=[.!?])\s+/) : block.items))));
  const questions = real.flatMap((module) => module.pages.map((page) => page.prompt.text));
  const titleWords = real.flatMap((module) => module.title.split(' ')).filter((word) => word.length > 3);
  return Array.from({ length: count }, (_, i) => {
    const pages = Array.from({ length: 8 + Math.floor(random() * 8) }, () => ({
      title: Array.from({ length: 3 }, () => pick(titleWords)).join(' '),
      minutes: 5 + Math.floor(random() * 6),
      blocks: [{ kind: 'paragraph' as const, text: Array.from({ length: 5 }, () => pick(sentences)).join(' ') }],
      prompt: { kind: 'question' as const, text: pick(questions) },
    }));
    const module: Module = {
      id: `bench-module-${String(i).padStart(4, '0')}`,
      title: `${pick(titleWords)} ${pick(titleWords)} ${i}`,
      mindset: MINDSETS[i % MINDSETS.length]!,
      summary: Array.from({ length: 2 }, () => pick(sentences)).join(' ').slice(0, 300),
      author: 'Roundtable',
      minutes: 90,
      version: 1,
      tags: [pick(titleWords).toLowerCase()],
      pageCount: pages.length,
      source: 'bundled',
      format: 1,
      intro: [],
      pages,
    };
    return module;
  });
}

/** The records a module is stored as: its summary and its body. */
export function storedRecords(modules: Module[]) {
  return modules.map((module) => ({
    summary: summarise(module),
    body: { id: module.id, format: module.format, intro: module.intro, pages: module.pages },
  }));
}
