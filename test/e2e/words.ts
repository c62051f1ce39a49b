// The catalog's words for end-to-end tests in other languages: a test finds a button by the
// words its language's catalog gives it, and checks that no English interface phrase is left.

import { setupI18n } from '@lingui/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { readCatalogs } from '../../src/i18n/catalogFiles.ts';
import type { MessageId } from '../../src/i18n/keys.ts';
import type { Locale } from '../../src/i18n/locales.ts';

const { catalogs } = readCatalogs('src/i18n/messages');

/** Words `id` as the catalog of `locale` writes it. */
export type Words = (id: MessageId, values?: Record<string, string | number>) => string;

/** The catalog's words in `locale`. */
export function wordsOf(locale: Locale): Words {
  const i18n = setupI18n();
  i18n.setMessagesCompiler(compileMessage);
  i18n.load(locale, catalogs[locale]);
  i18n.activate(locale);
  return (id, values) => i18n._(id, values);
}

/**
 * The English interface phrases (messages of two words or more, without placeholders, that
 * `locale` words differently) found in `text`: each is a string the screen forgot to translate.
 */
export function englishLeft(text: string, locale: Locale): string[] {
  const found: string[] = [];
  for (const [id, english] of Object.entries(catalogs.en)) {
    if (english.includes('{') || !/\p{L}+\s+\p{L}+/u.test(english) || catalogs[locale][id] === english) continue;
    if (text.includes(english)) found.push(`${id}: "${english}"`);
  }
  return found;
}
