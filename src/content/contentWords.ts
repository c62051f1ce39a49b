// Content errors worded in English, for the build and `npm run modules:check` (Node only). The
// sentences are the English catalog's own (src/i18n/messages/en/content.json), compiled here
// with Lingui, so the command line and the app's English never drift apart; the browser's
// i18n runtime is not involved.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { I18n } from '@lingui/core';
import { setupI18n } from '@lingui/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { ContentError } from './contentError.ts';

/** The English catalog of the `content` area. */
export const ENGLISH_CONTENT_CATALOG = join(dirname(fileURLToPath(import.meta.url)), '..', 'i18n', 'messages', 'en', 'content.json');

let english: I18n | undefined;

function englishWords(): I18n {
  if (english) return english;
  const messages = JSON.parse(readFileSync(ENGLISH_CONTENT_CATALOG, 'utf8')) as Record<string, string>;
  const compiled = Object.fromEntries(Object.entries(messages).map(([code, text]) => [code, compileMessage(text)]));
  english = setupI18n({ locale: 'en', messages: { en: compiled as never } });
  return english;
}

/** What is wrong, in English: `missing field 'title'`. */
export function describeContentError(error: ContentError): string {
  return englishWords()._(error.code, error.params);
}

/** An error as `file:line: what is wrong`, in English. */
export function formatContentError(error: ContentError): string {
  return `${error.file}:${error.line}: ${describeContentError(error)}`;
}
