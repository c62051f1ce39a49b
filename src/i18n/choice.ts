// The language this device chose in Settings, kept in localStorage so that it is known before
// the first paint (IndexedDB opens later). Where storage is blocked, the choice lasts the visit.

import type { Locale } from './locales.ts';
import { isLocale } from './locales.ts';

/** The localStorage key of the choice. */
export const LOCALE_KEY = 'roundtable:locale';

/** The stored choice, or null when the device follows the browser's languages. */
export function storedLocale(storage: Pick<Storage, 'getItem'> | undefined = safeStorage()): Locale | null {
  try {
    const value = storage?.getItem(LOCALE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the choice (null: follow the browser again). */
export function storeLocale(locale: Locale | null, storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined = safeStorage()): void {
  try {
    if (locale) storage?.setItem(LOCALE_KEY, locale);
    else storage?.removeItem(LOCALE_KEY);
  } catch {
    // Storage blocked: the choice holds until the page closes.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
