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

/** What is wrong with one field; `field` is empty when the record as a whole is wrong. */
export interface FieldProblem {
  field: string;
  problem: string;
}

/** A checked record (only the fields the journal knows, copied), or what is wrong with it. */
export type RecordReading<T> = { ok: true; record: T } | { ok: false; problems: FieldProblem[] };

type Check = (value: unknown) => string | undefined;

const found = (value: unknown): string => {
  // NaN and Infinity as themselves: JSON would write them as null.
  const text = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};
const length = (text: string) => Array.from(text).length;

const text =
  (max: number, required = false): Check =>
  (v) => {
    if (typeof v !== 'string') return 'expected text';
    if (required && v.length === 0) return 'expected a non-empty id';
    return tooLong(v, max) ? `expected at most ${max} characters, found ${length(v)}` : undefined;
  };
const isId = text(MAX_ID_LENGTH, true);
const isGroupId = text(MAX_ID_LENGTH);
const isTime: Check = (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_TIME ? undefined : `expected a time in milliseconds from 1970 up to the year 275760, found ${found(v)}`);
const isFlag: Check = (v) => (typeof v === 'boolean' ? undefined : 'expected true or false');
const isDate: Check = (v) => (isCalendarDate(v) ? undefined : `expected a date as YYYY-MM-DD, found ${found(v)}`);
const isStatus: Check = (v) => (COMMITMENT_STATUSES.includes(v as never) ? undefined : `expected one of ${COMMITMENT_STATUSES.join(', ')}, found ${found(v)}`);
const isAuthor: Check = (v) => (v === null || (typeof v === 'string' && !tooLong(v, MAX_NAME_LENGTH)) ? undefined : `expected a name of at most ${MAX_NAME_LENGTH} characters, or null`);
const isPages: Check = (v) =>
  Array.isArray(v) && v.length <= MAX_PAGES && v.every((n) => Number.isInteger(n) && n >= 0 && n < MAX_PAGES) ? undefined : 'expected a list of page numbers';
const isSharing: Check = (v) => {
  if (v === null) return undefined;
  const s = v as { sharedId?: unknown; anonymous?: unknown };
  return typeof v === 'object' && !isId(s.sharedId) && typeof s.anonymous === 'boolean' ? undefined : 'expected null or { sharedId, anonymous }';
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
export function readJournalRecord<K extends JournalRecordKind>(kind: K, value: unknown): RecordReading<JournalRecordOf<K>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problems: [{ field: '', problem: 'expected a record' }] };
  const source = value as Record<string, unknown>;
  const record: Record<string, unknown> = {};
  const problems: FieldProblem[] = [];
  for (const [field, { check, optional }] of FIELDS[kind]) {
    const fieldValue = source[field];
    if (fieldValue === undefined && optional) continue;
    const problem = fieldValue === undefined ? 'missing' : check(fieldValue);
    if (problem) problems.push({ field, problem });
    else record[field] = Array.isArray(fieldValue) ? [...fieldValue] : fieldValue !== null && typeof fieldValue === 'object' ? { ...fieldValue } : fieldValue;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, record: record as unknown as JournalRecordOf<K> };
}
