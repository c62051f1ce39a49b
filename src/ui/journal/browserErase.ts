// What "delete all my data" touches in this browser: IndexedDB, web storage and Cache Storage.
// The service worker's precache holds only the app's own files (no one's data), so it is kept:
// the app still opens offline after the deletion.

import type { EraseEnv } from '../../storage/journalRepo.ts';

/**
 * The prefix of a session document's database (see sessionStoreName in src/sync). Written out
 * here so that the settings screen need not load the sync code; a test keeps the two equal.
 */
export const SESSION_DB_PREFIX = 'roundtable-session-';

/** Whether a cache holds only the app's own files: Workbox's precache. */
export function isAppCache(name: string): boolean {
  return name.startsWith('workbox-precache');
}

/** The browser's storage, for `deleteAllMyData`. */
export function browserEraseEnv(): EraseEnv {
  const storages: Storage[] = [];
  // Reading localStorage throws where the browser blocks storage; then there is nothing to clear.
  try {
    storages.push(localStorage, sessionStorage);
  } catch {
    /* nothing to clear */
  }
  return {
    indexedDB,
    sessionDatabase: (roomId) => SESSION_DB_PREFIX + roomId,
    sessionDatabasePrefix: SESSION_DB_PREFIX,
    storages,
    caches: 'caches' in globalThis ? caches : undefined,
    keepCache: isAppCache,
  };
}
