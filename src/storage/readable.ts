// Reads stored records through a core checker: the ones that pass, and a problem for each of
// the others, which stay in storage as they are.

import type { RecordReading } from '../core/storedRecord.ts';
import { problemLine } from '../core/storedRecord.ts';
import type { StoredProblem } from './libraryRepo.ts';

/** The records among `stored` that `read` accepts; each other one adds a problem of `kind` to `problems`. */
export function readable<T>(stored: readonly unknown[], read: (value: unknown) => RecordReading<T>, kind: string, problems: StoredProblem[]): T[] {
  const records: T[] = [];
  for (const value of stored) {
    const reading = read(value);
    if (reading.ok) records.push(reading.record);
    else problems.push({ kind, id: String((value as { id?: unknown } | null)?.id ?? '?').slice(0, 100), problem: problemLine(reading.problems) });
  }
  return records;
}
