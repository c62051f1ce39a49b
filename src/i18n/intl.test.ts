// Figures and dates follow the active interface language.

import { afterEach, describe, expect, it } from 'vitest';
import { activate } from './i18n.ts';
import { formatBytes, formatDate, formatList } from './intl.ts';

afterEach(() => activate('en'));

describe('Intl in the interface language', () => {
  it('writes dates, lists and sizes as each language does', async () => {
    const day = new Date(Date.UTC(2026, 2, 4, 12));
    expect(formatDate(day, { day: 'numeric', month: 'long', timeZone: 'UTC' })).toBe('March 4');
    expect(formatList(['a', 'b', 'c'])).toBe('a, b, and c');
    expect(formatBytes(512)).toBe('512 bytes');
    await activate('fr');
    expect(formatDate(day, { day: 'numeric', month: 'long', timeZone: 'UTC' })).toBe('4 mars');
    expect(formatList(['a', 'b', 'c'])).toBe('a, b et c');
    expect(formatBytes(1_234_567)).toMatch(/^1,2[\u00a0\u202f]Mo$/);
    await activate('ja');
    expect(formatDate(day, { day: 'numeric', month: 'long', timeZone: 'UTC' })).toBe('3月4日');
    expect(formatList(['a', 'b', 'c'])).toBe('a、b、c');
  });
});
