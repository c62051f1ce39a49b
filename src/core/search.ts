// Full-text search over the library, in any language: an inverted index of words with prefix
// matching, so that results follow each keystroke even with thousands of modules.
//
// Text is normalised as `searchText.ts` says (NFKC, lower case, accents dropped from Latin
// letters only). Alphabetic scripts are indexed by word: earlier query words must match whole
// words, the last one also matches as a prefix, since the person may still be typing it.
// Han, Hiragana, Katakana and Hangul have no spaces between words, so their text is indexed by
// character bigrams (and each segment's last character alone), and a CJK query matches as a
// contiguous substring, anywhere: its bigrams find the candidate modules, then the text is
// checked. A single CJK character matches wherever it occurs too (every bigram that starts with
// it, or a segment ending with it), so results follow the first character typed. A CJK match
// that likely starts a word (a segment's start, or where Hiragana gives way to another script)
// counts as a whole word; one inside a word as a prefix. `Intl.Segmenter` is not used: its words
// cost more than the whole index to find (about a second per million characters of Japanese),
// for a ranking that this rule nearly gives. This code is in the start screen's bundle: it is
// kept short.

import type { Module, ModulePage } from './module.ts';
import { isCjk, matchRanges, normalise, segmentPattern, startsCjkWord, tokenize, wideCount } from './searchText.ts';

export { matchRanges, normalise, tokenize } from './searchText.ts';

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

/** A normalised text of a module that holds CJK characters, where a CJK query is checked. */
interface CjkField {
  weight: number;
  page: number;
  text: string;
}

/** A built index. Build it once with `createSearchIndex`, then query it with `searchIndex`. */
export interface SearchIndex {
  docs: SearchDoc[];
  /** Sorted unique words and CJK bigrams (and single CJK characters), for binary-searched lookups. */
  words: string[];
  /** For each entry of `words`: triples of (doc index, weight, page index or -1), flattened. */
  postings: Int32Array[];
  /** For each doc, its texts that hold CJK characters, best place first; undefined if none. */
  cjkFields: (CjkField[] | undefined)[];
  /** For each doc, its title's rank in title order, which breaks score ties. */
  titleRank: Int32Array;
}

function blocksText(page: SearchDoc['pages'][number]): string {
  return page.blocks.map((block) => (block.kind === 'paragraph' ? block.text : block.items.join(' '))).join(' ');
}

