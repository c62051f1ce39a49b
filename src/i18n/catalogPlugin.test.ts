// The script that preloads the start catalog picks the language the app will, before the app runs.

import { describe, expect, it } from 'vitest';
import { preloadScript } from './catalogPlugin.ts';
import { pickLocale } from './locales.ts';

const chunks = { en: '/assets/en-start.js', fr: '/assets/fr-start.js', ja: '/assets/ja-start.js' };

function run(languages: string[], stored: string | null) {
  const links: Array<{ rel: string; href: string; crossOrigin: string | null }> = [];
  const documentElement = { lang: 'en' };
  const fakeDocument = { documentElement, createElement: () => ({ rel: '', href: '', crossOrigin: null }), head: { appendChild: (link: (typeof links)[number]) => links.push(link) } };
  const storage = { getItem: (key: string) => (key === 'roundtable:locale' ? stored : null) };
  new Function('document', 'navigator', 'localStorage', preloadScript(chunks))(fakeDocument, { languages, language: languages[0] }, storage);
  return { links, lang: documentElement.lang };
}

describe('the catalog preload script', () => {
  it('preloads the start catalog of the browser’s first language we have, and sets <html lang>', () => {
    expect(run(['de-DE', 'fr-CA', 'en'], null)).toEqual({ links: [{ rel: 'modulepreload', href: '/assets/fr-start.js', crossOrigin: '' }], lang: 'fr' });
  });
  it('follows the stored choice first, and falls back to English', () => {
    expect(run(['fr-FR'], 'ja').lang).toBe('ja');
    expect(run(['de-DE'], 'xx').lang).toBe('en');
  });
  it('agrees with the app’s own choice', () => {
    for (const [languages, stored] of [[['fr-CA'], null], [['ja-JP', 'en'], 'fr'], [['es'], null], [['EN-gb'], null]] as const) {
      expect(run([...languages], stored).lang).toBe(pickLocale(languages, stored));
    }
  });
});
