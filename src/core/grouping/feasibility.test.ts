import { describe, expect, it } from 'vitest';
import { checkFeasibility, chooseGroupCount } from './feasibility.ts';
import type { GroupingInput } from './types.ts';

const people = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `P${i}` }));

describe('checkFeasibility', () => {
  it('accepts a request that can be met', () => {
    expect(checkFeasibility({ people: people(20), minSize: 5, maxSize: 8, keepApart: [['p0', 'p1']], keepTogether: [['p2', 'p3']] })).toEqual([]);
  });

  it('explains sizes that cannot fit the roster', () => {
    expect(checkFeasibility({ people: people(11), minSize: 5, maxSize: 5 })).toEqual([
      '11 people cannot be split into groups of exactly 5 people: 2 groups hold at most 10, and 3 groups need at least 15.',
    ]);
    expect(checkFeasibility({ people: people(3), minSize: 5, maxSize: 8 })).toEqual(['3 people are too few for even one group of 5–8 people.']);
    expect(checkFeasibility({ people: people(10), minSize: 8, maxSize: 5 })).toEqual(['The minimum group size (8) is larger than the maximum (5).']);
    expect(checkFeasibility({ people: [], minSize: 5, maxSize: 8 })).toEqual(['The roster is empty: there is nobody to group.']);
    expect(checkFeasibility({ people: people(10), minSize: 5, maxSize: 8, rounds: 0 })).toEqual(['The number of rounds must be a whole number from 1 to 255 (it is 0).']);
  });

  it('explains a keep-together chain that joins a keep-apart pair, naming the chain', () => {
    const input: GroupingInput = {
      people: people(12),
      minSize: 3,
      maxSize: 6,
      keepTogether: [
        ['p0', 'p5'],
        ['p5', 'p7'],
      ],
      keepApart: [['p0', 'p7']],
    };
    expect(checkFeasibility(input)).toEqual(['P0 and P7 must be kept apart, but keep-together pairs put them in one group (P0 – P5 – P7).']);
  });

  it('explains a keep-together group larger than the largest group', () => {
    const chain: Array<[string, string]> = [1, 2, 3, 4].map((i) => [`p0`, `p${i}`]);
    expect(checkFeasibility({ people: people(12), minSize: 3, maxSize: 4, keepTogether: chain })).toEqual([
      'Keep-together pairs join 5 people into one group (P0, P1, P2, P3, P4), more than the largest group size of 4.',
    ]);
  });

  it('explains unknown ids, self pairs and duplicate ids', () => {
    const input: GroupingInput = {
      people: [...people(10), { id: 'p3' }],
      minSize: 5,
      maxSize: 6,
      keepApart: [
        ['p1', 'zed'],
        ['p2', 'p2'],
      ],
    };
    expect(checkFeasibility(input)).toEqual([
      'Two people share the id "p3".',
      'Keep-apart pair 1 names "zed", who is not on the roster.',
      'Keep-apart pair 2 names P2 twice: nobody can be kept apart from themselves.',
    ]);
  });

  it('explains keep-together units that cannot be seated', () => {
    // 9 people in 3 groups of exactly 3: each group holds at most one pair, so four pairs cannot be seated.
    const together: Array<[string, string]> = [
      ['p0', 'p1'],
      ['p2', 'p3'],
      ['p4', 'p5'],
      ['p6', 'p7'],
    ];
    expect(checkFeasibility({ people: people(9), minSize: 3, maxSize: 3, keepTogether: together })).toEqual([
      'The keep-together groups (of 2, 2, 2, 2 people) cannot be seated in 3 groups of exactly 3 people.',
    ]);
  });

  it('explains keep-apart pairs when there is only one group', () => {
    expect(checkFeasibility({ people: people(6), minSize: 5, maxSize: 8, keepApart: [['p0', 'p1']] })).toEqual([
      '6 people make only one group of 5–8, so P0 and P1 cannot be kept apart.',
    ]);
  });
});

describe('chooseGroupCount', () => {
  it('aims at the middle of the size range, within what fits', () => {
    expect(chooseGroupCount(1000, 6, 8)).toBe(143); // 1000 / 7 ≈ 142.9
    expect(chooseGroupCount(25, 5, 5)).toBe(5);
    expect(chooseGroupCount(11, 5, 8)).toBe(2);
    expect(chooseGroupCount(11, 5, 5)).toBeNull();
    expect(chooseGroupCount(20, 5, 8, 3)).toBe(3);
    expect(chooseGroupCount(20, 5, 8, 5)).toBeNull();
  });
});
