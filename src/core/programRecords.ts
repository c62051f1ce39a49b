// Reads the records of a program's roster, groups and saved groupings against the types the app
// writes, so that a damaged one is told apart rather than breaking a screen (the program itself: storedProgram.ts).

import type { Cycle, Meeting, Person, ProgramGroup, SavedGrouping } from './program.ts';
import { MAX_LIST, MAX_STORED_ID, storedId, storedIds } from './storedProgram.ts';
import type { RecordReading, Shape } from './storedRecord.ts';
import { flag, list, nested, oneOf, readShape, text, time, whole } from './storedRecord.ts';

/** The most rounds, cycles or meetings a list holds. */
const FEW = 1_000;
/** The longest roster field (a name, an email, a division…) or meeting place, in characters. */
const FIELD = 1_000;

const rounds = list(list(storedIds, MAX_LIST), FEW);

const PERSON: Shape<Person> = {
  id: storedId,
  programId: storedId,
  name: text(FIELD),
  email: text(FIELD),
  division: text(FIELD),
  level: text(FIELD),
  location: text(FIELD),
  manager: text(FIELD),
};

const MEETING: Shape<Meeting> = { date: text(10), time: text(5), place: text(FIELD) };
const CYCLE: Shape<Cycle> = { number: whole(1, FEW * 1_000), meetings: list(nested(MEETING), FEW), decision: oneOf(['undecided', 'continue', 'stop']) };

const GROUP: Shape<ProgramGroup> = {
  id: storedId,
  programId: storedId,
  name: text(FIELD),
  memberIds: storedIds,
  groupingId: text(MAX_STORED_ID),
  round: whole(1, FEW),
  status: oneOf(['active', 'stopped', 'regrouped']),
  cycles: list(nested(CYCLE), FEW),
  createdAt: time,
  rotation: { check: rounds, optional: true },
};

const GROUPING: Shape<SavedGrouping> = {
  id: storedId,
  programId: storedId,
  createdAt: time,
  rounds,
  seed: (v) => (v === null || Number.isSafeInteger(v) ? undefined : { code: 'notWholeOrNull' as const }),
  adjusted: flag,
};

/** Checks a stored person of a roster. */
export function readPersonRecord(value: unknown): RecordReading<Person> {
  return readShape(PERSON, value);
}

/** Checks a stored group of a program, with its cycles and any rotation. */
export function readProgramGroupRecord(value: unknown): RecordReading<ProgramGroup> {
  return readShape(GROUP, value);
}

/** Checks a stored grouping. */
export function readGroupingRecord(value: unknown): RecordReading<SavedGrouping> {
  return readShape(GROUPING, value);
}
