// The page markers of a module file (`Question:`, `Exercise:`, `Time:`) in each language that
// has its own. English markers are read in every module; a module also takes the markers of its
// own language (by its primary subtag: `fr-CA` reads French ones). writeModule writes the
// markers of the module's language.

/** What a marker line is: a question, an exercise or the page's time. */
export type MarkerKind = 'question' | 'exercise' | 'time';

/** The languages with markers of their own, besides English. */
export type MarkerLanguage = 'en' | 'fr' | 'ja';

interface Markers {
  /** The words that open a marker line, by kind; the first of each is the one written. */
  words: Record<MarkerKind, readonly string[]>;
  /** What may stand between the word and the colon, and the colons themselves. */
  colon: RegExp;
  /** How the marker is written: the word and its colon, and the time's unit. */
  written: Record<MarkerKind, string>;
  minutes: (count: number) => string;
}

const MARKERS: Record<MarkerLanguage, Markers> = {
  en: {
    words: { question: ['Question'], exercise: ['Exercise'], time: ['Time'] },
    colon: /^:/,
    written: { question: 'Question:', exercise: 'Exercise:', time: 'Time:' },
    minutes: (count) => `${count} min`,
  },
  fr: {
    // French sets a no-break space before the colon; a plain space, a narrow one or none are read too.
    words: { question: ['Question'], exercise: ['Exercice'], time: ['Durée', 'Temps'] },
    colon: /^[ \u00a0\u202f]?:/,
    written: { question: 'Question\u00a0:', exercise: 'Exercice\u00a0:', time: 'Durée\u00a0:' },
    minutes: (count) => `${count} min`,
  },
  ja: {
    // Full-width colon as written, an ASCII one read too.
    words: { question: ['質問', '問い'], exercise: ['エクササイズ', '演習'], time: ['所要時間', '時間'] },
    colon: /^[：:]/,
    written: { question: '質問：', exercise: 'エクササイズ：', time: '時間：' },
    minutes: (count) => `${count}分`,
  },
};

const LANGUAGES = Object.keys(MARKERS) as MarkerLanguage[];

/** The marker language of a module's `lang`: its own if it has markers, else English. */
export function markerLanguage(lang: string): MarkerLanguage {
  const primary = lang.split('-')[0]?.toLowerCase() ?? '';
  return (LANGUAGES as string[]).includes(primary) ? (primary as MarkerLanguage) : 'en';
}

/** A marker found at the start of a line: its kind, its language, and the text after its colon. */
export interface FoundMarker {
  kind: MarkerKind;
  language: MarkerLanguage;
  rest: string;
}

/**
 * The marker a (trimmed) line opens with, among those of `languages`; undefined when it opens with
 * none. Question and exercise words match as written; a time word in any letter case, as
 * `Time:` always has.
 */
export function findMarker(line: string, languages: readonly MarkerLanguage[]): FoundMarker | undefined {
  for (const language of languages) {
    const markers = MARKERS[language];
    for (const kind of ['question', 'exercise', 'time'] as const) {
      for (const word of markers.words[kind]) {
        const head = line.slice(0, word.length);
        const same = kind === 'time' ? head.toLowerCase() === word.toLowerCase() : head === word;
        if (!same) continue;
        const colon = markers.colon.exec(line.slice(word.length));
        if (colon) return { kind, language, rest: line.slice(word.length + colon[0].length).trim() };
      }
    }
  }
  return undefined;
}

/** The languages whose markers a module in `lang` reads: English, and its own. Every language when `lang` is unknown. */
export function markerLanguages(lang: string | undefined): MarkerLanguage[] {
  if (lang === undefined) return LANGUAGES;
  const own = markerLanguage(lang);
  return own === 'en' ? ['en'] : ['en', own];
}

const FULL_WIDTH_DIGIT = /[０-９]/g;

/** The minutes of a time marker's text (`8 min`, `8 minutes`, `8分`), or undefined if it is not written so. */
export function readMinutes(rest: string): number | undefined {
  const digits = rest.replace(FULL_WIDTH_DIGIT, (digit) => String(digit.charCodeAt(0) - 0xff10));
  const match = /^(\d{1,2})\s*(?:min|mins|minutes|分)$/i.exec(digits.trim());
  return match ? Number(match[1]) : undefined;
}

/** How a marker of `kind` is written in `language`, with its colon: `Question:`, `Question\u00a0:`, `質問：`. */
export function writtenMarker(kind: MarkerKind, language: MarkerLanguage): string {
  return MARKERS[language].written[kind];
}

/** A question or exercise line, in the markers of `language`. */
export function promptLine(kind: 'question' | 'exercise', text: string, language: MarkerLanguage): string {
  const marker = writtenMarker(kind, language);
  // English and French leave a space after the colon; a full-width colon needs none.
  return language === 'ja' ? `${marker}${text}` : `${marker} ${text}`;
}

/** A time line, in the markers of `language`: `Time: 8 min`, `Durée\u00a0: 8 min`, `時間：8分`. */
export function timeLine(minutes: number, language: MarkerLanguage): string {
  const marker = writtenMarker('time', language);
  const amount = MARKERS[language].minutes(minutes);
  return language === 'ja' ? `${marker}${amount}` : `${marker} ${amount}`;
}
