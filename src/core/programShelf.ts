// Which program's curated modules the library lists first, and splitting a list of modules into a
// program's and the rest. Apart from program.ts, so that the library's start screen stays small.

/** Splits items into those of the program, in the program's order, and the rest in their own order. */
export function splitByProgram<T extends { id: string }>(items: T[], moduleIds: string[]): { chosen: T[]; rest: T[] } {
  const byId = new Map(items.map((item) => [item.id, item]));
  const chosen = moduleIds.flatMap((id) => byId.get(id) ?? []);
  const picked = new Set(chosen.map((item) => item.id));
  return { chosen, rest: items.filter((item) => !picked.has(item.id)) };
}

/** A program as the library sees it: its name and its curated modules, in the order chosen. */
export interface CuratedProgram {
  id: string;
  name: string;
  moduleIds: string[];
}

/** The program whose curated modules the library lists first, and the programs a device can choose from. */
export interface LibraryProgram {
  program: CuratedProgram;
  /** Every program that curates at least one module of the library, most recently changed first. */
  choices: CuratedProgram[];
}

/**
 * Which program's modules the library lists first: the one this device chose, while it still
 * curates a module of the library; otherwise the most recently changed program that does.
 * `programs` come most recently changed first. Undefined when no program curates a module here.
 */
export function libraryProgram(programs: CuratedProgram[], chosenId: string | undefined, modules: Array<{ id: string }>): LibraryProgram | undefined {
  const present = new Set(modules.map((module) => module.id));
  const choices = programs.filter((program) => program.moduleIds.some((id) => present.has(id)));
  const program = choices.find((p) => p.id === chosenId) ?? choices[0];
  return program ? { program, choices } : undefined;
}
