import { describe, expect, it } from 'vitest';
import { createRandom } from './random.ts';
import { descend, PartitionState, randomFeasibleAssignment, searchPartition, type PartitionProblem } from './search.ts';

function randomProblem(seed: number, n: number, g: number, rounds: number, sizes: number[]): PartitionProblem {
  const random = createRandom(seed);
  const weights = new Float64Array(n * n);
  for (let u = 0; u < n; u++) {
    for (let v = u + 1; v < n; v++) {
      const w = Math.round(random.next() * 100) - 30;
      weights[u * n + v] = w;
      weights[v * n + u] = w;
    }
  }
  const people = sizes.reduce((a, b) => a + b, 0);
  return {
    units: n,
    weights,
    unitSizes: Int32Array.from(sizes),
    groupCount: g,
    minSizes: new Int32Array(g).fill(Math.floor(people / g) - 2),
    maxSizes: new Int32Array(g).fill(Math.ceil(people / g) + 2),
    rounds,
    repeatPenalty: 7,
  };
}

/** The objective straight from its definition, independent of the incremental state. */
function bruteObjective(p: PartitionProblem, groupOf: Int32Array[]): number {
  const n = p.units;
  let total = 0;
  for (let u = 0; u < n; u++) {
    for (let v = u + 1; v < n; v++) {
      let c = 0;
      for (const round of groupOf) if (round[u] === round[v]) c++;
      total += c * p.weights[u * n + v]! - (p.repeatPenalty * p.unitSizes[u]! * p.unitSizes[v]! * c * (c - 1)) / 2;
    }
  }
  return total;
}

describe('PartitionState', () => {
  for (const [rounds, sizes] of [
    [1, Array(14).fill(1)],
    [3, [1, 2, 1, 1, 3, 1, 1, 2, 1, 1, 1, 1]],
  ] as const) {
    it(`keeps deltas equal to a full recomputation over random moves and swaps (${rounds} round(s))`, () => {
      const p = randomProblem(3, sizes.length, 3, rounds, [...sizes]);
      const random = createRandom(11);
      const start = Array.from({ length: rounds }, () => randomFeasibleAssignment(p, random)!);
      const state = new PartitionState(p, start);
      expect(state.objective).toBeCloseTo(bruteObjective(p, start), 6);
      for (let step = 0; step < 300; step++) {
        const r = random.int(rounds);
        const u = random.int(p.units);
        const before = state.objective;
        if (step % 2 === 0) {
          const b = random.int(p.groupCount);
          if (b === state.groupOf[r * p.units + u]) continue;
          const predicted = state.moveDelta(r, u, b);
          state.move(r, u, b);
          expect(state.objective - before).toBeCloseTo(predicted, 6);
        } else {
          const v = random.int(p.units);
          if (state.groupOf[r * p.units + u] === state.groupOf[r * p.units + v]) continue;
          const predicted = state.swapDelta(r, u, v);
          state.swap(r, u, v);
          expect(state.objective - before).toBeCloseTo(predicted, 6);
        }
        const snapshot = state.snapshot();
        expect(state.objective).toBeCloseTo(bruteObjective(p, snapshot), 6);
        const fresh = new PartitionState(p, snapshot);
        for (let k = 0; k < state.gain.length; k++) expect(state.gain[k]).toBeCloseTo(fresh.gain[k]!, 6);
      }
    });
  }

  it('descends to a state that no single move or swap improves', () => {
    const p = randomProblem(5, 12, 3, 2, Array(12).fill(1));
    const state = new PartitionState(p, [randomFeasibleAssignment(p, createRandom(1))!, randomFeasibleAssignment(p, createRandom(2))!]);
    descend(state);
    for (let r = 0; r < 2; r++) {
      for (let u = 0; u < 12; u++) {
        for (let v = 0; v < 12; v++) {
          if (state.groupOf[r * 12 + u] !== state.groupOf[r * 12 + v]) expect(state.swapDelta(r, u, v)).toBeLessThanOrEqual(1e-9);
        }
      }
    }
  });
});

describe('searchPartition', () => {
  it('finds the optimum of a small instance (checked by enumeration) and keeps sizes in range', () => {
    const n = 8;
    const p = randomProblem(9, n, 2, 1, Array(n).fill(1));
    p.minSizes.fill(3);
    p.maxSizes.fill(5);
    let best = -Infinity;
    for (let mask = 0; mask < 1 << n; mask++) {
      const ones = mask.toString(2).split('').filter((c) => c === '1').length;
      if (ones < 3 || ones > 5) continue;
      const groupOf = Int32Array.from({ length: n }, (_, i) => (mask >> i) & 1);
      best = Math.max(best, bruteObjective(p, [groupOf]));
    }
    let clock = 0;
    const result = searchPartition(p, { seed: 4, timeLimitMs: 1e9, now: () => clock++, iterations: 50_000 })!;
    expect(result.objective).toBeCloseTo(best, 6);
    const size0 = result.groupsOf[0]!.filter((k) => k === 0).length;
    expect(size0).toBeGreaterThanOrEqual(3);
    expect(size0).toBeLessThanOrEqual(5);
  });

  it('is deterministic for a seed when it cools over a fixed number of proposals', () => {
    const p = randomProblem(2, 30, 5, 2, Array(30).fill(1));
    const run = (seed: number) => searchPartition(p, { seed, timeLimitMs: 1e9, now: () => 0, iterations: 30_000 })!;
    expect(run(1).groupsOf).toEqual(run(1).groupsOf);
    expect(run(1).objective).toBe(run(1).objective);
  });
});
