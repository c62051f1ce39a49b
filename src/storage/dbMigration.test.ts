// The schema's history against fixtures written by older versions: upgrading keeps every record.

import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, createDb } from './db.ts';
import { createJournalRepo } from './journalRepo.ts';

let count = 0;
const names: string[] = [];
const fresh = () => {
  const name = `migration-test-${++count}-${Date.now()}`;
  names.push(name);
  return name;
};

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const summary = (id: string, source: 'bundled' | 'user') => ({ id, title: `Title ${id}`, mindset: 'action', summary: 's', author: 'a', minutes: 30, version: 1, tags: ['t'], pageCount: 1, source });
const session = (roomId: string, lastOpenedAt: number) => ({ roomId, secret: `s-${roomId}`, role: 'participant', creator: roomId === 'r1', moduleId: 'm1', moduleTitle: 'Module one', joinedAt: 5, lastOpenedAt });

/** Writes a database exactly as the app's schema version 2 declared it, then closes it. */
async function writeVersion2(name: string) {
  const old = new Dexie(name);
  old.version(1).stores({ modules: 'id, mindset, source', moduleBodies: 'id', meta: 'key' });
  old.version(2).stores({ sessions: 'roomId, lastOpenedAt' });
  await old.open();
  await old.table('modules').bulkPut([summary('m1', 'bundled'), summary('mine', 'user')]);
  await old.table('moduleBodies').bulkPut([{ id: 'm1', format: 1, intro: [], pages: [] }, { id: 'mine', format: 1, intro: [], pages: [] }]);
  await old.table('meta').bulkPut([{ key: 'deviceId', value: 'device-1' }, { key: 'displayName', value: 'Ana' }, { key: 'contentVersion', value: 'abc' }]);
  await old.table('sessions').bulkPut([session('r1', 10), session('r2', 20)]);
  old.close();
}

describe('schema migration', () => {
  it('upgrades a version-2 database to the current schema keeping every record', async () => {
    const name = fresh();
    await writeVersion2(name);
    const db = createDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect((await db.modules.toArray()).sort((a, b) => a.id.localeCompare(b.id))).toEqual([summary('m1', 'bundled'), summary('mine', 'user')]);
    expect(await db.moduleBodies.count()).toBe(2);
    expect(await db.meta.get('displayName')).toEqual({ key: 'displayName', value: 'Ana' });
    expect(await db.meta.count()).toBe(3);
    expect(await db.sessions.orderBy('lastOpenedAt').toArray()).toEqual([session('r1', 10), session('r2', 20)]);
    // The new tables are there and empty, and the journal reads the old sessions.
    expect(await db.takeaways.count()).toBe(0);
    const journal = await createJournalRepo(db).loadJournal();
    expect(journal.sessions.map((s) => s.roomId).sort()).toEqual(['r1', 'r2']);
    // The index added in version 3 works on records written before it existed.
    expect(await db.sessions.where('groupId').equals('g').count()).toBe(0);
    db.close();
  });

  it('upgrades a version-3 database, with a journal in it, keeping every record', async () => {
    const name = fresh();
    const old = new Dexie(name);
    old.version(1).stores({ modules: 'id, mindset, source', moduleBodies: 'id', meta: 'key' });
    old.version(2).stores({ sessions: 'roomId, lastOpenedAt' });
    old.version(3).stores({ sessions: 'roomId, lastOpenedAt, groupId', takeaways: 'id, roomId, groupId, updatedAt', commitments: 'id, roomId, groupId, byWhen, status', sharedTakeaways: 'id, roomId' });
    await old.open();
    const takeaway = { id: 't1', roomId: 'r1', groupId: 'g1', text: 'Ask first', createdAt: 100, updatedAt: 120, shared: { sharedId: 's1', anonymous: true } };
    const commitment = { id: 'c1', roomId: 'r1', groupId: 'g1', what: 'Weekly one-to-ones', byWhen: '2027-01-05', howKnow: 'Four held', status: 'partly', note: 'Three so far', statusShared: false, createdAt: 130, updatedAt: 140 };
    const shared = { id: 's1', roomId: 'r1', text: 'Ask first', authorName: null, sharedAt: 125 };
    await old.table('sessions').put({ ...session('r1', 10), groupId: 'g1', groupName: 'Blue group' });
    await old.table('takeaways').put(takeaway);
    await old.table('commitments').put(commitment);
    await old.table('sharedTakeaways').put(shared);
    old.close();

    const db = createDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const journal = await createJournalRepo(db).loadJournal();
    expect(journal.takeaways).toEqual([takeaway]);
    expect(journal.commitments).toEqual([commitment]);
    expect(journal.sharedTakeaways).toEqual([shared]);
    expect(await db.sessions.where('groupId').equals('g1').count()).toBe(1);
    // The programs' tables of version 4 are there and empty.
    expect(await db.programs.count()).toBe(0);
    db.close();
  });

  it('upgrades a version-1 database too', async () => {
    const name = fresh();
    const old = new Dexie(name);
    old.version(1).stores({ modules: 'id, mindset, source', moduleBodies: 'id', meta: 'key' });
    await old.open();
    await old.table('modules').put(summary('m1', 'bundled'));
    old.close();
    const db = createDb(name);
    await db.open();
    expect(await db.modules.get('m1')).toEqual(summary('m1', 'bundled'));
    expect(await db.sessions.count()).toBe(0);
    db.close();
  });
});
