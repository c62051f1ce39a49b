// Chooses the interface language and starts loading its start catalog as early as the page
// runs: index.html loads this before the app's own code, so the catalog arrives alongside it.

import { storedLocale } from './choice.ts';
import { activate } from './i18n.ts';
import { pickLocale } from './locales.ts';

/** The language this visit opens in. */
export const bootLocale = pickLocale(navigator.languages?.length ? navigator.languages : [navigator.language], storedLocale());

/** Resolves once the start catalog is loaded and active. */
export const wordsReady = activate(bootLocale);
