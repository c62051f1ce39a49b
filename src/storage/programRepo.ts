// Reads and writes programs in IndexedDB: the program itself, its roster, its groups and the
// groupings saved as history. Every change that touches several records is one transaction.

import type { Person, Program, ProgramGroup, SavedGrouping } from '../core/program.ts';
import { withoutPerson } from '../core/program.ts';
import type { RoundtableDb } from './db.ts';

/** A program with what the programs list shows about it. */
export interface ProgramSummary {
  program: Program;
  people: number;
  activeGroups: number;
}

/** Everything one program screen shows. */
export interface ProgramBundle {
  program: Program;
  people: Person[];
  groups: ProgramGroup[];
  groupings: SavedGrouping[];
}

/** A stored program with any field an older build left out filled in. */
function readProgram(record: Program): Program {
  return { ...record, moduleIds: record.moduleIds ?? [], keepApart: record.keepApart ?? [], keepTogether: record.keepTogether ?? [], meetingMinutes: record.meetingMinutes ?? 90 };
}

/** Every program, most recently changed first, with its roster size and number of active groups. */
export async function listPrograms(db: RoundtableDb): Promise<ProgramSummary[]> {
  return db.transaction('r', db.programs, db.people, db.programGroups, async () => {
    const programs = await db.programs.orderBy('updatedAt').reverse().toArray();
    return Promise.all(
      programs.map(async (program) => ({
        program: readProgram(program),
        people: await db.people.where('programId').equals(program.id).count(),
        activeGroups: (await db.programGroups.where('programId').equals(program.id).toArray()).filter((g) => g.status === 'active').length,
      })),
    );
  });
}

/** One program with its roster (by name), groups and groupings (oldest first); undefined if there is none. */
export async function loadProgram(db: RoundtableDb, id: string): Promise<ProgramBundle | undefined> {
  return db.transaction('r', db.programs, db.people, db.programGroups, db.groupings, async () => {
    const program = await db.programs.get(id);
    if (!program) return undefined;
    const [people, groups, groupings] = await Promise.all([
      db.people.where('programId').equals(id).toArray(),
      db.programGroups.where('programId').equals(id).toArray(),
      db.groupings.where('programId').equals(id).sortBy('createdAt'),
    ]);
    people.sort((a, b) => a.name.localeCompare(b.name));
    groups.sort((a, b) => a.createdAt - b.createdAt || a.round - b.round || a.name.localeCompare(b.name, undefined, { numeric: true }));
    return { program: readProgram(program), people, groups, groupings };
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
    const program = await db.programs.get(programId);
    if (!program) return;
    await db.people.delete(personId);
    await db.programs.put({ ...withoutPerson(readProgram(program), personId), updatedAt: now });
  });
}

/**
 * Saves a grouping and the groups it forms. The program's groups that were still meeting are
 * marked as regrouped, so that the new groups take over and the old ones stay as history.
 */
export async function saveGrouping(db: RoundtableDb, grouping: SavedGrouping, groups: ProgramGroup[]): Promise<void> {
  await db.transaction('rw', db.programs, db.programGroups, db.groupings, async () => {
    const active = (await db.programGroups.where('programId').equals(grouping.programId).toArray()).filter((g) => g.status === 'active');
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
