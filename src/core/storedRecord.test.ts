import { describe, expect, it } from 'vitest';
import type { Shape } from './storedRecord.ts';
import { flag, list, nested, oneOf, problemLine, readShape, text, time, whole } from './storedRecord.ts';

interface Thing {
  name: string;
  at: number;
  count: number;
  done: boolean;
  kind: 'a' | 'b';
  tags: string[];
  inner: { label: string };
  note?: string;
  size: number;
}

const THING: Shape<Thing> = {
  name: text(5, true),
  at: time,
  count: whole(1, 3),
  done: flag,
  kind: oneOf(['a', 'b']),
  tags: list(text(3), 2),
  inner: nested<{ label: string }>({ label: text(10) }),
  note: { check: text(10), optional: true },
  size: { check: whole(1, 9), fallback: () => 4 },
};
const good = { name: 'Ann', at: 5, count: 2, done: false, kind: 'a', tags: ['x'], inner: { label: 'l' }, size: 1 };

describe('readShape', () => {
  it('keeps a good record, drops unknown fields, and fills a missing field that has a fallback', () => {
    const older: Record<string, unknown> = { ...good };
    delete older.size;
    expect(readShape(THING, { ...older, extra: 1 })).toEqual({ ok: true, record: { ...older, size: 4 } });
    expect(readShape(THING, { ...good, note: 'hi' })).toEqual({ ok: true, record: { ...good, note: 'hi' } });
  });

  it.each([
    ['a record that is not one', 'text', [['', 'expected a record']]],
    ['a list', [good], [['', 'expected a record']]],
    ['null', null, [['', 'expected a record']]],
  ])('refuses %s', (_, value, problems) => {
    expect(readShape(THING, value)).toEqual({ ok: false, problems: problems.map(([field, problem]) => ({ field, problem })) });
  });

  it('tells every problem at once, field by field', () => {
    const bad = { name: '', at: -1, count: 4, done: 'no', kind: 'c', tags: ['x', 'y', 'z'], inner: { label: 7 }, note: null, size: null };
    const reading = readShape(THING, bad);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problems.map((p) => p.field)).toEqual(['name', 'at', 'count', 'done', 'kind', 'tags', 'inner', 'note', 'size']);
    expect(problemLine(reading.problems)).toContain('inner: label: expected text');
  });

  it('refuses text over its length, counted in characters, and a list over its size', () => {
    expect(text(5)('😀'.repeat(5))).toBeUndefined();
    expect(text(5)('😀'.repeat(6))).toBe('expected at most 5 characters');
    expect(text(5)('x'.repeat(1_000_000))).toBe('expected at most 5 characters');
    expect(list(text(3), 2)(Array.from({ length: 100_000 }, () => 'x'))).toBe('expected at most 2 items, found 100000');
    expect(list(text(3), 2)(['x', 4])).toBe('item 2: expected text');
  });

  it('refuses a time no date can hold', () => {
    expect(time(8.64e15)).toBeUndefined();
    expect(time(8.64e15 + 1)).toBe('expected a time');
    expect(time(Number.NaN)).toBe('expected a time');
    expect(time(Number.MAX_VALUE)).toBe('expected a time');
  });
});