/** Builds the index over a set of modules. */
export function createSearchIndex(docs: SearchDoc[]): SearchIndex {
  // Term → its number; per number, the flattened (doc, weight, page) triples and the last doc.
  // Docs are indexed one after the other, so a term's entry for the current doc is its last.
  const ids = new Map<string, number>();
  const lists: number[][] = [];
  const lastDoc: number[] = [];
  const cjkFields: (CjkField[] | undefined)[] = [];
  let doc = 0;
  let weight = 0;
  let page = -1;
  const addTerm = (term: string) => {
    const id = ids.get(term);
    const list = lists[id ?? -1];
    if (id === undefined || !list) {
      ids.set(term, lists.push([doc, weight, page]) - 1);
      lastDoc.push(doc);
    } else if (lastDoc[id] !== doc) {
      list.push(doc, weight, page);
      lastDoc[id] = doc;
    } else if ((list[list.length - 2] as number) < weight) {
      // A term keeps its best place in each doc, the first one among equals.
      list[list.length - 2] = weight;
      list[list.length - 1] = page;
    }
  };
  const pattern = segmentPattern();
  const add = (text: string, fieldWeight: number, fieldPage = -1) => {
    weight = fieldWeight;
    page = fieldPage;
    const normalised = normalise(text);
    let hasCjk = false;
    for (let match; (match = pattern.exec(normalised)); ) {
      const segment = match[0];
      if (!match[1]) {
        addTerm(segment);
        continue;
      }
      hasCjk = true;
      // Its bigrams, and its last character alone, by code point.
      const chars = /[\ud800-\udfff]/.test(segment) ? Array.from(segment) : segment;
      for (let i = 1; i < chars.length; i++) addTerm((chars[i - 1] as string) + (chars[i] as string));
      addTerm(chars[chars.length - 1] as string);
    }
    if (hasCjk) (cjkFields[doc] ??= []).push({ weight, page, text: normalised });
  };
  for (; doc < docs.length; doc++) {
    const module = docs[doc] as SearchDoc;
    cjkFields.push(undefined);
    add(module.title, WEIGHTS.title);
    add(module.tags.join(' '), WEIGHTS.tags);
    add(module.summary, WEIGHTS.summary);
    module.pages.forEach((modulePage, p) => {
      add(modulePage.prompt.text, WEIGHTS.question, p);
      add(`${modulePage.title} ${blocksText(modulePage)}`, WEIGHTS.page, p);
    });
    // Best place first, pages in order among equals (the sort is stable).
    cjkFields[doc]?.sort((a, b) => b.weight - a.weight);
  }
  const words = [...ids.keys()].sort();
  const compare = new Intl.Collator().compare;
  const titleRank = new Int32Array(docs.length);
  docs
    .map((_, doc) => doc)
    .sort((a, b) => compare((docs[a] as SearchDoc).title, (docs[b] as SearchDoc).title))
    .forEach((doc, rank) => (titleRank[doc] = rank));
  return { docs, words, postings: words.map((word) => Int32Array.from(lists[ids.get(word) as number] as number[])), cjkFields, titleRank };
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
 * prefix, since the person may still be typing it; CJK text matches as a substring. Results
 * are best first.
 */
export function searchIndex(index: SearchIndex, query: string, limit = 50): SearchHit[] {
  return searchLibrary(index, query, limit).hits;
}

/**
 * Each doc's best score for one term, with the weight and page of its strongest match. A word
 * matches whole, or as a prefix if `prefix`. A CJK term is looked up by its bigrams (a single
 * character, by the bigrams it starts and itself), then checked in the docs that hold them all.
 */
function matchTerm(index: SearchIndex, term: string, prefix: boolean, best: Float64Array, bestWeight: Int32Array, bestPage: Int32Array): void {
  const { words, postings, cjkFields } = index;
  const cjk = isCjk(term);
  const chars = Array.from(term);
  const grams = cjk && chars.length > 1 ? new Set(chars.slice(1).map((char, i) => chars[i] + char)) : new Set([term]);
  const hits = new Uint32Array(index.docs.length);
  for (const gram of grams) {
    for (let w = lowerBound(words, gram); w < words.length && (prefix || cjk ? (words[w] as string).startsWith(gram) : words[w] === gram); w++) {
      const bonus = words[w] === term ? 1 : 0.5;
      const flat = postings[w] as Int32Array;
      for (let i = 0; i < flat.length; i += 3) {
        const doc = flat[i] as number;
        const weight = flat[i + 1] as number;
        if (cjk) {
          // A doc is in each bigram's postings once; a single character's count only needs to be 1.
          hits[doc]++;
          continue;
        }
        best[doc] = Math.max(best[doc] as number, weight * bonus);
        if (weight > (bestWeight[doc] as number)) {
          bestWeight[doc] = weight;
          bestPage[doc] = flat[i + 2] as number;
        }
      }
    }
  }
  if (!cjk) return;
  hits.forEach((count, doc) => {
    if (count < grams.size) return;
    // The first field that holds the term is the best place; a match at a word start counts whole.
    const field = cjkFields[doc]?.find((candidate) => candidate.text.includes(term));
    if (!field) return;
    let bonus = 0.5;
    for (let at = field.text.indexOf(term); at >= 0 && bonus < 1; at = field.text.indexOf(term, at + 1)) if (startsCjkWord(field.text, at)) bonus = 1;
    best[doc] = field.weight * bonus;
    if (field.weight > (bestWeight[doc] as number)) {
      bestWeight[doc] = field.weight;
      bestPage[doc] = field.page;
    }
  });
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
    best.fill(0);
    matchTerm(index, term, t === terms.length - 1, best, bestWeight, bestPage);
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
  found.sort((a, b) => (total[b] as number) - (total[a] as number) || (index.titleRank[a] as number) - (index.titleRank[b] as number));
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
    const first = matchRanges(text, terms, 1)[0];
    return { id: doc.id, score, place, pageIndex, snippet: first ? excerptAround(text, first[0]) : page.title };
  }
  return { id: doc.id, score, place, snippet: place === 'tags' ? doc.tags.join(', ') : doc.summary };
}

/**
 * About 160 characters of `text` around the first match of one of `terms` (as `matchRanges`
 * finds it, on the original text); half as many for text mostly in CJK characters, which take
 * about twice the room, and then with no spaces around the ellipses.
 */
export function excerpt(text: string, terms: string[], width = 160): string {
  return excerptAround(text, matchRanges(text, terms, 1)[0]?.[0] ?? 0, width);
}

function excerptAround(text: string, at: number, width = 160): string {
  const wide = text.length > width / 2 && wideCount(text) * 2 > text.length;
  if (wide) width /= 2;
  if (text.length <= width) return text;
  const start = Math.max(0, Math.min(at - Math.floor(width / 3), text.length - width));
  // Cut after a space before the match, and at a space after it, when there are some.
  const space = text.indexOf(' ', start);
  const cutStart = start === 0 ? 0 : space >= 0 && space < at ? space + 1 : start;
  const end = Math.min(text.length, cutStart + width);
  const lastSpace = text.lastIndexOf(' ', end);
  const cutEnd = end === text.length ? end : lastSpace > Math.max(cutStart, at) ? lastSpace : end;
  const gap = wide ? '' : ' ';
  return `${cutStart > 0 ? `…${gap}` : ''}${text.slice(cutStart, cutEnd)}${cutEnd < text.length ? `${gap}…` : ''}`;
}
