// The languages modules are written in: a module's primary language, the library's order with
// one language's modules first, and the languages a library holds, for its filter.

/** A module's language for filtering and ordering: the primary subtag of its BCP 47 tag (fr-CA → fr), `en` when it has none. */
export function primaryLanguage(lang: string | undefined): string {
  return (lang?.split('-')[0] ?? '').toLowerCase() || 'en';
}

/** The modules in `language` first, every other module after, each side in its original order. */
export function languageFirst<M extends { lang?: string }>(modules: readonly M[], language: string): M[] {
  const first: M[] = [];
  const rest: M[] = [];
  for (const module of modules) (primaryLanguage(module.lang) === language ? first : rest).push(module);
  return [...first, ...rest];
}

/** How many modules the library holds in each language, most first (ties by code). */
export function languageCounts(modules: readonly { lang?: string }[]): Array<{ language: string; count: number }> {
  const counts = new Map<string, number>();
  for (const module of modules) {
    const language = primaryLanguage(module.lang);
    counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  return [...counts].map(([language, count]) => ({ language, count })).sort((a, b) => b.count - a.count || a.language.localeCompare(b.language));
}
