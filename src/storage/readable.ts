// Reads stored records through a core checker: the ones that pass, and a problem for each of
// the others, which stay in storage as they are.

import type { RecordReading } from '../core/storedRecord.ts';
import type { StoredKind, StoredProblem } from './libraryRepo.ts';

/** The records among `stored` that `read` accepts; each other one adds a problem of `kind` to `problems`. */
export function readable<T>(stored: readonly unknown[], read: (value: unknown) => RecordReading<T>, kind: StoredKind, problems: StoredProblem[]): T[] {
  const records: T[] = [];
  for (const value of stored) {
    const reading = read(value);
    if (reading.ok) records.push(reading.record);
    else problems.push({ kind, id: storedId(value), problem: reading.problems });
  }
  return records;
}

/** A record's id as text, cut to a readable length; undefined when it has none. */
export function storedId(value: unknown): string | undefined {
  const id = (value as { id?: unknown } | null)?.id;
  return id === undefined || id === null ? undefined : String(id).slice(0, 100);
}
