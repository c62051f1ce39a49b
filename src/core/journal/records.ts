// Checks one journal record field by field, the same way for an import file and for what this
// device has stored: types, times a date can hold, and the app's own length limits.

import { MAX_NAME_LENGTH } from '../session.ts';
import { MAX_COMMITMENT_TEXT, MAX_ID_LENGTH, MAX_NOTE_LENGTH, MAX_TAKEAWAY_LENGTH, tooLong } from '../takeaways.ts';
import { isCalendarDate } from './dates.ts';
import type { JournalData } from './types.ts';
import { COMMITMENT_STATUSES } from './types.ts';

/** The latest moment a JavaScript date can hold, in milliseconds since 1970 (the year 275760). */
export const MAX_TIME = 8.64e15;
/** The longest module title kept in a session record, in characters. */
export const MAX_TITLE_LENGTH = 200;
/** The most page numbers a session record lists. */
export const MAX_PAGES = 1000;

/** The journal's four kinds of record, named as in the export file. */
export type JournalRecordKind = keyof JournalData;

/** One record of a kind. */
export type JournalRecordOf<K extends JournalRecordKind> = JournalData[K][number];

/** What is wrong with a value, as a code and its values: the interface words it. */
export type RecordProblem =
  | { code: 'notRecord' | 'missing' | 'notText' | 'emptyId' | 'notFlag' | 'notPages' | 'notSharing' }
  | { code: 'tooLong'; max: number; found: number }
  | { code: 'notTime' | 'notDate'; found: string }
  | { code: 'notStatus'; allowed: readonly string[]; found: string }
  | { code: 'notAuthor'; max: number };

/** A problem's code. */
export type RecordProblemCode = RecordProblem['code'];

/**
 * What is wrong with one field; `field` is empty when the record as a whole is wrong. `reason`
 * is the problem as a code, for the interface to word; `problem` says it in English, for logs
 * and for checks of other records that have no codes (see storedRecord.ts).
 */
export interface FieldProblem {
  field: string;
  problem: string;
  reason?: RecordProblem;
}

/** A checked record (only the fields the journal knows, copied), or what is wrong with it. */
export type RecordReading<T> = { ok: true; record: T } | { ok: false; problems: FieldProblem[] };

/** A field problem of the journal's own checks, which always give its code. */
export type JournalFieldProblem = FieldProblem & { reason: RecordProblem };

/** A checked journal record, or what is wrong with it, with codes. */
export type JournalRecordReading<T> = { ok: true; record: T } | { ok: false; problems: JournalFieldProblem[] };

/** A problem in English, as logs and `FieldProblem.problem` say it. */
export function recordProblemText(reason: RecordProblem): string {
  switch (reason.code) {
    case 'notRecord':
      return 'expected a record';
    case 'missing':
      return 'missing';
    case 'notText':
      return 'expected text';
    case 'emptyId':
      return 'expected a non-empty id';
    case 'tooLong':
      return `expected at most ${reason.max} characters, found ${reason.found}`;
    case 'notTime':
      return `expected a time in milliseconds from 1970 up to the year 275760, found ${reason.found}`;
    case 'notFlag':
      return 'expected true or false';
    case 'notDate':
      return `expected a date as YYYY-MM-DD, found ${reason.found}`;
    case 'notStatus':
      return `expected one of ${reason.allowed.join(', ')}, found ${reason.found}`;
    case 'notAuthor':
      return `expected a name of at most ${reason.max} characters, or null`;
    case 'notPages':
      return 'expected a list of page numbers';
    case 'notSharing':
      return 'expected null or { sharedId, anonymous }';
  }
}

const problemOf = (field: string, reason: RecordProblem): JournalFieldProblem => ({ field, problem: recordProblemText(reason), reason });

type Check = (value: unknown) => RecordProblem | undefined;

const found = (value: unknown): string => {
  // NaN and Infinity as themselves: JSON would write them as null.
  const text = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};
const length = (text: string) => Array.from(text).length;

const text =
  (max: number, required = false): Check =>
  (v) => {
    if (typeof v !== 'string') return { code: 'notText' };
    if (required && v.length === 0) return { code: 'emptyId' };
    return tooLong(v, max) ? { code: 'tooLong', max, found: length(v) } : undefined;
  };
