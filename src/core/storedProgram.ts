// Reads a stored program against the type the app writes, filling in what an older build left out.
// Kept apart from programRecords.ts: the library's start screen reads programs, and only programs.

import type { Program } from './program.ts';
import type { RecordReading, Shape } from './storedRecord.ts';
import { list, readShape, text, time, whole } from './storedRecord.ts';

/** The longest id kept, in characters. */
export const MAX_STORED_ID = 100;
/** The most people, modules, pairs or members a list holds. */
export const MAX_LIST = 10_000;

/** A stored id: non-empty text of at most {@link MAX_STORED_ID} characters. */
export const storedId = text(MAX_STORED_ID, true);
/** A stored list of ids. */
export const storedIds = list(storedId, MAX_LIST);

const pair = list(storedId, 2);
const pairs = list((v) => (Array.isArray(v) && v.length === 2 ? pair(v) : { code: 'notPair' as const }), MAX_LIST);

const PROGRAM: Shape<Program> = {
  id: storedId,
  name: text(80),
  moduleIds: { check: storedIds, fallback: () => [] },
  keepApart: { check: pairs, fallback: () => [] },
  keepTogether: { check: pairs, fallback: () => [] },
  meetingMinutes: { check: whole(1, 24 * 60), fallback: () => 90 },
  createdAt: time,
  updatedAt: time,
};

/** Checks a stored program; fields an older build left out take their defaults. */
export function readProgramRecord(value: unknown): RecordReading<Program> {
  return readShape(PROGRAM, value);
}
