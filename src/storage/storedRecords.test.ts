// Every table's reader, on fake-indexeddb, against damaged records: each field of a good record
// missing, null, of the wrong type and huge. A damaged record is either still read (where the app
// itself would accept it), or skipped and counted, or never reached by the query; it is never
// deleted, and it never stops the good record from being read.

import { afterEach, describe, expect, it } from 'vitest';
import { summarise } from '../core/module.ts';
import { emptyCycle } from '../core/program.ts';
import { caseKey, damaged, damagedRecords, DAMAGES, HUGE_TEXT } from '../../test/helpers/badRecords.ts';
import { testModule } from '../../test/helpers/testModule.ts';
import type { RoundtableDb } from './db.ts';
import { createDb } from './db.ts';
import { deviceId, displayName, groupsMetBefore, knownSession, transportPrefs } from './deviceRepo.ts';
import { createJournalRepo } from './journalRepo.ts';
import { getModule, listModules, storedContentVersion } from './libraryRepo.ts';
import { listPrograms, loadProgram } from './programRepo.ts';
import { libraryProgramChoice, listCuratedPrograms } from './programShelfRepo.ts';

const open: RoundtableDb[] = [];
let count = 0;
function freshDb(): RoundtableDb {
  const db = createDb(`stored-records-test-${++count}-${Date.now()}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

type TableName = 'modules' | 'moduleBodies' | 'sessions' | 'takeaways' | 'commitments' | 'sharedTakeaways' | 'programs' | 'people' | 'programGroups' | 'groupings';

/** What a reader gave: the keys of the records it shows, and how many it counted as unreadable. */
interface Reading {
  shown: unknown[];
  counted: number;
}

interface TableCase {
  name: string;
  table: TableName;
  key: string;
  good: Record<string, unknown>;
  /** Damaged copies the reader still reads, as `field-damage`: the app accepts such a value. */
  kept?: string[];
  /** Damaged copies the query never reaches (their index does not match): neither shown nor counted. */
  absent?: string[];
  /** Keys lower-cased, for tables whose ids have a pattern. */
  lowerKeys?: boolean;
  setup?: (db: RoundtableDb, keys: string[]) => Promise<void>;
  read: (db: RoundtableDb, keys: unknown[]) => Promise<Reading>;
}

const everyDamage = (field: string) => DAMAGES.map((d) => caseKey(field, d));

async function programP1(db: RoundtableDb): Promise<void> {
  await db.programs.put({ id: 'p1', name: 'P1', moduleIds: [], keepApart: [], keepTogether: [], meetingMinutes: 90, createdAt: 1, updatedAt: 1 });
}

async function programParts(db: RoundtableDb, part: 'people' | 'groups' | 'groupings'): Promise<Reading> {
  const bundle = await loadProgram(db, 'p1');
  if (!bundle || !('program' in bundle)) throw new Error('program p1 was not read');
  return { shown: bundle[part].map((r) => r.id), counted: bundle.problems.length };
}

const session = { roomId: 'good', moduleId: 'm1', moduleTitle: 'A module', joinedAt: 1, lastOpenedAt: 2, groupId: 'g', groupName: 'Group', pagesCovered: [0, 1], secret: 's3cret', role: 'participant', creator: true };
const journalOptional = ['groupId', 'groupName', 'pagesCovered'].map((f) => caseKey(f, 'missing'));

const moduleRecord = testModule(2, { id: 'good' });

const TABLES: TableCase[] = [
  {
    name: 'programs, as the programs list reads them',
    table: 'programs',
    key: 'id',
    good: { id: 'good', name: 'Good program', moduleIds: ['m1'], keepApart: [['a', 'b']], keepTogether: [['c', 'd']], meetingMinutes: 90, createdAt: 1, updatedAt: 2 },
    // Fields an older build did not write are filled in.
    kept: ['moduleIds', 'keepApart', 'keepTogether', 'meetingMinutes'].map((f) => caseKey(f, 'missing')),
    read: async (db) => {
      const list = await listPrograms(db);
      return { shown: list.programs.map((p) => p.program.id), counted: list.problems.length };
    },
  },
  {
    name: 'programs, as the library reads them',
    table: 'programs',
    key: 'id',
    good: { id: 'good', name: 'Good program', moduleIds: ['m1'], keepApart: [['a', 'b']], keepTogether: [['c', 'd']], meetingMinutes: 90, createdAt: 1, updatedAt: 2 },
    kept: ['keepApart', 'keepTogether', 'meetingMinutes'].map((f) => caseKey(f, 'missing')),
    // A program without modules curates none, so the library has nothing to show of it.
    absent: [caseKey('moduleIds', 'missing')],
    read: async (db) => {
      const list = await listCuratedPrograms(db);
      return { shown: list.programs.map((p) => p.id), counted: list.problems.length };
    },
  },
  {
    name: 'people',
    table: 'people',
    key: 'id',
    good: { id: 'good', programId: 'p1', name: 'Ada', email: 'ada@example.org', division: 'Sales', level: 'Senior', location: 'Oslo', manager: '' },
    absent: everyDamage('programId'),
    setup: programP1,
    read: (db) => programParts(db, 'people'),
  },
  {
    name: 'programGroups',
    table: 'programGroups',
    key: 'id',
    good: { id: 'good', programId: 'p1', name: 'Group 1', memberIds: ['a', 'b'], groupingId: 'g1', round: 1, status: 'active', cycles: [emptyCycle(1)], createdAt: 5, rotation: [[['a', 'b']]] },
    kept: [caseKey('rotation', 'missing')],
    absent: everyDamage('programId'),
    setup: programP1,
    read: (db) => programParts(db, 'groups'),
  },
  {
    name: 'groupings',
    table: 'groupings',
    key: 'id',
    good: { id: 'good', programId: 'p1', createdAt: 5, rounds: [[['a', 'b']]], seed: 7, adjusted: false },
    kept: [caseKey('seed', 'null')],
    absent: everyDamage('programId'),
    setup: programP1,
    read: (db) => programParts(db, 'groupings'),
  },
  {
    name: 'sessions, as the journal reads them',
    table: 'sessions',
    key: 'roomId',
    good: session,
    // The journal never reads a session's secret, role or creator.
    kept: [...journalOptional, ...['secret', 'role', 'creator'].flatMap(everyDamage)],
    read: async (db) => {
      const { data, problems } = await createJournalRepo(db).readJournal();
      return { shown: data.sessions.map((s) => s.roomId), counted: problems.length };
    },
  },
  {
    name: 'sessions, as a session reopens them',
    table: 'sessions',
    key: 'roomId',
    good: session,
    kept: journalOptional,
    read: async (db, keys) => {
      const shown: unknown[] = [];
      for (const key of keys) if (typeof key === 'string' && (await knownSession(db, key))) shown.push(key);
      // An unreadable session reopens as one this device does not know; the journal counts it.
      return { shown, counted: keys.length - shown.length };
    },
  },
  {
    name: 'takeaways',
    table: 'takeaways',
    key: 'id',
    good: { id: 'good', roomId: 'r', groupId: '', text: 'A thought', createdAt: 1, updatedAt: 2, shared: null },
    kept: [caseKey('shared', 'null')],
    read: async (db) => {
      const { data, problems } = await createJournalRepo(db).readJournal();
      return { shown: data.takeaways.map((t) => t.id), counted: problems.length };
    },
  },
  {
    name: 'commitments',
    table: 'commitments',
    key: 'id',
    good: { id: 'good', roomId: 'r', groupId: '', what: 'Call Bo', byWhen: '2026-01-01', howKnow: 'Bo says so', status: 'open', note: '', statusShared: false, createdAt: 1, updatedAt: 2 },
    read: async (db) => {
      const { data, problems } = await createJournalRepo(db).readJournal();
      return { shown: data.commitments.map((c) => c.id), counted: problems.length };
    },
  },
  {
    name: 'sharedTakeaways',
    table: 'sharedTakeaways',
    key: 'id',
    good: { id: 'good', roomId: 'r', text: 'We agreed', authorName: 'Ann', sharedAt: 1 },
    kept: [caseKey('authorName', 'null')],
    read: async (db) => {
      const { data, problems } = await createJournalRepo(db).readJournal();
      return { shown: data.sharedTakeaways.map((s) => s.id), counted: problems.length };
    },
  },
  {
    name: 'modules',
    table: 'modules',
    key: 'id',
    lowerKeys: true,
    good: { ...summarise(moduleRecord) },
    // Every field has the module format's limits: a huge one is counted, never shown.
    kept: [],
    read: async (db) => {
      const { modules, problems } = await listModules(db);
      return { shown: modules.map((m) => m.id), counted: problems.length };
    },
  },
  {
    name: 'moduleBodies',
    table: 'moduleBodies',
    key: 'id',
    lowerKeys: true,
    good: { id: 'good', format: moduleRecord.format, intro: moduleRecord.intro, pages: moduleRecord.pages },
    // The module format reads a null intro as none, and sets no limit on an introduction's length.
    kept: [caseKey('intro', 'missing'), caseKey('intro', 'null'), caseKey('intro', 'huge')],
    // A body is opened by its summary's id: a body keyed otherwise is never reached.
    absent: [caseKey('id', 'wrong type'), caseKey('id', 'huge')].map((k) => k.toLowerCase()),
    setup: async (db, keys) => {
      await db.modules.bulkPut(keys.map((id) => ({ ...summarise(moduleRecord), id })));
    },
    read: async (db, keys) => {
      const reading: Reading = { shown: [], counted: 0 };
      for (const key of keys) {
        if (typeof key !== 'string' || key.length > 64) continue;
        const found = await getModule(db, key);
        if ('module' in found) reading.shown.push(key);
        else if ('problem' in found) reading.counted++;
      }
      return reading;
    },
  },
];

describe('every table’s reader', () => {
  it.each(TABLES)('$name: shows the good record and every acceptable one, counts the rest, and deletes nothing', async (table) => {
    const db = freshDb();
    const keyOf = (field: string, damage: (typeof DAMAGES)[number]) => (table.lowerKeys ? caseKey(field, damage).toLowerCase() : caseKey(field, damage));
    const copies = damagedRecords(table.good, table.key, keyOf);
    const records = [table.good, ...copies.map((c) => c.record)];
    const keys = records.map((r) => r[table.key]);
    await table.setup?.(db, keys.filter((k): k is string => typeof k === 'string'));
    await db.table(table.table).bulkPut(records);

    const { shown, counted } = await table.read(db, keys);
    const shownSet = new Set(shown);
    const wrong: string[] = [];
    let expectedCount = 0;
    for (const copy of copies) {
      const name = keyOf(copy.field, copy.damage);
      const key = copy.record[table.key];
      const expected = table.kept?.includes(name) ? 'shown' : table.absent?.includes(name) ? 'absent' : 'counted';
      if (expected === 'counted') expectedCount++;
      const got = shownSet.has(key) ? 'shown' : 'not shown';
      if ((expected === 'shown') !== (got === 'shown')) wrong.push(`${name}: expected ${expected}, was ${got}`);
    }
    expect(wrong).toEqual([]);
    expect(shownSet.has('good')).toBe(true);
    expect(counted).toBe(expectedCount);
    expect(await db.table(table.table).count()).toBe(records.length);
  });
});

describe('a program whose own record is unreadable', () => {
  it('is reported as unreadable, not as missing, and its records stay', async () => {
    const db = freshDb();
    await db.programs.put({ id: 'p1', name: 'Broken', moduleIds: 'abc' as never, keepApart: [], keepTogether: [], meetingMinutes: 90, createdAt: 1, updatedAt: 1 });
    await db.people.put({ id: 'a', programId: 'p1', name: 'Ada', email: '', division: '', level: '', location: '', manager: '' });
    const read = await loadProgram(db, 'p1');
    expect(read && 'unreadable' in read && read.unreadable).toEqual({ kind: 'program', id: 'p1', problem: [{ field: 'moduleIds', problem: { code: 'notList' } }] });
    expect(await db.programs.count()).toBe(1);
    expect(await db.people.count()).toBe(1);
  });
});

describe('the groups this device met with', () => {
  it('come only from readable sessions', async () => {
    const db = freshDb();
    await db.sessions.bulkPut([
      { ...session, roomId: 'r1', lastOpenedAt: 2 },
      { ...session, roomId: 'r2', groupId: 'g2', groupName: 42 as never, lastOpenedAt: 3 },
      { ...session, roomId: 'r3', groupId: 'g3', groupName: HUGE_TEXT, lastOpenedAt: 4 },
    ] as never);
    expect(await groupsMetBefore(db)).toEqual([{ id: 'g', name: 'Group' }]);
  });
});

describe('meta entries', () => {
  const readers: Array<{ key: string; good: unknown; read: (db: RoundtableDb) => Promise<unknown>; fallback: unknown }> = [
    { key: 'displayName', good: 'Ann', read: displayName, fallback: '' },
    { key: 'libraryProgram', good: 'p1', read: libraryProgramChoice, fallback: undefined },
    { key: 'contentVersion', good: 'v1', read: storedContentVersion, fallback: undefined },
    { key: 'deviceId', good: 'device-1', read: (db) => deviceId(db, () => 'new-id'), fallback: 'new-id' },
    {
      key: 'transport',
      good: { signaling: ['wss://signal.example.org/signal'], iceServers: [{ urls: 'stun:stun.example.org' }] },
      read: transportPrefs,
      fallback: { signaling: [], iceServers: [] },
    },
  ];
  it.each(readers)('$key: a damaged value reads as the default', async ({ key, good, read, fallback }) => {
    const db = freshDb();
    await db.meta.put({ key, value: good });
    expect(await read(db)).toEqual(good);
    const wrong: string[] = [];
    for (const damage of DAMAGES) {
      const value = damaged(good, damage);
      await db.meta.put(value === undefined ? ({ key } as never) : { key, value });
      const got = await read(db);
      if (JSON.stringify(got) !== JSON.stringify(fallback)) wrong.push(`${damage}: ${JSON.stringify(got)?.slice(0, 60)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('transport: each damaged field falls back on its own, the other is kept', async () => {
    const db = freshDb();
    const good = { signaling: ['wss://signal.example.org/signal'], iceServers: [{ urls: 'stun:stun.example.org' }] };
    const wrong: string[] = [];
    for (const [field, damage] of (['signaling', 'iceServers'] as const).flatMap((f) => DAMAGES.map((d) => [f, d] as const))) {
      const value: Record<string, unknown> = { ...good, [field]: damaged(good[field], damage) };
      if (value[field] === undefined) delete value[field];
      await db.meta.put({ key: 'transport', value });
      const got = await transportPrefs(db);
      const expected = { ...good, [field]: [] };
      if (JSON.stringify(got) !== JSON.stringify(expected)) wrong.push(`${field} ${damage}: ${JSON.stringify(got).slice(0, 80)}`);
    }
    expect(wrong).toEqual([]);
  });
});
