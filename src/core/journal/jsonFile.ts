// The JSON export file: writing it, and reading one back with checks that say what is wrong
// and where. Reading never trusts the file: unknown fields are dropped, bad ones refused.

import { isCalendarDate } from './dates.ts';
import type { Commitment, JournalData, JournalExport, JournalSession, SharedTakeaway, Takeaway } from './types.ts';
import { COMMITMENT_STATUSES, JOURNAL_FORMAT, JOURNAL_VERSION } from './types.ts';

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

type Check = (value: unknown) => string | undefined;

const isText: Check = (v) => (typeof v === 'string' ? undefined : 'expected text');
const isId: Check = (v) => (typeof v === 'string' && v.length > 0 ? undefined : 'expected a non-empty id');
const isTime: Check = (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? undefined : 'expected a time (milliseconds since 1970)');
const isFlag: Check = (v) => (typeof v === 'boolean' ? undefined : 'expected true or false');
const isDate: Check = (v) => (isCalendarDate(v) ? undefined : `expected a date as YYYY-MM-DD, found ${JSON.stringify(v)}`);
const isStatus: Check = (v) => (COMMITMENT_STATUSES.includes(v as never) ? undefined : `expected one of ${COMMITMENT_STATUSES.join(', ')}, found ${JSON.stringify(v)}`);
const isAuthor: Check = (v) => (v === null || typeof v === 'string' ? undefined : 'expected a name or null');
const isPages: Check = (v) => (Array.isArray(v) && v.every((n) => Number.isInteger(n) && n >= 0) ? undefined : 'expected a list of page numbers');
const isSharing: Check = (v) => {
  if (v === null) return undefined;
  const s = v as { sharedId?: unknown; anonymous?: unknown };
  return typeof v === 'object' && typeof s.sharedId === 'string' && typeof s.anonymous === 'boolean' ? undefined : 'expected null or { sharedId, anonymous }';
};

type Shape<T> = { [K in keyof T]-?: { check: Check; optional?: boolean } };

const SESSION: Shape<JournalSession> = {
  roomId: { check: isId },
  moduleId: { check: isText },
  moduleTitle: { check: isText },
  joinedAt: { check: isTime },
  lastOpenedAt: { check: isTime },
  groupId: { check: isText, optional: true },
  groupName: { check: isText, optional: true },
  pagesCovered: { check: isPages, optional: true },
};
const TAKEAWAY: Shape<Takeaway> = {
  id: { check: isId },
  roomId: { check: isText },
  groupId: { check: isText },
  text: { check: isText },
  createdAt: { check: isTime },
  updatedAt: { check: isTime },
  shared: { check: isSharing },
};
const COMMITMENT: Shape<Commitment> = {
  id: { check: isId },
  roomId: { check: isText },
  groupId: { check: isText },
  what: { check: isText },
  byWhen: { check: isDate },
  howKnow: { check: isText },
  status: { check: isStatus },
  note: { check: isText },
  statusShared: { check: isFlag },
  createdAt: { check: isTime },
  updatedAt: { check: isTime },
};
const SHARED: Shape<SharedTakeaway> = {
  id: { check: isId },
  roomId: { check: isText },
  text: { check: isText },
  authorName: { check: isAuthor },
  sharedAt: { check: isTime },
};

function readList<T>(file: Record<string, unknown>, name: string, shape: Shape<T>, problems: string[]): T[] {
  const list = file[name];
  if (!Array.isArray(list)) {
    problems.push(`${name}: expected a list${list === undefined ? ', found none' : ''}`);
    return [];
  }
  const records: T[] = [];
  list.forEach((value, index) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(`${name}[${index}]: expected a record`);
      return;
    }
    const source = value as Record<string, unknown>;
    const record: Record<string, unknown> = {};
    let good = true;
    for (const [field, { check, optional }] of Object.entries(shape) as [string, { check: Check; optional?: boolean }][]) {
      const fieldValue = source[field];
      if (fieldValue === undefined && optional) continue;
      const problem = fieldValue === undefined ? 'missing' : check(fieldValue);
      if (problem) {
        problems.push(`${name}[${index}].${field}: ${problem}`);
        good = false;
      } else {
        // A copy, so that a shared object in the file is never aliased into storage.
        record[field] = Array.isArray(fieldValue) ? [...fieldValue] : fieldValue !== null && typeof fieldValue === 'object' ? { ...fieldValue } : fieldValue;
      }
    }
    if (good) records.push(record as T);
  });
  return records;
}

/**
 * Reads a JSON export. Refuses, with problems that say what is wrong and where: a file over
 * `limits.maxBytes`, anything that is not JSON or not a journal, a file made by a newer
 * version, and any record with a missing or wrong field. On any problem nothing is returned.
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
    sessions: readList(top, 'sessions', SESSION, problems),
    takeaways: readList(top, 'takeaways', TAKEAWAY, problems),
    commitments: readList(top, 'commitments', COMMITMENT, problems),
    sharedTakeaways: readList(top, 'sharedTakeaways', SHARED, problems),
  };
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_PROBLEMS);
    if (problems.length > MAX_PROBLEMS) shown.push(`…and ${problems.length - MAX_PROBLEMS} more problems.`);
    return { ok: false, problems: shown };
  }
  return { ok: true, data };
}
