// Full-text search over the library: an inverted index of words with prefix matching, so
// that results follow each keystroke even with thousands of modules.

import type { Module, ModulePage } from './module.ts';

/** Where in a module a search matched best. */
export type MatchPlace = 'title' | 'tags' | 'summary' | 'question' | 'page';

/** One search result: the module, its score and the best place it matched. */
export interface SearchHit {
  id: string;
  score: number;
  place: MatchPlace;
  /** The page that matched, for 'question' and 'page' matches (0-based). */
  pageIndex?: number;
  /** A short passage around the match, as plain text. */
  snippet: string;
}

/** The text of one module that search reads. */
export type SearchDoc = Pick<Module, 'id' | 'title' | 'summary' | 'tags'> & {
  pages: Pick<ModulePage, 'title' | 'blocks' | 'prompt'>[];
};

const WEIGHTS: Record<MatchPlace, number> = { title: 12, tags: 6, summary: 4, question: 2, page: 1 };

/** A built index. Build it once with `createSearchIndex`, then query it with `searchIndex`. */
export interface SearchIndex {
  docs: SearchDoc[];
  /** Sorted unique words, for binary-searched prefix lookups. */
  words: string[];
  /** For each entry of `words`: pairs of (doc index, weight), flattened. */
  postings: Int32Array[];
}

/** Lower-cases, strips accents and splits text into words. */
export function tokenize(text: string): string[] {
  return normalise(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function blocksText(page: SearchDoc['pages'][number]): string {
  return page.blocks.map((block) => (block.kind === 'paragraph' ? block.text : block.items.join(' '))).join(' ');
}

/** Builds the index over a set of modules. */
export function createSearchIndex(docs: SearchDoc[]): SearchIndex {
  const byWord = new Map<string, Map<number, number>>();
  const add = (text: string, doc: number, weight: number) => {
    for (const word of tokenize(text)) {
      let entry = byWord.get(word);
      if (!entry) byWord.set(word, (entry = new Map()));
      if ((entry.get(doc) ?? 0) < weight) entry.set(doc, weight);
    }
  };
  docs.forEach((doc, index) => {
    add(doc.title, index, WEIGHTS.title);
    add(doc.tags.join(' '), index, WEIGHTS.tags);
    add(doc.summary, index, WEIGHTS.summary);
    for (const page of doc.pages) {
      add(page.prompt.text, index, WEIGHTS.question);
      add(`${page.title} ${blocksText(page)}`, index, WEIGHTS.page);
    }
  });
  const words = [...byWord.keys()].sort();
  const postings = words.map((word) => {
    const entry = byWord.get(word) as Map<number, number>;
    const flat = new Int32Array(entry.size * 2);
    let i = 0;
    for (const [doc, weight] of entry) {
      flat[i++] = doc;
      flat[i++] = weight;
    }
    return flat;
  });
  return { docs, words, postings };
}

function lowerBound(words: string[], prefix: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((words[mid] as string) < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Finds the modules that contain every word of the query. The last word also matches as a
 * prefix, since the person may still be typing it. Results are best first.
 */
export function searchIndex(index: SearchIndex, query: string, limit = 50): SearchHit[] {
  const terms = tokenize(query);
  if (terms.length === 0) return [];
  const count = index.docs.length;
  const total = new Float64Array(count);
  const matched = new Uint16Array(count);
  terms.forEach((term, t) => {
    const prefix = t === terms.length - 1;
    const best = new Float64Array(count);
    const hitThisTerm = new Uint8Array(count);
    for (let w = lowerBound(index.words, term); w < index.words.length; w++) {
      const word = index.words[w] as string;
      if (prefix ? !word.startsWith(term) : word !== term) break;
      const bonus = word === term ? 1 : 0.5;
      const flat = index.postings[w] as Int32Array;
      for (let i = 0; i < flat.length; i += 2) {
        const doc = flat[i] as number;
        const score = (flat[i + 1] as number) * bonus;
        if (score > (best[doc] as number)) best[doc] = score;
        hitThisTerm[doc] = 1;
      }
    }
    for (let doc = 0; doc < count; doc++) {
      if (hitThisTerm[doc]) {
        total[doc] = (total[doc] as number) + (best[doc] as number);
        matched[doc] = (matched[doc] as number) + 1;
      }
    }
  });
  const found: number[] = [];
  for (let doc = 0; doc < count; doc++) if (matched[doc] === terms.length) found.push(doc);
  found.sort((a, b) => (total[b] as number) - (total[a] as number) || (index.docs[a] as SearchDoc).title.localeCompare((index.docs[b] as SearchDoc).title));
  return found.slice(0, limit).map((doc) => describeHit(index.docs[doc] as SearchDoc, terms, total[doc] as number));
}

function containsAll(text: string, terms: string[]): boolean {
  const words = tokenize(text);
  return terms.every((term, t) => words.some((word) => (t === terms.length - 1 ? word.startsWith(term) : word === term)));
}

function containsAny(text: string, terms: string[]): boolean {
  const words = tokenize(text);
  return terms.some((term) => words.some((word) => word.startsWith(term)));
}

function describeHit(doc: SearchDoc, terms: string[], score: number): SearchHit {
  const base = { id: doc.id, score };
  if (containsAny(doc.title, terms) && containsAll(`${doc.title} ${doc.tags.join(' ')} ${doc.summary}`, terms)) {
    return { ...base, place: 'title', snippet: doc.summary };
  }
  if (containsAny(doc.summary, terms)) return { ...base, place: 'summary', snippet: doc.summary };
  const pageIndex = doc.pages.findIndex((page) => containsAny(page.prompt.text, terms));
  if (pageIndex >= 0) {
    return { ...base, place: 'question', pageIndex, snippet: (doc.pages[pageIndex] as ModulePage).prompt.text };
  }
  const textIndex = doc.pages.findIndex((page) => containsAny(`${page.title} ${blocksText(page)}`, terms));
  if (textIndex >= 0) {
    const page = doc.pages[textIndex] as ModulePage;
    const text = blocksText(page);
    const snippet = containsAny(text, terms) ? excerpt(text, terms) : page.title;
    return { ...base, place: 'page', pageIndex: textIndex, snippet };
  }
  return { ...base, place: 'tags', snippet: doc.summary };
}

/** About 160 characters of `text` around the first word that matches one of `terms`. */
export function excerpt(text: string, terms: string[], width = 160): string {
  const lower = normalise(text);
  const positions = terms.map((term) => lower.search(new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(term)}`, 'u'))).filter((at) => at >= 0);
  const at = positions.length > 0 ? Math.min(...positions) : 0;
  if (text.length <= width) return text;
  const start = Math.max(0, Math.min(at - Math.floor(width / 3), text.length - width));
  const cutStart = start === 0 ? 0 : text.indexOf(' ', start) + 1 || start;
  const end = Math.min(text.length, cutStart + width);
  const cutEnd = end === text.length ? end : text.lastIndexOf(' ', end) > cutStart ? text.lastIndexOf(' ', end) : end;
  return `${cutStart > 0 ? '… ' : ''}${text.slice(cutStart, cutEnd)}${cutEnd < text.length ? ' …' : ''}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
