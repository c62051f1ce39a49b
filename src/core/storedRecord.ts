// Checks a record read back from storage field by field, in the journal's way (see
// journal/records.ts): one rule per field, every problem told at once, unknown fields dropped.
// A problem is a code with its figures, never words: the screen that lists it words it.

/**
 * What is wrong with a stored value. `empty` is empty text, `emptyList` a list with no items;
 * `newerFormat` is a record in a format newer than this version of the app reads. `worded`
 * carries a problem another check words itself (the journal's record check), told as it is.
 */
export type ValueProblem =
  | { code: 'missing' | 'notRecord' | 'notText' | 'empty' | 'notTime' | 'notFlag' | 'notList' | 'emptyList' | 'notPair' | 'notWholeOrNull' }
  | { code: 'notModuleId' | 'notLanguageTag' }
  | { code: 'newerFormat'; found: number; reads: number }
  | { code: 'tooLong'; max: number }
  | { code: 'notWhole'; min: number; max: number }
  | { code: 'notOneOf'; values: readonly string[] }
  | { code: 'tooMany'; max: number; found: number }
  | { code: 'item'; item: number; problem: ValueProblem }
  | { code: 'fields'; problems: FieldProblem[] }
  | { code: 'worded'; text: string };

/** What is wrong with one field; `field` is empty when the record as a whole is wrong. */
export interface FieldProblem {
  field: string;
  problem: ValueProblem;
}

/** A checked record (only the fields its shape knows), or what is wrong with it. */
export type RecordReading<T> = { ok: true; record: T } | { ok: false; problems: FieldProblem[] };

/** What is wrong with a value, or undefined when it is fine. */
export type Check = (value: unknown) => ValueProblem | undefined;

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
    typeof v !== 'string' ? { code: 'notText' } : required && !v ? { code: 'empty' } : tooLong(v, max) ? { code: 'tooLong', max } : undefined;

/** A time in milliseconds from 1970, as a date can hold. */
export const time: Check = (v) => (typeof v === 'number' && v >= 0 && v <= MAX_TIME ? undefined : { code: 'notTime' });

/** A whole number from `min` to `max`. */
export const whole =
  (min: number, max: number): Check =>
  (v) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? undefined : { code: 'notWhole', min, max };

/** True or false. */
export const flag: Check = (v) => (typeof v === 'boolean' ? undefined : { code: 'notFlag' });

/** One of `values`. */
export const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    values.includes(v as string) ? undefined : { code: 'notOneOf', values };

/** A list of at most `max` items, each passing `item`; the first faulty item is told, counted from 1. */
export const list =
  (item: Check, max: number): Check =>
  (v) => {
    if (!Array.isArray(v)) return { code: 'notList' };
    if (v.length > max) return { code: 'tooMany', max, found: v.length };
    for (let i = 0; i < v.length; i++) {
      const problem = item(v[i]);
      if (problem) return { code: 'item', item: i + 1, problem };
    }
    return undefined;
  };

/** A nested record of `shape`; every problem of its fields is told. */
export const nested =
  <T>(shape: Shape<T>): Check =>
  (v) => {
    const reading = readShape(shape, v);
    if (reading.ok) return undefined;
    const [first] = reading.problems;
    return reading.problems.length === 1 && first?.field === '' ? first.problem : { code: 'fields', problems: reading.problems };
  };

/**
 * Checks `value` against `shape`, every field, so that all of its problems are told at once.
 * Unknown fields are dropped; a missing field with a fallback takes it.
 */
export function readShape<T>(shape: Shape<T>, value: unknown): RecordReading<T> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problems: [{ field: '', problem: { code: 'notRecord' } }] };
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
    const problem = fieldValue === undefined ? { code: 'missing' as const } : check(fieldValue);
    if (problem) problems.push({ field, problem });
    else record[field] = fieldValue;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, record: record as T };
}
