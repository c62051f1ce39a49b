import { describe, expect, it } from 'vitest';
import { evaluateGrouping } from './cost.ts';
import type { GroupingInput } from './types.ts';

const input: GroupingInput = {
  people: ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => ({ id, name: id.toUpperCase(), division: i < 3 ? 'X' : 'Y' })),
  minSize: 3,
  maxSize: 3,
  history: [{ memberIds: ['a', 'b', 'z'], age: 0 }],
  keepApart: [['a', 'd']],
  keepTogether: [['e', 'f']],
};

describe('evaluateGrouping', () => {
  it('scores a clean grouping: division mix less the cost of the pair that met last round', () => {
    const cost = evaluateGrouping(input, [
      [
        ['a', 'b', 'e'],
        ['c', 'd', 'f'],
      ],
    ]);
    // Pairs: a-b (same division, met at age 0: 0 − 2·1), a-e 1, b-e 1, c-d 1, c-f 1, d-f 0.
    expect(cost).toEqual({ repeatedPairs: 1, keepApartBroken: [], keepTogetherBroken: [['e', 'f']], sizeProblems: [], score: 2 });
  });

  it('shows what a hand adjustment costs: a keep-apart pair together, a repeat across rounds, a bad size, someone missing', () => {
    const cost = evaluateGrouping(input, [
      [
        ['a', 'c', 'e', 'f'],
        ['b', 'd'],
      ],
      [['a', 'd', 'e', 'f'], ['b', 'c']],
    ]);
    expect(cost.keepApartBroken).toEqual([['a', 'd']]);
    expect(cost.keepTogetherBroken).toEqual([]);
    expect(cost.sizeProblems).toEqual([
      { code: 'wrongSize', round: 1, group: 1, size: 4, min: 3, max: 3 },
      { code: 'wrongSize', round: 1, group: 2, size: 2, min: 3, max: 3 },
      { code: 'wrongSize', round: 2, group: 1, size: 4, min: 3, max: 3 },
      { code: 'wrongSize', round: 2, group: 2, size: 2, min: 3, max: 3 },
    ]);
    // Round 2 repeats a-e, a-f and e-f from round 1.
    expect(cost.repeatedPairs).toBe(3);
    // Round 1: a-c 0, a-e 1, a-f 1, c-e 1, c-f 1, e-f 0, b-d 1 = 5.
    // Round 2: a-d 1, a-e 1−3, a-f 1−3, d-e 0, d-f 0, e-f 0−3, b-c 0 = −6 (repeat penalty 3 each).
    expect(cost.score).toBe(-1);
  });

  it('names people missing, doubled or unknown', () => {
    const cost = evaluateGrouping(input, [
      [
        ['a', 'b', 'q'],
        ['c', 'd', 'a'],
      ],
    ]);
    expect(cost.sizeProblems).toEqual([
      { code: 'notOnRoster', round: 1, group: 1, id: 'q' },
      { code: 'wrongSize', round: 1, group: 1, size: 2, min: 3, max: 3 },
      { code: 'inSeveralGroups', round: 1, name: 'A' },
      { code: 'wrongSize', round: 1, group: 2, size: 2, min: 3, max: 3 },
      { code: 'inNoGroup', round: 1, name: 'E' },
      { code: 'inNoGroup', round: 1, name: 'F' },
    ]);
  });
});