const isId = text(MAX_ID_LENGTH, true);
const isGroupId = text(MAX_ID_LENGTH);
const isTime: Check = (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_TIME ? undefined : { code: 'notTime', found: found(v) });
const isFlag: Check = (v) => (typeof v === 'boolean' ? undefined : { code: 'notFlag' });
const isDate: Check = (v) => (isCalendarDate(v) ? undefined : { code: 'notDate', found: found(v) });
const isStatus: Check = (v) => (COMMITMENT_STATUSES.includes(v as never) ? undefined : { code: 'notStatus', allowed: COMMITMENT_STATUSES, found: found(v) });
const isAuthor: Check = (v) => (v === null || (typeof v === 'string' && !tooLong(v, MAX_NAME_LENGTH)) ? undefined : { code: 'notAuthor', max: MAX_NAME_LENGTH });
const isPages: Check = (v) =>
  Array.isArray(v) && v.length <= MAX_PAGES && v.every((n) => Number.isInteger(n) && n >= 0 && n < MAX_PAGES) ? undefined : { code: 'notPages' };
const isSharing: Check = (v) => {
  if (v === null) return undefined;
  const s = v as { sharedId?: unknown; anonymous?: unknown };
  return typeof v === 'object' && !isId(s.sharedId) && typeof s.anonymous === 'boolean' ? undefined : { code: 'notSharing' };
};

type Shape<T> = { [K in keyof T]-?: { check: Check; optional?: boolean } };

const SHAPES: { [K in JournalRecordKind]: Shape<JournalRecordOf<K>> } = {
  sessions: {
    roomId: { check: isId },
    moduleId: { check: text(MAX_ID_LENGTH) },
    moduleTitle: { check: text(MAX_TITLE_LENGTH) },
    joinedAt: { check: isTime },
    lastOpenedAt: { check: isTime },
    groupId: { check: isGroupId, optional: true },
    groupName: { check: text(MAX_NAME_LENGTH), optional: true },
    pagesCovered: { check: isPages, optional: true },
  },
  takeaways: {
    id: { check: isId },
    roomId: { check: text(MAX_ID_LENGTH) },
    groupId: { check: isGroupId },
    text: { check: text(MAX_TAKEAWAY_LENGTH) },
    createdAt: { check: isTime },
    updatedAt: { check: isTime },
    shared: { check: isSharing },
  },
  commitments: {
    id: { check: isId },
    roomId: { check: text(MAX_ID_LENGTH) },
    groupId: { check: isGroupId },
    what: { check: text(MAX_COMMITMENT_TEXT) },
    byWhen: { check: isDate },
    howKnow: { check: text(MAX_COMMITMENT_TEXT) },
    status: { check: isStatus },
    note: { check: text(MAX_NOTE_LENGTH) },
    statusShared: { check: isFlag },
    createdAt: { check: isTime },
    updatedAt: { check: isTime },
  },
  sharedTakeaways: {
    id: { check: isId },
    roomId: { check: text(MAX_ID_LENGTH) },
    text: { check: text(MAX_TAKEAWAY_LENGTH) },
    authorName: { check: isAuthor },
    sharedAt: { check: isTime },
  },
};

type Field = [name: string, rule: { check: Check; optional?: boolean }];
/** Each shape's fields, listed once rather than for every record read. */
const FIELDS = Object.fromEntries(Object.entries(SHAPES).map(([kind, shape]) => [kind, Object.entries(shape)])) as Record<JournalRecordKind, Field[]>;

/**
 * Checks one record of `kind`, every field, so that all of its problems are told at once.
 * Unknown fields are dropped; what is kept is copied, so nothing of `value` is aliased.
 */
export function readJournalRecord<K extends JournalRecordKind>(kind: K, value: unknown): JournalRecordReading<JournalRecordOf<K>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problems: [problemOf('', { code: 'notRecord' })] };
  const source = value as Record<string, unknown>;
  const record: Record<string, unknown> = {};
  const problems: JournalFieldProblem[] = [];
  for (const [field, { check, optional }] of FIELDS[kind]) {
    const fieldValue = source[field];
    if (fieldValue === undefined && optional) continue;
    const problem: RecordProblem | undefined = fieldValue === undefined ? { code: 'missing' } : check(fieldValue);
    if (problem) problems.push(problemOf(field, problem));
    else record[field] = Array.isArray(fieldValue) ? [...fieldValue] : fieldValue !== null && typeof fieldValue === 'object' ? { ...fieldValue } : fieldValue;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, record: record as unknown as JournalRecordOf<K> };
}
