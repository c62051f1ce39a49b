import { describe, expect, it } from 'vitest';
import { affinePlaneRounds } from './affine.ts';

describe('affinePlaneRounds', () => {
  it('seats 25 people in 5 groups of 5 over 6 rounds with every pair meeting exactly once', () => {
    const rounds = affinePlaneRounds(25, 6)!;
    expect(rounds).toHaveLength(6);
    const met = new Map<string, number>();
    for (const groups of rounds) {
      expect(groups.map((g) => g.length)).toEqual([5, 5, 5, 5, 5]);
      expect(groups.flat().sort((a, b) => a - b)).toEqual([...Array(25).keys()]);
      for (const g of groups) for (const a of g) for (const b of g) if (a < b) met.set(`${a}-${b}`, (met.get(`${a}-${b}`) ?? 0) + 1);
    }
    expect(met.size).toBe(300); // all C(25, 2) pairs
    expect(Math.max(...met.values())).toBe(1);
  });

  it('declines numbers that do not fit', () => {
    expect(affinePlaneRounds(24, 2)).toBeNull();
    expect(affinePlaneRounds(36, 2)).toBeNull(); // 6 is not a prime
    expect(affinePlaneRounds(25, 7)).toBeNull();
  });
});
