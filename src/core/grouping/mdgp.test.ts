import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mdgpObjective, mostPairsProfile, parseMdgp, solveMdgp } from './mdgp.ts';

const tiny = readFileSync('test/fixtures/mdgp/tiny.txt', 'utf8');

function message(text: string): string {
  try {
    parseMdgp(text);
  } catch (error) {
    return (error as Error).message;
  }
  return 'parsed';
}

describe('parseMdgp', () => {
  it('reads the header and every pair', () => {
    const instance = parseMdgp(tiny);
    expect(instance).toMatchObject({ n: 6, g: 2, kind: 'ss', minSizes: [3, 3], maxSizes: [3, 3] });
    expect(instance.d[0 * 6 + 2]).toBe(10);
    expect(instance.d[2 * 6 + 0]).toBe(10);
    expect(instance.d[1 * 6 + 4]).toBe(1);
  });

  it('accepts CRLF, a BOM and blank trailing lines', () => {
    expect(parseMdgp('\uFEFF' + tiny.replace(/\n/g, '\r\n') + '\r\n\r\n').n).toBe(6);
  });

  it('names the line and what is wrong', () => {
    const lines = tiny.trimEnd().split('\n');
    const withLine = (index: number, text: string) => lines.map((l, i) => (i === index ? text : l)).join('\n');
    expect(message('')).toBe('line 1: the file is empty; expected a header "n g ss|ds a1 b1 ... ag bg"');
    expect(message(withLine(0, '6 2 xs 3 3 3 3'))).toBe('line 1: the group-size type must be "ss" or "ds", found "xs"');
    expect(message(withLine(0, '6 2 ss 3 3 3'))).toBe('line 1: expected 4 size bounds (a lower and an upper bound for each of the 2 groups), found 3');
    expect(message(withLine(0, '6 2 ss 4 3 3 3'))).toBe('line 1: group 1 has a lower size bound 4 above its upper bound 3');
    expect(message(withLine(0, '6 2 ss 2 2 2 2'))).toBe('line 1: the size bounds cannot hold 6 people: the groups take between 4 and 4');
    expect(message(withLine(3, '0 3 ten'))).toBe('line 4: the value "ten" is not a number');
    expect(message(withLine(3, '0 9 1'))).toBe('line 4: person index 9 is out of range: people are numbered 0 to 5');
    expect(message(withLine(3, '0 1 5'))).toBe('line 4: the pair 0 1 appears twice');
    expect(message(withLine(3, '0 3'))).toBe('line 4: expected "i j d" (two person indices and a value), found "0 3"');
    expect(message(lines.slice(0, -1).join('\n'))).toBe('line 16: the file ends after 14 of the 15 pairs; the first missing pair is 4 5');
  });
});

describe('solveMdgp', () => {
  it('finds the optimum of the tiny instance: {0,2,4} and {1,3,5}, objective 60', () => {
    const instance = parseMdgp(tiny);
    const solution = solveMdgp(instance, { seed: 1, timeLimitMs: 50, now: () => performance.now() });
    expect(solution.objective).toBe(60);
    expect(solution.groups.map((g) => [...g].sort()).sort()).toEqual([
      [0, 2, 4],
      [1, 3, 5],
    ]);
  });

  it('keeps every group within its own size bounds on a different-sizes instance', () => {
    const n = 10;
    const lines = ['10 3 ds 2 3 3 5 2 6'];
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) lines.push(`${i} ${j} ${(i * 7 + j * 13) % 17}`);
    const instance = parseMdgp(lines.join('\n'));
    const solution = solveMdgp(instance, { seed: 3, timeLimitMs: 100, now: () => performance.now() });
    solution.groups.forEach((group, k) => {
      expect(group.length).toBeGreaterThanOrEqual(instance.minSizes[k]!);
      expect(group.length).toBeLessThanOrEqual(instance.maxSizes[k]!);
    });
    expect(solution.groups.flat().sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
    expect(solution.objective).toBeCloseTo(mdgpObjective(instance, solution.groups), 9);
  });
});

describe('mostPairsProfile', () => {
  it('pushes sizes to the extremes the bounds allow', () => {
    // 10 people in groups of 2–6 and 2–6: 6+4 holds 15+6 = 21 pairs, more than 5+5 (20).
    expect(mostPairsProfile([2, 2], [6, 6], 10).sort()).toEqual([4, 6]);
    expect(mostPairsProfile([3, 3, 3], [3, 3, 3], 9)).toEqual([3, 3, 3]);
  });
});
