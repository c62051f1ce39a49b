// What the library reads of the programs on this device: those that curate modules, and which
// one this device chose to list first. Apart from programRepo.ts, so the start screen stays small.

import type { CuratedProgram } from '../core/programShelf.ts';
import { readProgramRecord } from '../core/storedProgram.ts';
import type { RoundtableDb } from './db.ts';
import type { StoredProblem } from './libraryRepo.ts';
import { readable } from './readable.ts';

/** The programs that curate modules, and the stored programs that could not be read (left in storage). */
export interface CuratedPrograms {
  programs: CuratedProgram[];
  problems: StoredProblem[];
}

/** The programs that curate modules, most recently changed first, with what the library needs of them. */
export async function listCuratedPrograms(db: RoundtableDb): Promise<CuratedPrograms> {
  const problems: StoredProblem[] = [];
  // Read whole rather than by the updatedAt index, which leaves out a record whose time is not a key.
  const programs = readable(await db.programs.toArray(), readProgramRecord, 'program', problems)
    .filter((p) => p.moduleIds.length > 0)
    .sort((a, b) => b.updatedAt - a.updatedAt);
  return { programs: programs.map(({ id, name, moduleIds }) => ({ id, name, moduleIds })), problems };
}

const LIBRARY_PROGRAM = 'libraryProgram';

/** The program whose modules this device's library lists first, if one was chosen. */
export async function libraryProgramChoice(db: RoundtableDb): Promise<string | undefined> {
  const stored = await db.meta.get(LIBRARY_PROGRAM);
  return typeof stored?.value === 'string' && stored.value.length <= 100 ? stored.value : undefined;
}

/** Remembers which program's modules this device's library lists first. */
export async function chooseLibraryProgram(db: RoundtableDb, programId: string): Promise<void> {
  await db.meta.put({ key: LIBRARY_PROGRAM, value: programId });
}
