// The JSON export file: writing it, and reading one back with checks that say what is wrong
// and where. Reading never trusts the file: unknown fields are dropped, bad ones refused.

import type { JournalRecordKind, JournalRecordOf } from './records.ts';
import { readJournalRecord } from './records.ts';
import type { JournalData, JournalExport } from './types.ts';
import { JOURNAL_FORMAT, JOURNAL_VERSION } from './types.ts';

/** Limits on what an import may be. */
export interface ImportLimits {
  /** The largest file accepted, in bytes (UTF-8). */
  maxBytes: number;
}

/** The default limits: 10 MB, many times what years of monthly sessions take (one year: about 0.2 MB). */
export const DEFAULT_IMPORT_LIMITS: ImportLimits = { maxBytes: 10_000_000 };

/** What reading an import gives: the data, or the problems, each saying what and where. */
export type ImportReading = { ok: true; data: JournalData } | { ok: false; problems: string[] };

/** How many problems are listed before the rest are counted. */
const MAX_PROBLEMS = 12;

/** The journal as its versioned JSON export file. */
export function toJson(data: JournalData, exportedAt: number): string {
  const file: JournalExport = {
    format: JOURNAL_FORMAT,
    version: JOURNAL_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    sessions: data.sessions,
    takeaways: data.takeaways,
    commitments: data.commitments,
    sharedTakeaways: data.sharedTakeaways,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

function readList<K extends JournalRecordKind>(file: Record<string, unknown>, name: K, problems: string[]): JournalRecordOf<K>[] {
  const list = file[name];
  if (!Array.isArray(list)) {
    problems.push(`${name}: expected a list${list === undefined ? ', found none' : ''}`);
    return [];
  }
  const records: JournalRecordOf<K>[] = [];
  list.forEach((value, index) => {
    const reading = readJournalRecord(name, value);
    if (reading.ok) records.push(reading.record);
    else for (const { field, problem } of reading.problems) problems.push(`${name}[${index}]${field ? `.${field}` : ''}: ${problem}`);
  });
  return records;
}

/**
 * Reads a JSON export. Refuses, with problems that say what is wrong and where: a file over
 * `limits.maxBytes`, anything that is not JSON or not a journal, a file made by a newer
 * version, and any record with a missing or wrong field (see readJournalRecord: times a date
 * can hold, the app's own length limits). On any problem nothing is returned.
 */
export function parseJournalImport(text: string, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): ImportReading {
  // A UTF-16 unit takes at most three UTF-8 bytes: most files need no measuring.
  const size = text.length * 3 <= limits.maxBytes ? 0 : new TextEncoder().encode(text).length;
  if (size > limits.maxBytes) return { ok: false, problems: [`This file is ${formatSize(size)}: a journal import may be at most ${formatSize(limits.maxBytes)}.`] };
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`This file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`] };
  }
  if (typeof file !== 'object' || file === null || Array.isArray(file)) return { ok: false, problems: ['This file is not a Roundtable journal: expected a JSON object at the top.'] };
  const top = file as Record<string, unknown>;
  if (top.format !== JOURNAL_FORMAT) {
    return { ok: false, problems: [`This file is not a Roundtable journal: format is ${JSON.stringify(top.format) ?? 'missing'}, expected "${JOURNAL_FORMAT}".`] };
  }
  if (typeof top.version !== 'number' || !Number.isInteger(top.version) || top.version < 1) {
    return { ok: false, problems: [`version: expected a whole number from 1, found ${JSON.stringify(top.version) ?? 'none'}.`] };
  }
  if (top.version > JOURNAL_VERSION) {
    return {
      ok: false,
      problems: [`This journal was made by a newer version of Roundtable (file version ${top.version}; this app reads up to version ${JOURNAL_VERSION}): update first, then import it again.`],
    };
  }
  const problems: string[] = [];
  const data: JournalData = {
    sessions: readList(top, 'sessions', problems),
    takeaways: readList(top, 'takeaways', problems),
    commitments: readList(top, 'commitments', problems),
    sharedTakeaways: readList(top, 'sharedTakeaways', problems),
  };
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_PROBLEMS);
    if (problems.length > MAX_PROBLEMS) shown.push(`…and ${problems.length - MAX_PROBLEMS} more problems.`);
    return { ok: false, problems: shown };
  }
  return { ok: true, data };
}
