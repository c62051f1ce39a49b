import { describe, expect, it } from 'vitest';
import { checkFeasibility, chooseGroupCount } from './feasibility.ts';
import type { GroupingInput } from './types.ts';

const people = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `P${i}` }));

describe('checkFeasibility', () => {
  it('accepts a request that can be met', () => {
    expect(checkFeasibility({ people: people(20), minSize: 5, maxSize: 8, keepApart: [['p0', 'p1']], keepTogether: [['p2', 'p3']] })).toEqual([]);
  });

  it('explains sizes that cannot fit the roster, with the numbers the words need', () => {
    expect(checkFeasibility({ people: people(11), minSize: 5, maxSize: 5 })).toEqual([
      { code: 'cannotSplit', people: 11, min: 5, max: 5, fewer: 2, fewerHold: 10, more: 3, moreNeed: 15 },
    ]);
    expect(checkFeasibility({ people: people(3), minSize: 5, maxSize: 8 })).toEqual([{ code: 'tooFewPeople', people: 3, min: 5, max: 8 }]);
    expect(checkFeasibility({ people: people(10), minSize: 8, maxSize: 5 })).toEqual([{ code: 'minAboveMax', min: 8, max: 5 }]);
    expect(checkFeasibility({ people: [], minSize: 5, maxSize: 8 })).toEqual([{ code: 'rosterEmpty' }]);
    expect(checkFeasibility({ people: people(10), minSize: 5, maxSize: 8, rounds: 0 })).toEqual([{ code: 'roundsNotWhole', value: '0' }]);
    expect(checkFeasibility({ people: people(10), minSize: 2.5, maxSize: 8, groupCount: 0 })).toEqual([
      { code: 'minSizeNotWhole', value: '2.5' },
      { code: 'groupCountNotWhole', value: '0' },
    ]);
    expect(checkFeasibility({ people: people(20), minSize: 5, maxSize: 8, groupCount: 5 })).toEqual([{ code: 'groupCountImpossible', people: 20, groups: 5, min: 5, max: 8 }]);
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
    expect(checkFeasibility(input)).toEqual([{ code: 'apartJoinedTogether', a: 'P0', b: 'P7', chain: ['P0', 'P5', 'P7'] }]);
  });

  it('explains a keep-together group larger than the largest group', () => {
    const chain: Array<[string, string]> = [1, 2, 3, 4].map((i) => [`p0`, `p${i}`]);
    expect(checkFeasibility({ people: people(12), minSize: 3, maxSize: 4, keepTogether: chain })).toEqual([
      { code: 'togetherTooBig', count: 5, names: ['P0', 'P1', 'P2', 'P3', 'P4'], more: false, maxSize: 4 },
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
      { code: 'sharedId', id: 'p3' },
      { code: 'pairUnknownId', kind: 'keepApart', pair: 1, id: 'zed' },
      { code: 'keepApartSelf', pair: 2, name: 'P2' },
    ]);
    expect(checkFeasibility({ people: [...people(10), { id: '' }], minSize: 5, maxSize: 6, keepTogether: [['p1'] as unknown as [string, string]] })).toEqual([
      { code: 'personWithoutId', person: 11 },
      { code: 'pairNotTwoIds', kind: 'keepTogether', pair: 1 },
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
      { code: 'togetherCannotSeat', sizes: [2, 2, 2, 2], groups: 3, min: 3, max: 3 },
    ]);
  });

  it('explains keep-apart pairs when there is only one group', () => {
    expect(checkFeasibility({ people: people(6), minSize: 5, maxSize: 8, keepApart: [['p0', 'p1']] })).toEqual([
      { code: 'oneGroupKeepApart', people: 6, min: 5, max: 8, a: 'P0', b: 'P1' },
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
