// The library's language filter: all languages (the interface language's modules first), or
// one. Shown only when the library holds modules in more than one language.

import { currentLocale, t } from '../../i18n/i18n.ts';
import { isLocale, LOCALE_NAMES } from '../../i18n/locales.ts';

/** A language's name as its own speakers write it where we know it, else in the interface language. */
export function languageName(language: string): string {
  if (isLocale(language)) return LOCALE_NAMES[language];
  try {
    return new Intl.DisplayNames([currentLocale()], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}

/** The language filter. `counts` lists the library's languages, most modules first. */
export function LanguageFilter({ value, counts, onChange }: { value: string | undefined; counts: Array<{ language: string; count: number }>; onChange: (next: string | undefined) => void }) {
  if (counts.length < 2) return null;
  return (
    <label class="language-filter">
      <span>{t('languages.label')}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.currentTarget.value || undefined)}>
        <option value="">{t('languages.all')}</option>
        {counts.map(({ language, count }) => (
          <option key={language} value={language} lang={language}>
            {t('languages.option', { language: languageName(language), count })}
          </option>
        ))}
      </select>
    </label>
  );
}
