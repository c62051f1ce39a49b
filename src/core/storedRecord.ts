// Checks a record read back from storage field by field, in the journal's way (see
// journal/records.ts): one rule per field, every problem told at once, unknown fields dropped.

import type { FieldProblem, RecordReading } from './journal/records.ts';

export type { FieldProblem, RecordReading };

/** What is wrong with a value, or undefined when it is fine. */
export type Check = (value: unknown) => string | undefined;

/** How one field is checked; `fallback` gives the value of a field an older build left out. */
export interface FieldRule {
  check: Check;
  optional?: boolean;
  fallback?: () => unknown;
}

/** A rule for every field of `T`. */
export type Shape<T> = { [K in keyof T]-?: FieldRule | Check };

/** The latest moment a JavaScript date can hold, in milliseconds since 1970. */
const MAX_TIME = 8.64e15;

/**
 * Whether `v` is longer than `max` characters, counted as takeaways.ts's `tooLong` counts them.
 * Its own copy: importing that module would bring the session rules into the start screen.
 */
export function tooLong(v: string, max: number): boolean {
  return v.length > max && (v.length > max * 2 || Array.from(v).length > max);
}

/** Text of at most `max` characters; `required` refuses the empty string. */
export const text =
  (max: number, required = false): Check =>
  (v) =>
    typeof v !== 'string' ? 'expected text' : required && !v ? 'expected non-empty text' : tooLong(v, max) ? `expected at most ${max} characters` : undefined;

/** A time in milliseconds from 1970, as a date can hold. */
export const time: Check = (v) => (typeof v === 'number' && v >= 0 && v <= MAX_TIME ? undefined : 'expected a time');

/** A whole number from `min` to `max`. */
export const whole =
  (min: number, max: number): Check =>
  (v) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? undefined : `expected a whole number from ${min} to ${max}`;

/** True or false. */
export const flag: Check = (v) => (typeof v === 'boolean' ? undefined : 'expected true or false');

/** One of `values`. */
export const oneOf =
  (values: readonly unknown[]): Check =>
  (v) =>
    values.includes(v) ? undefined : `expected one of ${values.join(', ')}`;

/** A list of at most `max` items, each passing `item`. */
export const list =
  (item: Check, max: number): Check =>
  (v) => {
    if (!Array.isArray(v)) return 'expected a list';
    if (v.length > max) return `expected at most ${max} items, found ${v.length}`;
    for (let i = 0; i < v.length; i++) {
      const problem = item(v[i]);
      if (problem) return `item ${i + 1}: ${problem}`;
    }
    return undefined;
  };

/** A nested record of `shape`; its first problem is told. */
export const nested =
  <T>(shape: Shape<T>): Check =>
  (v) => {
    const reading = readShape(shape, v);
    return reading.ok ? undefined : reading.problems.map((p) => `${p.field}: ${p.problem}`).join('; ');
  };

/**
 * Checks `value` against `shape`, every field, so that all of its problems are told at once.
 * Unknown fields are dropped; a missing field with a fallback takes it.
 */
export function readShape<T>(shape: Shape<T>, value: unknown): RecordReading<T> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problems: [{ field: '', problem: 'expected a record' }] };
  const source = value as Record<string, unknown>;
  const record: Record<string, unknown> = {};
  const problems: FieldProblem[] = [];
  for (const [field, rule] of Object.entries(shape) as Array<[string, FieldRule | Check]>) {
    const { check, optional, fallback } = typeof rule === 'function' ? { check: rule } : rule;
    const fieldValue = source[field];
    if (fieldValue === undefined && (optional || fallback)) {
      if (fallback) record[field] = fallback();
      continue;
    }
    const problem = fieldValue === undefined ? 'missing' : check(fieldValue);
    if (problem) problems.push({ field, problem });
    else record[field] = fieldValue;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, record: record as T };
}

/** A reading's problems as one line: `field: problem; …`. */
export function problemLine(problems: FieldProblem[]): string {
  return problems.map((p) => (p.field ? `${p.field}: ${p.problem}` : p.problem)).join('; ');
}
