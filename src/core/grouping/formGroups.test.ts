import { describe, expect, it } from 'vitest';
import { evaluateGrouping } from './cost.ts';
import { formGroups } from './formGroups.ts';
import type { GroupingInput, GroupingResult } from './types.ts';

const fixedClock = () => 0;
const run = (input: GroupingInput, seed = 1, timeLimitMs = 100) => formGroups(input, { seed, timeLimitMs, now: fixedClock });
const people = (n: number, divisions = 4) => Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `P${i}`, division: `D${i % divisions}` }));

function ok(result: GroupingResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

/** Pairs meeting in more than one of the rounds, counted independently of the engine. */
function repeats(rounds: string[][][]): number {
  const met = new Map<string, number>();
  let count = 0;
  for (const groups of rounds) {
    for (const g of groups) {
      for (const a of g) {
        for (const b of g) {
          if (a >= b) continue;
          const key = `${a}|${b}`;
          if (met.has(key)) count++;
          met.set(key, (met.get(key) ?? 0) + 1);
        }
      }
    }
  }
  return count;
}

describe('formGroups', () => {
  it('seats everyone once per round, within the sizes, keeping apart and together as asked', () => {
    const input: GroupingInput = {
      people: people(31),
      minSize: 5,
      maxSize: 7,
      rounds: 2,
      keepApart: [
        ['p0', 'p1'],
        ['p0', 'p2'],
        ['p3', 'p4'],
        ['p10', 'p20'],
      ],
      keepTogether: [
        ['p5', 'p6'],
        ['p6', 'p7'],
        ['p0', 'p30'],
      ],
    };
    const result = ok(run(input));
    expect(result.rounds).toHaveLength(2);
    for (const round of result.rounds) {
      expect(round.groups.flat().sort()).toEqual(input.people.map((p) => p.id).sort());
      for (const g of round.groups) {
        expect(g.length).toBeGreaterThanOrEqual(5);
        expect(g.length).toBeLessThanOrEqual(7);
      }
      const groupOf = new Map(round.groups.flatMap((g, k) => g.map((id) => [id, k] as const)));
      for (const [a, b] of input.keepApart!) expect(groupOf.get(a)).not.toBe(groupOf.get(b));
      for (const [a, b] of input.keepTogether!) expect(groupOf.get(a)).toBe(groupOf.get(b));
    }
    const cost = evaluateGrouping(input, result.rounds.map((r) => r.groups));
    expect(cost.keepApartBroken).toEqual([]);
    expect(cost.keepTogetherBroken).toEqual([]);
    expect(cost.sizeProblems).toEqual([]);
    expect(cost.score).toBeCloseTo(result.score, 9);
  });

  it('mixes divisions: 20 people from 4 divisions in groups of 4 get one of each per group', () => {
    const result = ok(run({ people: people(20, 4), minSize: 4, maxSize: 4 }));
    for (const e of result.rounds[0]!.explanations) expect(e.divisions).toEqual(['D0', 'D1', 'D2', 'D3']);
  });

  it('avoids pairs who met before: 12 people from 3 past groups of 4 regroup into trios of strangers', () => {
    const history = [0, 1, 2].map((k) => ({ memberIds: [0, 1, 2, 3].map((i) => `p${k * 4 + i}`), age: 0 }));
    const result = ok(run({ people: people(12, 1), minSize: 3, maxSize: 3, history }));
    expect(result.rounds[0]!.explanations.map((e) => [e.newPairs, e.repeatedPairs])).toEqual([
      [3, 0],
      [3, 0],
      [3, 0],
      [3, 0],
    ]);
    for (const g of result.rounds[0]!.groups) expect(new Set(g.map((id) => Math.floor(Number(id.slice(1)) / 4))).size).toBe(3);
  });

  it('plans 6 rounds of 25 people in groups of 5 with no repeated pair', () => {
    const result = ok(run({ people: people(25, 5), minSize: 5, maxSize: 5, rounds: 6 }));
    expect(repeats(result.rounds.map((r) => r.groups))).toBe(0);
  });

  it('finds rounds without repeats by search alone when no design applies (16 people, groups of 4, 3 rounds)', () => {
    const result = ok(run({ people: people(16, 16), minSize: 4, maxSize: 4, rounds: 3 }));
    expect(repeats(result.rounds.map((r) => r.groups))).toBe(0);
    expect(result.rounds.flatMap((r) => r.explanations).every((e) => e.newPairs === 6 && e.repeatedPairs === 0)).toBe(true);
  });

  it('is deterministic for a seed', () => {
    const input: GroupingInput = { people: people(40, 6), minSize: 5, maxSize: 8, rounds: 2 };
    expect(run(input, 7)).toEqual(run(input, 7));
  });

  it('explains constraints that cannot hold instead of returning groups', () => {
    const result = run({ people: people(11), minSize: 5, maxSize: 5 });
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'cannotSplit', people: 11, min: 5, max: 5, fewer: 2, fewerHold: 10, more: 3, moreNeed: 15 }],
    });
  });

  it('reports progress and stops when asked, with the best grouping so far', () => {
    let clock = 0;
    const fractions: number[] = [];
    let asked = 0;
    const result = formGroups(
      { people: people(60), minSize: 5, maxSize: 8 },
      { seed: 1, timeLimitMs: 60_000, now: () => (clock += 1), onProgress: (p) => fractions.push(p.fraction), shouldStop: () => ++asked > 5 },
    );
    expect(ok(result).rounds[0]!.groups.flat()).toHaveLength(60);
    expect(asked).toBeGreaterThan(5);
    expect(fractions.at(-1)).toBe(1);
  });
});
