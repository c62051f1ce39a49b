import { describe, expect, it } from 'vitest';
import { languageCounts, languageFirst, primaryLanguage } from './moduleLanguage.ts';

describe('module languages', () => {
  it('reads a tag’s primary language, English when there is none', () => {
    expect(primaryLanguage('fr-CA')).toBe('fr');
    expect(primaryLanguage('JA')).toBe('ja');
    expect(primaryLanguage(undefined)).toBe('en');
    expect(primaryLanguage('')).toBe('en');
  });
  it('puts one language’s modules first, keeping each side’s order', () => {
    const modules = [{ id: 'a' }, { id: 'b', lang: 'ja' }, { id: 'c', lang: 'fr' }, { id: 'd', lang: 'ja-JP' }, { id: 'e', lang: 'en' }];
    expect(languageFirst(modules, 'ja').map((m) => m.id)).toEqual(['b', 'd', 'a', 'c', 'e']);
    expect(languageFirst(modules, 'en').map((m) => m.id)).toEqual(['a', 'e', 'b', 'c', 'd']);
  });
  it('counts the languages a library holds', () => {
    expect(languageCounts([{}, { lang: 'fr' }, { lang: 'ja' }, { lang: 'fr-CA' }, { lang: 'en' }])).toEqual([
      { language: 'en', count: 2 },
      { language: 'fr', count: 2 },
      { language: 'ja', count: 1 },
    ]);
  });
});
