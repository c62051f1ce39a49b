// What the library reads of the programs on this device: those that curate modules, and which
// one this device chose to list first. Apart from programRepo.ts, so the start screen stays small.

import type { CuratedProgram } from '../core/programShelf.ts';
import type { RoundtableDb } from './db.ts';

/** The programs that curate modules, most recently changed first, with what the library needs of them. */
export async function listCuratedPrograms(db: RoundtableDb): Promise<CuratedProgram[]> {
  const programs = await db.programs.orderBy('updatedAt').reverse().toArray();
  return programs.filter((p) => (p.moduleIds ?? []).length > 0).map((p) => ({ id: p.id, name: p.name, moduleIds: p.moduleIds }));
}

const LIBRARY_PROGRAM = 'libraryProgram';

/** The program whose modules this device's library lists first, if one was chosen. */
export async function libraryProgramChoice(db: RoundtableDb): Promise<string | undefined> {
  const stored = await db.meta.get(LIBRARY_PROGRAM);
  return typeof stored?.value === 'string' ? stored.value : undefined;
}

/** Remembers which program's modules this device's library lists first. */
export async function chooseLibraryProgram(db: RoundtableDb, programId: string): Promise<void> {
  await db.meta.put({ key: LIBRARY_PROGRAM, value: programId });
}
