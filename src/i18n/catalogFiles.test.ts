// The catalogs as shipped are complete and valid; the check itself catches what it must.

import { describe, expect, it } from 'vitest';
import { checkCatalogs, readCatalogs } from './catalogFiles.ts';

describe('the message catalogs', () => {
  it('read without errors, and every language has exactly English ids with the same placeholders', () => {
    const { catalogs, errors } = readCatalogs('src/i18n/messages');
    expect(errors).toEqual([]);
    expect(checkCatalogs(catalogs).errors).toEqual([]);
  });

  it('reports a missing id, an extra id, a changed placeholder and broken ICU', () => {
    const { errors } = checkCatalogs({
      en: { 'library.count': '{count, plural, one {# module} other {# modules}}', 'library.title': 'Library', 'library.hello': 'Hello {name}' },
      fr: { 'library.count': '{count, plural, one {# module} other {# modules}}', 'library.extra': 'En trop', 'library.hello': 'Bonjour {nom}' },
      ja: { 'library.count': '{count, plural, other {#件}', 'library.title': 'ライブラリ', 'library.hello': 'こんにちは、{name}さん' },
    });
    expect(errors).toContain('fr: "library.title" is missing');
    expect(errors).toContain('fr: "library.extra" is not in English');
    expect(errors).toContain('fr: "library.hello" uses {nom} where English uses {name}');
    expect(errors.some((error) => error.startsWith('ja: "library.count" is not valid ICU MessageFormat'))).toBe(true);
  });
});
