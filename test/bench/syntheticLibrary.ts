// A large synthetic library for benchmarks, with a seeded random source, so that every run
// measures the same thing: a third of its modules in English, made from the real library's
// sentences, a third in French and a third in Japanese, made from the hand-written text of
// mixedText.ts.

import type { Module } from '../../src/core/module.ts';
import { MINDSETS, summarise } from '../../src/core/module.ts';
import { mulberry32 } from '../helpers/testNetwork.ts';
import type { LanguageText } from './mixedText.ts';
import { FRENCH, JAPANESE } from './mixedText.ts';

/** The sentences, questions and title words a module is made from. */
interface Source {
  sentences: string[];
  questions: string[];
  titleWords: string[];
  joiner: string;
  titleJoiner: string;
}

function fromText(text: LanguageText): Source {
  const sentences = text.paragraphs.flatMap((paragraph) => paragraph.split(text.sentenceEnd)).filter((sentence) => sentence.length > 0);
  return { sentences, questions: text.questions, titleWords: text.titleWords, joiner: text.joiner, titleJoiner: text.titleJoiner };
}

/** The language of each synthetic module, in turn. */
export const LANGUAGES = ['en', 'fr', 'ja'] as const;

/** `count` modules of 8 to 15 pages each: English ones mixed from the sentences of `real`, then French, then Japanese, in turn. */
export function syntheticLibrary(real: Module[], count: number, seed = 1): Module[] {
  const random = mulberry32(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  const english: Source = {
    sentences: real.flatMap((module) => module.pages.flatMap((page) => page.blocks.flatMap((block) => (block.kind === 'paragraph' ? block.text.split(/(?<=[.!?])\s+/) : block.items)))),
    questions: real.flatMap((module) => module.pages.map((page) => page.prompt.text)),
    titleWords: real.flatMap((module) => module.title.split(' ')).filter((word) => word.length > 3),
    joiner: ' ',
    titleJoiner: ' ',
  };
  const sources: Record<(typeof LANGUAGES)[number], Source> = { en: english, fr: fromText(FRENCH), ja: fromText(JAPANESE) };
  return Array.from({ length: count }, (_, i) => {
    const source = sources[LANGUAGES[i % LANGUAGES.length]!];
    const pages = Array.from({ length: 8 + Math.floor(random() * 8) }, () => ({
      title: Array.from({ length: 3 }, () => pick(source.titleWords)).join(source.titleJoiner),
      minutes: 5 + Math.floor(random() * 6),
      blocks: [{ kind: 'paragraph' as const, text: Array.from({ length: 5 }, () => pick(source.sentences)).join(source.joiner) }],
      prompt: { kind: 'question' as const, text: pick(source.questions) },
    }));
    const module: Module = {
      id: `bench-module-${String(i).padStart(4, '0')}`,
      title: `${pick(source.titleWords)}${source.titleJoiner}${pick(source.titleWords)} ${i}`,
      mindset: MINDSETS[i % MINDSETS.length]!,
      summary: Array.from({ length: 2 }, () => pick(source.sentences)).join(source.joiner).slice(0, 300),
      author: 'Roundtable',
      minutes: 90,
      version: 1,
      tags: [pick(source.titleWords).toLowerCase()],
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
