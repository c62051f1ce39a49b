import { describe, expect, it } from 'vitest';
import type { Shape } from './storedRecord.ts';
import { flag, list, nested, oneOf, readShape, text, time, whole } from './storedRecord.ts';

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
    ['a record that is not one', 'text'],
    ['a list', [good]],
    ['null', null],
  ])('refuses %s', (_, value) => {
    expect(readShape(THING, value)).toEqual({ ok: false, problems: [{ field: '', problem: { code: 'notRecord' } }] });
  });

  it('tells every problem at once, field by field', () => {
    const bad = { name: '', at: -1, count: 4, done: 'no', kind: 'c', tags: ['x', 'y', 'z'], inner: { label: 7 }, note: null, size: null };
    const reading = readShape(THING, bad);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problems).toEqual([
      { field: 'name', problem: { code: 'empty' } },
      { field: 'at', problem: { code: 'notTime' } },
      { field: 'count', problem: { code: 'notWhole', min: 1, max: 3 } },
      { field: 'done', problem: { code: 'notFlag' } },
      { field: 'kind', problem: { code: 'notOneOf', values: ['a', 'b'] } },
      { field: 'tags', problem: { code: 'tooMany', max: 2, found: 3 } },
      { field: 'inner', problem: { code: 'fields', problems: [{ field: 'label', problem: { code: 'notText' } }] } },
      { field: 'note', problem: { code: 'notText' } },
      { field: 'size', problem: { code: 'notWhole', min: 1, max: 9 } },
    ]);
  });

  it('tells a nested value that is no record as such, and a missing field as missing', () => {
    expect(nested<{ label: string }>({ label: text(10) })('flat')).toEqual({ code: 'notRecord' });
    const reading = readShape(THING, { ...good, name: undefined });
    expect(!reading.ok && reading.problems).toEqual([{ field: 'name', problem: { code: 'missing' } }]);
  });

  it('refuses text over its length, counted in characters, and a list over its size', () => {
    expect(text(5)('😀'.repeat(5))).toBeUndefined();
    expect(text(5)('😀'.repeat(6))).toEqual({ code: 'tooLong', max: 5 });
    expect(text(5)('x'.repeat(1_000_000))).toEqual({ code: 'tooLong', max: 5 });
    expect(list(text(3), 2)(Array.from({ length: 100_000 }, () => 'x'))).toEqual({ code: 'tooMany', max: 2, found: 100_000 });
    expect(list(text(3), 2)(['x', 4])).toEqual({ code: 'item', item: 2, problem: { code: 'notText' } });
    expect(list(text(3), 2)('x')).toEqual({ code: 'notList' });
  });

  it('refuses a time no date can hold', () => {
    expect(time(8.64e15)).toBeUndefined();
    expect(time(8.64e15 + 1)).toEqual({ code: 'notTime' });
    expect(time(Number.NaN)).toEqual({ code: 'notTime' });
    expect(time(Number.MAX_VALUE)).toEqual({ code: 'notTime' });
  });
});
