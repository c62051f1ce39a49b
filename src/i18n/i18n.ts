// The interface's words: the active language, its loaded catalog parts, and `t()`, which words a
// message id with its values. Components that call `t()` draw again when the language changes or
// a part arrives (it reads a signal). Only the active language's catalog is ever loaded.

import { setupI18n } from '@lingui/core';
import { signal } from '@preact/signals';
import type { CatalogPart } from './areas.ts';
import type { MessageId } from './keys.ts';
import type { Locale } from './locales.ts';

type Messages = Record<string, unknown>;

// Explicit imports, so that the bundler makes one chunk per language and part.
const LOADERS: Record<Locale, Record<CatalogPart, () => Promise<{ messages: Messages }>>> = {
  en: { start: () => import('virtual:catalog/en-start'), later: () => import('virtual:catalog/en-later') },
  fr: { start: () => import('virtual:catalog/fr-start'), later: () => import('virtual:catalog/fr-later') },
  ja: { start: () => import('virtual:catalog/ja-start'), later: () => import('virtual:catalog/ja-later') },
};

const i18n = setupI18n({ locale: 'en', messages: { en: {} } });
const loading = new Map<string, Promise<void>>();
// Bumped whenever the words change: reading it subscribes a drawing component.
const revision = signal(0);
const active = signal<Locale>('en');

/** The values a message takes: numbers, strings, dates (already worded), in a plain object. */
export type MessageValues = Record<string, string | number>;

/** The active interface language. */
export function currentLocale(): Locale {
  return active.value;
}

/** Loads one part of a language's catalog (once; later calls share the first load). */
export function loadPart(locale: Locale, part: CatalogPart): Promise<void> {
  const key = `${locale}/${part}`;
  let load = loading.get(key);
  if (!load) {
    load = LOADERS[locale][part]().then(
      ({ messages }) => {
        i18n.load(locale, messages as never);
        revision.value++;
      },
      (error: unknown) => {
        loading.delete(key);
        throw error;
      },
    );
    loading.set(key, load);
  }
  return load;
}

/** The later part of the active language: screens other than the start screen wait for it with their code. */
export function loadLaterPart(): Promise<void> {
  return loadPart(active.value, 'later');
}

/**
 * Makes `locale` the interface language once its start part is loaded (and its later part, if
 * the previous language had it), and sets `<html lang>` to match.
 */
export async function activate(locale: Locale, doc: Pick<Document, 'documentElement'> | undefined = globalThis.document): Promise<void> {
  const hadLater = loading.has(`${active.value}/later`);
  await Promise.all([loadPart(locale, 'start'), hadLater ? loadPart(locale, 'later') : undefined]);
  i18n.activate(locale);
  active.value = locale;
  revision.value++;
  if (doc) doc.documentElement.lang = locale;
}

// Worded messages, kept until the words change: a list of a thousand cards asks for the same
// few dozen, and wording one (plurals, numbers) costs far more than looking it up.
const worded = new Map<string, string>();
let wordedRevision = -1;

/** Words a message in the active language. A missing id (a part not loaded yet) shows as the id. */
export function t(id: MessageId, values?: MessageValues): string {
  const current = revision.value;
  if (current !== wordedRevision || worded.size > 5000) {
    worded.clear();
    wordedRevision = current;
  }
  const key = values ? `${id}\u0000${JSON.stringify(values)}` : id;
  let text = worded.get(key);
  if (text === undefined) {
    text = i18n._(id, values);
    worded.set(key, text);
  }
  return text;
}

/** `code` loaded together with the later part of the catalog, for code that words later messages. */
export function withLaterWords<T>(code: Promise<T>): Promise<T> {
  return Promise.all([code, loadLaterPart()]).then(([loaded]) => loaded);
}
