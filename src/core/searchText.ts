// Text as search sees it, in any language: how it is normalised, where its words are, and
// where a query matches in it (as positions in the original text, for highlighting).
//
// - Normalising: NFKC first, so that half-width kana (ｶﾞｲﾄﾞ) and full-width Latin (ＡＢＣ) read
//   as ガイド and abc; then lower case; then accents are dropped from Latin letters only, so that
//   « ete » finds « été » but ガイド never becomes カイト (the dakuten is a mark too); œ, æ and ß
//   are spelled oe, ae and ss.
// - Words: outside the CJK scripts, a word is a run of letters, digits and marks, as before.
//   Han, Hiragana, Katakana and Hangul are written without spaces between words (Korean has
//   spaces, but particles stick to words), so a run of them is one "CJK segment", and a query's
//   CJK segment matches anywhere inside one, as a substring, from one character up.
//
// This code is in the start screen's bundle: it is kept short.

/** The CJK scripts, with ー and the combining (han)dakuten, for a character class. */
const CJK = '\\p{sc=Han}\\p{sc=Hira}\\p{sc=Kana}\\p{sc=Hang}ー\\u3099\\u309a';
/** A CJK segment (group 1), or a word of another script; punctuation, symbols, spaces and controls separate. */
const SEGMENT = new RegExp(`([${CJK}]+)|[^\\p{P}\\p{S}\\p{Z}\\p{C}${CJK}]+`, 'gu');
const CJK_START = new RegExp(`^[${CJK}]`, 'u');
const WIDE = new RegExp(`[${CJK}]`, 'gu');
/** Two characters between which a CJK word likely starts: after a non-CJK one, or after Hiragana. */
const WORD_START = new RegExp(`^(?:[^${CJK}]|\\p{sc=Hira}[^\\p{sc=Hira}])`, 'u');
const SPELLED: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Text as the index reads it: NFKC, lower case, accents dropped from Latin letters only. */
export function normalise(text: string): string {
  const lower = text.normalize('NFKC').toLowerCase();
  return /[^\0-\x7f]/.test(lower)
    ? lower.replace(/[\xaa-\u02af\u1d00-\u1eff\ua720-\ua7ff]\p{M}*|[a-z]\p{M}+/gu, (letter) => {
        const bare = letter.normalize('NFD').replace(/\p{M}/gu, '');
        return SPELLED[bare] ?? bare;
      })
    : lower;
}

/**
 * A new pattern of the words and CJK segments of normalised text (group 1 is set for a CJK
 * segment), for a loop of `exec` calls: run to the end, they leave it ready for the next text.
 */
export const segmentPattern = () => new RegExp(SEGMENT);

/** Normalises text and splits it into the terms of a query: words, and whole CJK segments (matched as substrings). */
export const tokenize = (text: string): string[] => normalise(text).match(SEGMENT) ?? [];

/** Whether a term is CJK, matched as a substring rather than as a word or its start. */
export const isCjk = (term: string) => CJK_START.test(term);

/** How many CJK characters text has: they take about twice the width of Latin ones. */
export const wideCount = (text: string) => text.match(WIDE)?.length ?? 0;

/**
 * Whether a CJK word likely starts at `at` in normalised text: at a segment's start, or where
 * Hiragana gives way to another script (変化 in 望まない変化を). Hiragana after Han is most
 * often a word's ending (okurigana, particles).
 */
export const startsCjkWord = (text: string, at: number) => at === 0 || WORD_START.test(text.slice(at - 1, at + 1));

const clusters = new Map<string, string>();

/**
 * Where the query `terms` (from `tokenize`) match in `text`, as [start, end) ranges of the
 * original text, in order, overlaps merged. A word that starts with a word term is matched
 * whole; a CJK term wherever it occurs. At most `limit` ranges.
 */
export function matchRanges(text: string, terms: readonly string[], limit = Infinity): [number, number][] {
  const found: [number, number][] = [];
  if (terms.length === 0) return found;
  // Normalised character by character (with the marks that NFKC may merge into it, as in ｶﾞ),
  // keeping where each normalised unit comes from; ASCII only changes case.
  let normalised = text.toLowerCase();
  const from: number[] = [];
  const to: number[] = [];
  if (/[^\0-\x7f]/.test(text)) {
    normalised = '';
    for (const { 0: cluster, index } of text.matchAll(/[^][\p{M}\uff9e\uff9f]*/gu)) {
      let out = clusters.get(cluster);
      // Few distinct characters, cached: highlighting follows each keystroke.
      if (out === undefined) clusters.set(cluster, (out = normalise(cluster)));
      normalised += out;
      for (let k = 0; k < out.length; k++) {
        from.push(index);
        to.push(index + cluster.length);
      }
    }
  }
  const words = terms.filter((term) => !isCjk(term));
  const cjk = terms.filter(isCjk);
  const pattern = segmentPattern();
  for (let match; (match = pattern.exec(normalised)); ) {
    const segment = match[0];
    const at: [number, number][] = [];
    if (match[1]) {
      for (const term of cjk) for (let i = segment.indexOf(term); i >= 0; i = segment.indexOf(term, i + 1)) at.push([i, i + term.length]);
    } else if (words.some((term) => segment.startsWith(term))) at.push([0, segment.length]);
    for (const [start, end] of at.sort((a, b) => a[0] - b[0])) {
      const range: [number, number] = from.length ? [from[match.index + start] as number, to[match.index + end - 1] as number] : [match.index + start, match.index + end];
      const last = found[found.length - 1];
      if (last && range[0] < last[1]) last[1] = Math.max(last[1], range[1]);
      else found.push(range);
    }
    if (found.length > limit) break;
  }
  return found.slice(0, limit);
}
