import { describe, expect, it } from 'vitest';
import { MODULE_FORMAT, canonicalLang, formatNeeded, isMindset, isModuleId, moduleLang } from './module.ts';

describe('module ids and mindsets', () => {
  it('accepts lower-case slugs of 3 to 64 characters', () => {
    expect(isModuleId('leading-change')).toBe(true);
    expect(isModuleId('abc')).toBe(true);
    expect(isModuleId('a'.repeat(64))).toBe(true);
  });

  it('refuses ids with capitals, spaces, double or edge hyphens, or the wrong length', () => {
    for (const id of ['Leading-change', 'leading change', 'a--b', '-abc', 'abc-', 'ab', 'a'.repeat(65), 42]) {
      expect(isModuleId(id)).toBe(false);
    }
  });

  it('knows exactly the five mindsets', () => {
    expect(['reflection', 'analysis', 'worldliness', 'collaboration', 'action'].every(isMindset)).toBe(true);
    expect(isMindset('strategy')).toBe(false);
    expect(isMindset('Reflection')).toBe(false);
  });
});

describe('module languages', () => {
  it('canonicalises well-formed BCP 47 tags', () => {
    expect(canonicalLang('en')).toBe('en');
    expect(canonicalLang('fr-ca')).toBe('fr-CA');
    expect(canonicalLang('JA')).toBe('ja');
    expect(canonicalLang('zh-hant-tw')).toBe('zh-Hant-TW');
  });

  it('refuses what is not one well-formed tag', () => {
    for (const value of ['', ' fr', 'fr_FR', 'français', 'x', 'fr-', 'fr,ja', 7, null, undefined, ['fr'], `en-${'a'.repeat(40)}`]) {
      expect(canonicalLang(value), String(value)).toBeUndefined();
    }
  });

  it('reads a module without a language as English, in format 1; another language needs format 2', () => {
    expect(moduleLang({})).toBe('en');
    expect(moduleLang({ lang: 'ja' })).toBe('ja');
    expect(formatNeeded({})).toBe(1);
    expect(formatNeeded({ lang: 'en' })).toBe(1);
    expect(formatNeeded({ lang: 'fr' })).toBe(2);
    expect(formatNeeded({ lang: 'en-GB' })).toBe(2);
    expect(MODULE_FORMAT).toBe(2);
  });
});
