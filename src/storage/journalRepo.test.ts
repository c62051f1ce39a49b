import { afterEach, describe, expect, it, vi } from 'vitest';
import { commitment, sampleJournal, shared, takeaway } from '../core/journal/testJournal.ts';
import type { RoundtableDb } from './db.ts';
import { createDb } from './db.ts';
import type { EraseEnv } from './journalRepo.ts';
import { NoSuchCommitmentError, StorageFullError, createJournalRepo, isQuotaError } from './journalRepo.ts';

let dbCount = 0;
const opened: RoundtableDb[] = [];

function freshDb(): RoundtableDb {
  const db = createDb(`journal-repo-test-${++dbCount}-${Date.now()}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) await db.delete();
});

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Stores the sample journal, sessions with their secrets. */
async function seed(db: RoundtableDb) {
  const data = sampleJournal();
  await db.sessions.bulkPut(data.sessions.map((s) => ({ ...s, secret: `secret-of-${s.roomId}`, role: 'participant' as const, creator: false })));
  await db.takeaways.bulkPut(data.takeaways);
  await db.commitments.bulkPut(data.commitments);
  await db.sharedTakeaways.bulkPut(data.sharedTakeaways);
  return data;
}

describe('journal repo: takeaways and commitments', () => {
  it('saves a takeaway on every call, the last text winning, and lists a room’s in writing order', async () => {
    const db = freshDb();
    const repo = createJournalRepo(db);
    for (const text of ['A', 'As', 'Ask']) await repo.saveTakeaway(takeaway('t1', { text }));
    await repo.saveTakeaway(takeaway('t0', { text: 'Earlier', createdAt: 1 }));
    await repo.saveTakeaway(takeaway('other', { roomId: 'room-feb' }));
    expect((await repo.listTakeaways('room-jan')).map((t) => [t.id, t.text])).toEqual([
      ['t0', 'Earlier'],
      ['t1', 'Ask'],
    ]);
    await repo.deleteTakeaway('t0');
    expect((await repo.listTakeaways('room-jan')).map((t) => t.id)).toEqual(['t1']);
  });

  it('lists commitments, all, of a group, or of a room', async () => {
    const db = freshDb();
    const repo = createJournalRepo(db);
    await seed(db);
    expect((await repo.listCommitments()).map((c) => c.id).sort()).toEqual(['c1', 'c2', 'c3']);
    expect((await repo.listCommitments({ groupId: 'g-blue' })).map((c) => c.id)).toEqual(['c1', 'c2']);
    expect((await repo.listCommitments({ roomId: 'room-green' })).map((c) => c.id)).toEqual(['c3']);
    await repo.saveCommitment(commitment('c4', { groupId: 'g-green', roomId: 'room-green', createdAt: 0 }));
    expect((await repo.listCommitments({ groupId: 'g-green' })).map((c) => c.id)).toEqual(['c4', 'c3']);
  });

  it('updates a commitment’s status and note at a given time', async () => {
    const db = freshDb();
    const repo = createJournalRepo(db);
    await seed(db);
    const updated = await repo.updateCommitmentStatus('c1', 'partly', 'Two of four weeks', 9999);
    expect(updated).toMatchObject({ id: 'c1', status: 'partly', note: 'Two of four weeks', updatedAt: 9999, statusShared: false });
    expect(await db.commitments.get('c1')).toEqual(updated);
    await repo.updateCommitmentStatus('c1', 'done', '', 10_000, true);
    expect(await db.commitments.get('c1')).toMatchObject({ status: 'done', statusShared: true });
    await expect(repo.updateCommitmentStatus('nope', 'done', '', 1)).rejects.toThrow('There is no commitment nope on this device.');
    await expect(repo.updateCommitmentNote('nope', '', 1)).rejects.toEqual(new NoSuchCommitmentError('nope'));
    await expect(repo.updateCommitmentNote('nope', '', 1)).rejects.toMatchObject({ id: 'nope' });
  });

  it('keeps a room’s shared takeaways: a stale copy that lacks one takes nothing away, a withdrawal does', async () => {
    const db = freshDb();
    const repo = createJournalRepo(db);
    await repo.saveSharedTakeaways('room-jan', [shared('a'), shared('b')]);
    await repo.saveSharedTakeaways('room-feb', [shared('c', { roomId: 'room-feb' })]);
    // A copy of the session that lacks 'a' (it never received it, say): 'a' stays.
    await repo.saveSharedTakeaways('room-jan', [shared('b', { text: 'edited' }), shared('d')]);
    const ids = async () => (await db.sharedTakeaways.toArray()).map((s) => s.id).sort();
    expect(await ids()).toEqual(['a', 'b', 'c', 'd']);
    expect((await db.sharedTakeaways.get('b'))?.text).toBe('edited');
    // Withdrawn in the session: it goes, and a copy that still holds it does not bring it back.
    await repo.saveSharedTakeaways('room-jan', [shared('a'), shared('d')], new Set(['a', 'c']));
    expect(await ids()).toEqual(['b', 'c', 'd']);
  });
});

describe('journal repo: reading and export', () => {
  it('loads the whole journal, sessions without their secret', async () => {
    const db = freshDb();
    const repo = createJournalRepo(db);
    const data = await seed(db);
    const loaded = await repo.loadJournal();
    const byId = <T>(list: T[], key: (t: T) => string) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
    expect(byId(loaded.sessions, (s) => s.roomId)).toEqual(byId(data.sessions, (s) => s.roomId));
    expect(JSON.stringify(loaded)).not.toContain('secret-of');
    expect(byId(loaded.takeaways, (t) => t.id)).toEqual(byId(data.takeaways, (t) => t.id));
    expect(loaded.commitments).toHaveLength(3);
    expect(loaded.sharedTakeaways).toHaveLength(3);
  });

  it('reports a stored record it cannot read, by kind, key and field, shows the rest, and leaves it in storage', async () => {
    const db = freshDb();
    const repo = createJournalRepo(db);
    await seed(db);
    // As a faulty version or a hand edit might leave them.
    await db.sessions.update('room-feb', { joinedAt: 1e20 });
    const badTakeaway = { ...takeaway('t-bad', { text: 'x'.repeat(2001) }), createdAt: Number.NaN };
    await db.takeaways.put(badTakeaway);
    await db.commitments.put({ ...commitment('c-bad'), status: 'finished' } as never);

    const { data, problems } = await repo.readJournal();
    const reasons = problems.map((p) => ({ kind: p.kind, id: p.id, reasons: p.problems.map((f) => [f.field, f.reason]) }));
    expect(reasons).toEqual([
      { kind: 'sessions', id: 'room-feb', reasons: [['joinedAt', { code: 'notTime', found: '100000000000000000000' }]] },
      { kind: 'takeaways', id: 't-bad', reasons: [['text', { code: 'tooLong', max: 2000, found: 2001 }], ['createdAt', { code: 'notTime', found: 'NaN' }]] },
      { kind: 'commitments', id: 'c-bad', reasons: [['status', { code: 'notStatus', allowed: ['open', 'done', 'partly', 'notYet', 'dropped'], found: '"finished"' }]] },
    ]);
    expect(data.sessions.map((s) => s.roomId).sort()).toEqual(['room-green', 'room-jan']);
    expect(data.takeaways).toHaveLength(4);
    expect(data.commitments).toHaveLength(3);
    // Nothing was changed in storage.
    expect((await db.sessions.get('room-feb'))!.joinedAt).toBe(1e20);
    expect(await db.takeaways.get('t-bad')).toEqual(badTakeaway);
    expect(await db.commitments.count()).toBe(4);
    // The session's own lists leave them out too.
    expect((await repo.listTakeaways('room-jan')).map((t) => t.id)).not.toContain('t-bad');
    expect((await repo.listCommitments()).map((c) => c.id)).not.toContain('c-bad');
  });

  it('exports a versioned file', async () => {
    const db = freshDb();
    const repo = createJournalRepo(db);
    await seed(db);
    const file = await repo.exportJournal(Date.UTC(2026, 0, 2));
    expect(file).toMatchObject({ format: 'roundtable-journal', version: 1, exportedAt: '2026-01-02T00:00:00.000Z' });
    expect(file.takeaways).toHaveLength(4);
    expect(JSON.stringify(file)).not.toContain('secret-of');
  });
});

describe('journal repo: import', () => {
  it('imports into an empty device, then again without duplicates', async () => {
    const db = freshDb();
    const repo = createJournalRepo(db);
    const first = await repo.importJournal(sampleJournal());
    expect(first).toEqual({ added: 13, updated: 0, unchanged: 0 });
    const second = await repo.importJournal(sampleJournal());
    expect(second).toEqual({ added: 0, updated: 0, unchanged: 13 });
    expect(await db.takeaways.count()).toBe(4);
    expect(await db.sessions.count()).toBe(3);
    // An imported session this device never had has no secret: it cannot be rejoined from here.
    expect((await db.sessions.get('room-jan'))?.secret).toBe('');
  });

  it('keeps the secret of a session this device knows while taking newer journal fields', async () => {
    const db = freshDb();
    const repo = createJournalRepo(db);
    await seed(db);
    const incoming = sampleJournal();
    incoming.sessions[0] = { ...incoming.sessions[0]!, pagesCovered: [0, 1, 2, 3, 4, 5, 6], lastOpenedAt: incoming.sessions[0]!.lastOpenedAt + 1 };
    await repo.importJournal(incoming);
    expect(await db.sessions.get('room-jan')).toMatchObject({ secret: 'secret-of-room-jan', pagesCovered: [0, 1, 2, 3, 4, 5, 6] });
  });

  it('writes nothing when any part of the import fails', async () => {
    const db = freshDb();
    const repo = createJournalRepo(db);
    await db.takeaways.put(takeaway('mine', { text: 'Kept' }));
    vi.spyOn(db.commitments, 'bulkPut').mockRejectedValue(quotaError());
    const attempt = repo.importJournal(sampleJournal());
    await expect(attempt).rejects.toBeInstanceOf(StorageFullError);
    await expect(attempt).rejects.toMatchObject({ unsaved: 'import' });
    await expect(attempt).rejects.toThrow('Storage is full: the import was not saved; nothing was changed.');
    vi.restoreAllMocks();
    expect(await db.sessions.count()).toBe(0);
    expect((await db.takeaways.toArray()).map((t) => t.text)).toEqual(['Kept']);
  });
});

describe('journal repo: full storage', () => {
  it('tells that a takeaway was not saved, and keeps what was saved before', async () => {
    const db = freshDb();
    const repo = createJournalRepo(db);
    await repo.saveTakeaway(takeaway('t1', { text: 'Saved before' }));
    vi.spyOn(db.takeaways, 'put').mockRejectedValue(quotaError());
    const attempt = repo.saveTakeaway(takeaway('t1', { text: 'Saved before, and more' }));
    await expect(attempt).rejects.toThrow('Storage is full: this takeaway was not saved; what was saved before is kept.');
    await expect(attempt).rejects.toMatchObject({ unsaved: 'takeaway' });
    vi.restoreAllMocks();
    expect((await db.takeaways.get('t1'))?.text).toBe('Saved before');
  });

  it('says the same for commitments and statuses; other errors pass unchanged', async () => {
    const db = freshDb();
    const repo = createJournalRepo(db);
    await seed(db);
    const put = vi.spyOn(db.commitments, 'put').mockRejectedValue(quotaError());
    await expect(repo.saveCommitment(commitment('c9'))).rejects.toThrow('Storage is full: this commitment was not saved');
    await expect(repo.updateCommitmentStatus('c1', 'done', 'yes', 5)).rejects.toThrow('Storage is full: this status was not saved; the commitment keeps its earlier status.');
    put.mockRejectedValue(new Error('something else'));
    await expect(repo.saveCommitment(commitment('c9'))).rejects.toThrow('something else');
    vi.restoreAllMocks();
    expect((await db.commitments.get('c1'))?.status).toBe('open');
  });

  it('recognises quota errors wrapped by Dexie or in a bulk failure', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quotaError() })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [new Error('x'), quotaError()] })).toBe(true);
    expect(isQuotaError(new Error('nope'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });
});

describe('journal repo: delete all my data', () => {
  function fakeEnv(cacheNames: string[]) {
    const cleared: string[] = [];
    const caches = new Set(cacheNames);
    const env: EraseEnv = {
      indexedDB,
      sessionDatabase: (roomId) => `roundtable-session-${roomId}`,
      sessionDatabasePrefix: 'roundtable-session-',
      storages: [{ clear: () => cleared.push('local') }, { clear: () => cleared.push('session') }],
      caches: { keys: async () => [...caches], delete: async (name: string) => caches.delete(name) } as unknown as CacheStorage,
      keepCache: (name) => name.startsWith('workbox-precache'),
    };
    return { env, cleared, caches };
  }

  function makeIdb(name: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onupgradeneeded = () => open.result.createObjectStore('updates');
      open.onsuccess = () => (open.result.close(), resolve());
      open.onerror = () => reject(open.error);
    });
  }

  async function idbNames(): Promise<string[]> {
    return (await indexedDB.databases()).map((d) => d.name ?? '');
  }

  it('clears every table of the person’s data, keeps the bundled library, and deletes session databases, storage and caches', async () => {
    const db = freshDb();
    const repo = createJournalRepo(db);
    await seed(db);
    const base = { title: 'T', mindset: 'action' as const, summary: 's', author: 'a', minutes: 30, version: 1, tags: [], pageCount: 1 };
    await db.modules.bulkPut([{ id: 'bundled-one', source: 'bundled', ...base }]);
    await db.moduleBodies.bulkPut([{ id: 'bundled-one', format: 1, intro: [], pages: [] }]);
    await db.meta.bulkPut([{ key: 'contentVersion', value: 'v1' }, { key: 'deviceId', value: 'dev' }, { key: 'displayName', value: 'Ana' }, { key: 'transport', value: {} }]);
    // The programs' record shapes belong to that feature: any record shows whether the table is cleared.
    await db.table('programs').put({ id: 'p', name: 'Program' });
    await db.table('people').put({ id: 'x', programId: 'p', name: 'Bo', email: 'bo@example.org' });
    await makeIdb('roundtable-session-room-jan');
    await makeIdb('roundtable-session-forgotten');
    await makeIdb('unrelated-db');
    const { env, cleared, caches } = fakeEnv(['workbox-precache-v2-http://x/', 'runtime-user-files']);

    const report = await repo.deleteAllMyData(env);

    for (const table of db.tables) {
      if (table.name === 'modules' || table.name === 'moduleBodies' || table.name === 'meta') continue;
      expect(await table.count(), table.name).toBe(0);
    }
    expect(await db.modules.toCollection().primaryKeys()).toEqual(['bundled-one']);
    expect(await db.moduleBodies.count()).toBe(1);
    expect(await db.meta.toArray()).toEqual([{ key: 'contentVersion', value: 'v1' }]);
    expect(report.databasesDeleted.sort()).toEqual(['roundtable-session-forgotten', 'roundtable-session-room-feb', 'roundtable-session-room-green', 'roundtable-session-room-jan']);
    const left = await idbNames();
    expect(left.filter((name) => name.startsWith('roundtable-session-'))).toEqual([]);
    expect(left).toContain('unrelated-db');
    expect(cleared).toEqual(['local', 'session']);
    expect([...caches]).toEqual(['workbox-precache-v2-http://x/']);
    expect(report.cachesDeleted).toEqual(['runtime-user-files']);
    indexedDB.deleteDatabase('unrelated-db');
  });

  it('removes the person’s own modules, and with them the library bookkeeping so bundled ones reload', async () => {
    const db = freshDb();
    const repo = createJournalRepo(db);
    const base = { title: 'T', mindset: 'action' as const, summary: 's', author: 'a', minutes: 30, version: 1, tags: [], pageCount: 1 };
    await db.modules.bulkPut([{ id: 'bundled-one', source: 'bundled', ...base }, { id: 'my-own', source: 'user', ...base }]);
    await db.moduleBodies.bulkPut([{ id: 'bundled-one', format: 1, intro: [], pages: [] }, { id: 'my-own', format: 1, intro: [], pages: [] }]);
    await db.meta.put({ key: 'contentVersion', value: 'v1' });
    await repo.deleteAllMyData(fakeEnv([]).env);
    expect(await db.modules.toCollection().primaryKeys()).toEqual(['bundled-one']);
    expect(await db.moduleBodies.toCollection().primaryKeys()).toEqual(['bundled-one']);
    expect(await db.meta.count()).toBe(0);
  });
});
