// t() words a message once per set of values and language, and words it again when the language changes.

import { afterEach, describe, expect, it } from 'vitest';
import { activate, t } from './i18n.ts';

afterEach(() => activate('en'));

describe('t', () => {
  it('gives the same words for the same values, new words for new values, and follows the language', async () => {
    expect(t('app.titledScreenCouldNotOpen', { title: 'A' })).toBe('A: this screen could not open');
    expect(t('app.titledScreenCouldNotOpen', { title: 'B' })).toBe('B: this screen could not open');
    expect(t('app.titledScreenCouldNotOpen', { title: 'A' })).toBe('A: this screen could not open');
    await activate('fr');
    expect(t('app.titledScreenCouldNotOpen', { title: 'A' })).toBe('A\u00a0: cet écran n’a pas pu s’ouvrir');
    expect(t('app.navSettings')).toBe('Réglages');
    await activate('ja');
    expect(t('app.navSettings')).toBe('設定');
  });
});
