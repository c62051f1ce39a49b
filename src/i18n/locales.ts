// The interface languages Roundtable speaks, and how a device's language is chosen: the one the
// person picked in Settings, else the first of the browser's languages whose primary subtag we have.

/** Every interface language, English first (the fallback). */
export const LOCALES = ['en', 'fr', 'ja'] as const;

/** An interface language. */
export type Locale = (typeof LOCALES)[number];

/** Each language's own name, as its speakers write it (the language switch lists them so). */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français', ja: '日本語' };

/** Whether a value names one of our languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first of `known` a device should use: its stored choice if known, else the first preferred
 * language whose primary subtag is known (fr-CA → fr), else `known[0]`. Self-contained, because
 * the build also writes its source into the script that preloads the catalog before the app runs.
 */
export function pickFrom(known: readonly string[], preferred: readonly string[], stored?: string | null): string {
  if (stored && known.includes(stored)) return stored;
  for (const tag of preferred) {
    const primary = String(tag).split('-')[0]!.toLowerCase();
    if (known.includes(primary)) return primary;
  }
  return known[0]!;
}

/** The language for a device: its stored choice if valid, else the first preferred language we have, else English. */
export function pickLocale(preferred: readonly string[], stored?: string | null): Locale {
  return pickFrom(LOCALES, preferred, stored) as Locale;
}
