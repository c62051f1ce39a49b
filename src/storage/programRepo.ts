// Reads and writes programs in IndexedDB: the program itself, its roster, its groups and the
// groupings saved as history. Every change that touches several records is one transaction; every
// record read is checked, and one that cannot be read is left out, counted, and left in storage.

import type { Person, Program, ProgramGroup, SavedGrouping } from '../core/program.ts';
import { withoutPerson } from '../core/program.ts';
import { readGroupingRecord, readPersonRecord, readProgramGroupRecord } from '../core/programRecords.ts';
import { readProgramRecord } from '../core/storedProgram.ts';
import type { RoundtableDb } from './db.ts';
import type { StoredProblem } from './libraryRepo.ts';
import { readable } from './readable.ts';

/** A program with what the programs list shows about it. */
export interface ProgramSummary {
  program: Program;
  people: number;
  activeGroups: number;
}

/** The programs list: the programs that could be read, and the stored records that could not. */
export interface ProgramList {
  programs: ProgramSummary[];
  problems: StoredProblem[];
}

/** Everything one program screen shows, and its stored records that could not be read. */
export interface ProgramBundle {
  program: Program;
  people: Person[];
  groups: ProgramGroup[];
  groupings: SavedGrouping[];
  /** Records of this program left out because they could not be read; they stay in storage. */
  problems: StoredProblem[];
}

/** A program whose own record could not be read: left in storage as it is. */
export interface UnreadableProgram {
  unreadable: StoredProblem;
}

const newestFirst = (a: Program, b: Program) => b.updatedAt - a.updatedAt;

/** Every readable program, most recently changed first, with its roster size and number of active groups. */
export async function listPrograms(db: RoundtableDb): Promise<ProgramList> {
  return db.transaction('r', db.programs, db.people, db.programGroups, async () => {
    const problems: StoredProblem[] = [];
    // Read whole rather than by the updatedAt index, which leaves out a record whose time is not a key.
    const programs = readable(await db.programs.toArray(), readProgramRecord, 'program', problems).sort(newestFirst);
    const summaries = await Promise.all(
      programs.map(async (program) => {
        const [people, groups] = await Promise.all([db.people.where('programId').equals(program.id).toArray(), db.programGroups.where('programId').equals(program.id).toArray()]);
        const ignored: StoredProblem[] = [];
        return {
          program,
          people: readable(people, readPersonRecord, 'person', ignored).length,
          activeGroups: readable(groups, readProgramGroupRecord, 'group', ignored).filter((g) => g.status === 'active').length,
        };
      }),
    );
    return { programs: summaries, problems };
  });
}

/**
 * One program with its roster (by name), groups and groupings (oldest first), leaving out and
 * counting its records that cannot be read; undefined if there is none.
 */
export async function loadProgram(db: RoundtableDb, id: string): Promise<ProgramBundle | UnreadableProgram | undefined> {
  return db.transaction('r', db.programs, db.people, db.programGroups, db.groupings, async () => {
    const stored = await db.programs.get(id);
    if (stored === undefined) return undefined;
    const reading = readProgramRecord(stored);
    if (!reading.ok) return { unreadable: { kind: 'program', id, problem: reading.problems } };
    const [storedPeople, storedGroups, storedGroupings] = await Promise.all([
      db.people.where('programId').equals(id).toArray(),
      db.programGroups.where('programId').equals(id).toArray(),
      db.groupings.where('programId').equals(id).toArray(),
    ]);
    const problems: StoredProblem[] = [];
    const people = readable(storedPeople, readPersonRecord, 'person', problems);
    const groups = readable(storedGroups, readProgramGroupRecord, 'group', problems);
    const groupings = readable(storedGroupings, readGroupingRecord, 'grouping', problems);
    people.sort((a, b) => a.name.localeCompare(b.name));
    groups.sort((a, b) => a.createdAt - b.createdAt || a.round - b.round || a.name.localeCompare(b.name, undefined, { numeric: true }));
    groupings.sort((a, b) => a.createdAt - b.createdAt);
    return { program: reading.record, people, groups, groupings, problems };
  });
}

/** Stores a program, new or changed. */
export async function saveProgram(db: RoundtableDb, program: Program): Promise<void> {
  await db.programs.put(program);
}

/** Deletes a program with its roster, groups and groupings. */
export async function deleteProgram(db: RoundtableDb, id: string): Promise<void> {
  await db.transaction('rw', db.programs, db.people, db.programGroups, db.groupings, async () => {
    await db.people.where('programId').equals(id).delete();
    await db.programGroups.where('programId').equals(id).delete();
    await db.groupings.where('programId').equals(id).delete();
    await db.programs.delete(id);
  });
}

/** Stores imported or edited people, all or none, and marks the program changed. */
export async function putPeople(db: RoundtableDb, programId: string, people: Person[], now: number): Promise<void> {
  await db.transaction('rw', db.programs, db.people, async () => {
    if (!(await db.programs.get(programId))) throw new Error('This program no longer exists.');
    if (people.some((person) => person.programId !== programId)) throw new Error('A person belongs to another program.');
    await db.people.bulkPut(people);
    await db.programs.update(programId, { updatedAt: now });
  });
}

/** Takes a person off the roster and out of the program's pairs. Past groups keep their id as history. */
export async function removePerson(db: RoundtableDb, programId: string, personId: string, now: number): Promise<void> {
  await db.transaction('rw', db.programs, db.people, async () => {
    const stored = await db.programs.get(programId);
    if (stored === undefined) return;
    const reading = readProgramRecord(stored);
    await db.people.delete(personId);
    // An unreadable program is left as it is; its pairs are dropped once it can be read again.
    if (reading.ok) await db.programs.put({ ...withoutPerson(reading.record, personId), updatedAt: now });
  });
}

/**
 * Saves a grouping and the groups it forms. The program's groups that were still meeting are
 * marked as regrouped, so that the new groups take over and the old ones stay as history.
 */
export async function saveGrouping(db: RoundtableDb, grouping: SavedGrouping, groups: ProgramGroup[]): Promise<void> {
  await db.transaction('rw', db.programs, db.programGroups, db.groupings, async () => {
    const stored = await db.programGroups.where('programId').equals(grouping.programId).toArray();
    // A group that cannot be read is left as it is, not rewritten.
    const active = readable(stored, readProgramGroupRecord, 'group', []).filter((g) => g.status === 'active');
    await db.programGroups.bulkPut(active.map((group) => ({ ...group, status: 'regrouped' as const })));
    await db.groupings.add(grouping);
    await db.programGroups.bulkAdd(groups);
    await db.programs.update(grouping.programId, { updatedAt: grouping.createdAt });
  });
}

/** Stores a changed group: its schedule or its decision after a cycle. */
export async function putGroup(db: RoundtableDb, group: ProgramGroup): Promise<void> {
  await db.programGroups.put(group);
}
