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
const PLACE_OF_WEIGHT = new Map<number, MatchPlace>(Object.entries(WEIGHTS).map(([place, weight]) => [weight, place as MatchPlace]));

/** A built index. Build it once with `createSearchIndex`, then query it with `searchIndex`. */
export interface SearchIndex {
  docs: SearchDoc[];
  /** Sorted unique words, for binary-searched prefix lookups. */
  words: string[];
  /** For each entry of `words`: triples of (doc index, weight, page index or -1), flattened. */
  postings: Int32Array[];
}

/** Lower-cases, strips accents and splits text into words. */
export function tokenize(text: string): string[] {
  return normalise(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

/** Lower-cases text and strips its accents, as the index does. */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function blocksText(page: SearchDoc['pages'][number]): string {
  return page.blocks.map((block) => (block.kind === 'paragraph' ? block.text : block.items.join(' '))).join(' ');
}

/** Builds the index over a set of modules. */
export function createSearchIndex(docs: SearchDoc[]): SearchIndex {
  // word → doc → [weight, page]; a word keeps its best place in each doc.
  const byWord = new Map<string, Map<number, [number, number]>>();
  const add = (text: string, doc: number, weight: number, page = -1) => {
    for (const word of tokenize(text)) {
      let entry = byWord.get(word);
      if (!entry) byWord.set(word, (entry = new Map()));
      const current = entry.get(doc);
      if (!current || current[0] < weight) entry.set(doc, [weight, page]);
    }
  };
  docs.forEach((doc, index) => {
    add(doc.title, index, WEIGHTS.title);
    add(doc.tags.join(' '), index, WEIGHTS.tags);
    add(doc.summary, index, WEIGHTS.summary);
    doc.pages.forEach((page, p) => {
      add(page.prompt.text, index, WEIGHTS.question, p);
      add(`${page.title} ${blocksText(page)}`, index, WEIGHTS.page, p);
    });
  });
  const words = [...byWord.keys()].sort();
  const postings = words.map((word) => {
    const entry = byWord.get(word) as Map<number, [number, number]>;
    const flat = new Int32Array(entry.size * 3);
    let i = 0;
    for (const [doc, [weight, page]] of entry) {
      flat[i++] = doc;
      flat[i++] = weight;
      flat[i++] = page;
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

/** The best `limit` hits of a query, and how many modules match in all. */
export interface SearchResult {
  total: number;
  hits: SearchHit[];
}

/**
 * Finds the modules that contain every word of the query. The last word also matches as a
 * prefix, since the person may still be typing it. Results are best first.
 */
export function searchIndex(index: SearchIndex, query: string, limit = 50): SearchHit[] {
  return searchLibrary(index, query, limit).hits;
}

/** Like `searchIndex`, and also counts every match beyond the limit; `only` narrows it to some ids. */
export function searchLibrary(index: SearchIndex, query: string, limit = 50, only?: ReadonlySet<string>): SearchResult {
  const terms = tokenize(query);
  if (terms.length === 0) return { total: 0, hits: [] };
  const count = index.docs.length;
  const total = new Float64Array(count);
  const matched = new Uint16Array(count);
  // The strongest single match in each doc, which says where to point the person.
  const bestWeight = new Int32Array(count);
  const bestPage = new Int32Array(count).fill(-1);
  const best = new Float64Array(count);
  terms.forEach((term, t) => {
    const prefix = t === terms.length - 1;
    best.fill(0);
    for (let w = lowerBound(index.words, term); w < index.words.length; w++) {
      const word = index.words[w] as string;
      if (prefix ? !word.startsWith(term) : word !== term) break;
      const bonus = word === term ? 1 : 0.5;
      const flat = index.postings[w] as Int32Array;
      for (let i = 0; i < flat.length; i += 3) {
        const doc = flat[i] as number;
        const weight = flat[i + 1] as number;
        const score = weight * bonus;
        if (score > (best[doc] as number)) best[doc] = score;
        if (weight > (bestWeight[doc] as number)) {
          bestWeight[doc] = weight;
          bestPage[doc] = flat[i + 2] as number;
        }
      }
    }
    for (let doc = 0; doc < count; doc++) {
      if ((best[doc] as number) > 0) {
        total[doc] = (total[doc] as number) + (best[doc] as number);
        matched[doc] = (matched[doc] as number) + 1;
      }
    }
  });
  const found: number[] = [];
  for (let doc = 0; doc < count; doc++) {
    if (matched[doc] === terms.length && (!only || only.has((index.docs[doc] as SearchDoc).id))) found.push(doc);
  }
  found.sort((a, b) => (total[b] as number) - (total[a] as number) || (index.docs[a] as SearchDoc).title.localeCompare((index.docs[b] as SearchDoc).title));
  const hits = found.slice(0, limit).map((doc) => {
    const place = PLACE_OF_WEIGHT.get(bestWeight[doc] as number) ?? 'page';
    return describeHit(index.docs[doc] as SearchDoc, terms, total[doc] as number, place, bestPage[doc] as number);
  });
  return { total: found.length, hits };
}

function describeHit(doc: SearchDoc, terms: string[], score: number, place: MatchPlace, pageIndex: number): SearchHit {
  const page = doc.pages[pageIndex];
  if ((place === 'question' || place === 'page') && page) {
    if (place === 'question') return { id: doc.id, score, place, pageIndex, snippet: page.prompt.text };
    const text = blocksText(page);
    const lower = normalise(text);
    const inText = terms.some((term) => lower.includes(term));
    return { id: doc.id, score, place, pageIndex, snippet: inText ? excerpt(text, terms) : page.title };
  }
  return { id: doc.id, score, place, snippet: place === 'tags' ? doc.tags.join(', ') : doc.summary };
}

/** About 160 characters of `text` around the first word that matches one of `terms`. */
export function excerpt(text: string, terms: string[], width = 160): string {
  if (text.length <= width) return text;
  // Words are compared one by one, so positions stay those of the original text even where
  // normalising changes its length (accents, Hangul).
  let at = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = normalise(match[0]);
    if (terms.some((term) => word.startsWith(term))) {
      at = match.index;
      break;
    }
  }
  const start = Math.max(0, Math.min(at - Math.floor(width / 3), text.length - width));
  const cutStart = start === 0 ? 0 : text.indexOf(' ', start) + 1 || start;
  const end = Math.min(text.length, cutStart + width);
  const cutEnd = end === text.length ? end : text.lastIndexOf(' ', end) > cutStart ? text.lastIndexOf(' ', end) : end;
  return `${cutStart > 0 ? '… ' : ''}${text.slice(cutStart, cutEnd)}${cutEnd < text.length ? ' …' : ''}`;
}
