import { afterEach, describe, expect, it } from 'vitest';
import type { Person, Program, SavedGrouping } from '../core/program.ts';
import { createProgram, groupsFromGrouping } from '../core/program.ts';
import type { RoundtableDb } from './db.ts';
import { createDb } from './db.ts';
import type { ProgramBundle } from './programRepo.ts';
import { deleteProgram, listPrograms, loadProgram, putGroup, putPeople, removePerson, saveGrouping, saveProgram } from './programRepo.ts';

let dbCount = 0;
const opened: RoundtableDb[] = [];

function freshDb(): RoundtableDb {
  dbCount += 1;
  const db = createDb(`program-repo-test-${dbCount}-${Date.now()}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function ids(prefix: string) {
  let n = 0;
  return () => `${prefix}${++n}`;
}

function person(id: string, programId: string, name = id): Person {
  return { id, programId, name, email: '', division: '', level: '', location: '', manager: '' };
}

async function withProgram(db: RoundtableDb, id = 'p1', at = 100): Promise<Program> {
  const program = createProgram(`Program ${id}`, { newId: () => id, now: () => at });
  await saveProgram(db, program);
  return program;
}

/** A program that is there and readable. */
async function loaded(db: RoundtableDb, id: string): Promise<ProgramBundle> {
  const read = await loadProgram(db, id);
  if (!read || !('program' in read)) throw new Error(`program ${id} was not read`);
  return read;
}

describe('programRepo', () => {
  it('lists programs newest change first, with roster size and active groups', async () => {
    const db = freshDb();
    await withProgram(db, 'old', 100);
    await withProgram(db, 'new', 200);
    await putPeople(db, 'old', [person('a', 'old'), person('b', 'old')], 300);
    const list = await listPrograms(db);
    expect(list.programs.map((s) => [s.program.id, s.people, s.activeGroups])).toEqual([
      ['old', 2, 0],
      ['new', 0, 0],
    ]);
  });

  it('loads one program with its roster sorted by name, and fills fields an older record lacks', async () => {
    const db = freshDb();
    await db.programs.put({ id: 'bare', name: 'Bare', moduleIds: ['m1'], createdAt: 1, updatedAt: 1 } as unknown as Program);
    await putPeople(db, 'bare', [person('z', 'bare', 'Zoe'), person('a', 'bare', 'Ann')], 2);
    const bundle = await loaded(db, 'bare');
    expect(bundle.program).toEqual({ id: 'bare', name: 'Bare', moduleIds: ['m1'], keepApart: [], keepTogether: [], meetingMinutes: 90, createdAt: 1, updatedAt: 2 });
    expect(bundle.people.map((p) => p.name)).toEqual(['Ann', 'Zoe']);
    expect(await loadProgram(db, 'missing')).toBeUndefined();
  });

  it('stores people all or none: a person of another program fails the whole batch', async () => {
    const db = freshDb();
    await withProgram(db);
    await expect(putPeople(db, 'p1', [person('a', 'p1'), person('b', 'other')], 5)).rejects.toThrow(/another program/);
    expect(await db.people.count()).toBe(0);
    await expect(putPeople(db, 'gone', [person('a', 'gone')], 5)).rejects.toThrow(/no longer exists/);
    expect(await db.people.count()).toBe(0);
  });

  it('removes a person from the roster and from the program’s pairs', async () => {
    const db = freshDb();
    const program = await withProgram(db);
    await saveProgram(db, { ...program, keepApart: [['a', 'b'], ['b', 'c']], keepTogether: [['a', 'c']] });
    await putPeople(db, 'p1', [person('a', 'p1'), person('b', 'p1'), person('c', 'p1')], 5);
    await removePerson(db, 'p1', 'a', 9);
    const bundle = await loaded(db, 'p1');
    expect(bundle.people.map((p) => p.id)).toEqual(['b', 'c']);
    expect(bundle.program).toMatchObject({ keepApart: [['b', 'c']], keepTogether: [], updatedAt: 9 });
  });

  it('saves a grouping with its groups, and marks the groups that were meeting as regrouped', async () => {
    const db = freshDb();
    await withProgram(db);
    const first: SavedGrouping = { id: 'g1', programId: 'p1', createdAt: 10, rounds: [[['a', 'b'], ['c', 'd']]], seed: 1, adjusted: false };
    const firstGroups = groupsFromGrouping(first, ids('x'));
    await saveGrouping(db, first, firstGroups);
    await putGroup(db, { ...firstGroups[1]!, status: 'stopped' });
    const second: SavedGrouping = { ...first, id: 'g2', createdAt: 20, rounds: [[['a', 'c'], ['b', 'd']]], adjusted: true };
    await saveGrouping(db, second, groupsFromGrouping(second, ids('y')));
    const bundle = await loaded(db, 'p1');
    expect(bundle.groupings.map((g) => g.id)).toEqual(['g1', 'g2']);
    expect(bundle.groups.map((g) => [g.id, g.status])).toEqual([
      ['x1', 'regrouped'],
      ['x2', 'stopped'],
      ['y1', 'active'],
      ['y2', 'active'],
    ]);
    expect(bundle.program.updatedAt).toBe(20);
  });

  it('deletes a program with everything that belongs to it, and nothing of another', async () => {
    const db = freshDb();
    await withProgram(db, 'p1');
    await withProgram(db, 'p2');
    await putPeople(db, 'p1', [person('a', 'p1')], 1);
    await putPeople(db, 'p2', [person('b', 'p2')], 1);
    const grouping: SavedGrouping = { id: 'g1', programId: 'p1', createdAt: 10, rounds: [[['a']]], seed: null, adjusted: false };
    await saveGrouping(db, grouping, groupsFromGrouping(grouping, ids('x')));
    await deleteProgram(db, 'p1');
    expect(await db.programs.toCollection().primaryKeys()).toEqual(['p2']);
    expect(await db.people.toCollection().primaryKeys()).toEqual(['b']);
    expect(await db.programGroups.count()).toBe(0);
    expect(await db.groupings.count()).toBe(0);
  });
});
