// The JSON export file: writing it, and reading one back with checks that say what is wrong
// and where, as codes the interface words. Reading never trusts the file: unknown fields are
// dropped, bad ones refused.

import type { JournalRecordKind, JournalRecordOf, RecordProblem } from './records.ts';
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

/** One reason an import is refused, with what the interface needs to word it. */
export type ImportProblem =
  /** The file is `size` bytes, over the `max` allowed. */
  | { code: 'tooBig'; size: number; max: number }
  /** Not JSON; `detail` is the parser's own message. */
  | { code: 'notJson'; detail: string }
  /** JSON, but not an object at the top. */
  | { code: 'notObject' }
  /** Its `format` is `found` (as JSON), or missing when `found` is undefined, not `expected`. */
  | { code: 'notJournal'; found: string | undefined; expected: string }
  /** Its `version` is `found` (as JSON), or missing, not a whole number from 1. */
  | { code: 'badVersion'; found: string | undefined }
  /** Made by a newer version: file `version`, while this app reads up to `newest`. */
  | { code: 'newerVersion'; version: number; newest: number }
  /** The list `list` is not a list, or is `missing`. */
  | { code: 'notList'; list: JournalRecordKind; missing: boolean }
  /** Record `index` of `list` is wrong: in `field`, or as a whole when `field` is empty. */
  | { code: 'badRecord'; list: JournalRecordKind; index: number; field: string; reason: RecordProblem }
  /** `count` more problems, not listed. */
  | { code: 'more'; count: number };

/** What reading an import gives: the data, or the problems, each saying what and where. */
export type ImportReading = { ok: true; data: JournalData } | { ok: false; problems: ImportProblem[] };

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

function readList<K extends JournalRecordKind>(file: Record<string, unknown>, name: K, problems: ImportProblem[]): JournalRecordOf<K>[] {
  const list = file[name];
  if (!Array.isArray(list)) {
    problems.push({ code: 'notList', list: name, missing: list === undefined });
    return [];
  }
  const records: JournalRecordOf<K>[] = [];
  list.forEach((value, index) => {
    const reading = readJournalRecord(name, value);
    if (reading.ok) records.push(reading.record);
    else for (const { field, reason } of reading.problems) problems.push({ code: 'badRecord', list: name, index, field, reason });
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
  if (size > limits.maxBytes) return { ok: false, problems: [{ code: 'tooBig', size, max: limits.maxBytes }] };
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ code: 'notJson', detail: error instanceof Error ? error.message : String(error) }] };
  }
  if (typeof file !== 'object' || file === null || Array.isArray(file)) return { ok: false, problems: [{ code: 'notObject' }] };
  const top = file as Record<string, unknown>;
  if (top.format !== JOURNAL_FORMAT) return { ok: false, problems: [{ code: 'notJournal', found: JSON.stringify(top.format), expected: JOURNAL_FORMAT }] };
  if (typeof top.version !== 'number' || !Number.isInteger(top.version) || top.version < 1) {
    return { ok: false, problems: [{ code: 'badVersion', found: JSON.stringify(top.version) }] };
  }
  if (top.version > JOURNAL_VERSION) return { ok: false, problems: [{ code: 'newerVersion', version: top.version, newest: JOURNAL_VERSION }] };
  const problems: ImportProblem[] = [];
  const data: JournalData = {
    sessions: readList(top, 'sessions', problems),
    takeaways: readList(top, 'takeaways', problems),
    commitments: readList(top, 'commitments', problems),
    sharedTakeaways: readList(top, 'sharedTakeaways', problems),
  };
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_PROBLEMS);
    if (problems.length > MAX_PROBLEMS) shown.push({ code: 'more', count: problems.length - MAX_PROBLEMS });
    return { ok: false, problems: shown };
  }
  return { ok: true, data };
}
