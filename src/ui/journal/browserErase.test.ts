import { describe, expect, it } from 'vitest';
import { sessionStoreName } from '../../sync/sessionConnection.ts';
import { SESSION_DB_PREFIX, browserEraseEnv, isAppCache } from './browserErase.ts';

describe('browserEraseEnv', () => {
  it('names session databases exactly as the sync code does', () => {
    const env = browserEraseEnv();
    expect(env.sessionDatabase('abc123')).toBe(sessionStoreName('abc123'));
    expect(sessionStoreName('xyz').startsWith(SESSION_DB_PREFIX)).toBe(true);
  });

  it('clears both web storages', () => {
    localStorage.setItem('a', '1');
    sessionStorage.setItem('b', '2');
    for (const storage of browserEraseEnv().storages) storage.clear();
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });

  it('keeps only the precache of the app’s own files', () => {
    expect(isAppCache('workbox-precache-v2-http://127.0.0.1:4173/')).toBe(true);
    expect(isAppCache('user-uploads')).toBe(false);
    expect(isAppCache('workbox-runtime')).toBe(false);
  });
});
