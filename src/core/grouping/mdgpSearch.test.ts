import { describe, expect, it } from 'vitest';
import { parseMdgp, solveMdgp } from './mdgp.ts';
import { crossGroupings, DiverseGrouping, memeticSearch, randomGrouping, searchDiverseGrouping, shakeGrouping, type DiversityProblem } from './mdgpSearch.ts';
import { createRandom } from './random.ts';

/** A problem with seeded values in [-20, 100): negative ones too, as MDGPLIB files may hold them. */
function problem(n: number, minSizes: number[], maxSizes: number[], seed: number): DiversityProblem {
  const random = createRandom(seed);
  const d = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const value = Math.round(random.next() * 1200 - 200) / 10;
      d[i * n + j] = value;
      d[j * n + i] = value;
    }
  }
  return { n, g: minSizes.length, minSizes, maxSizes, d };
}

function objectiveOf(p: DiversityProblem, groupOf: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < p.n; i++) for (let j = i + 1; j < p.n; j++) if (groupOf[i] === groupOf[j]) total += p.d[i * p.n + j]!;
  return total;
}

function sizesOf(p: DiversityProblem, groupOf: ArrayLike<number>): number[] {
  const sizes = new Array<number>(p.g).fill(0);
  for (let i = 0; i < p.n; i++) sizes[groupOf[i]!]!++;
  return sizes;
}

/** The best objective over every assignment within the bounds, by enumeration (g^n of them). */
function bruteForce(p: DiversityProblem): number {
  let best = Number.NEGATIVE_INFINITY;
  const groupOf = new Array<number>(p.n).fill(0);
  const visit = (i: number): void => {
    if (i === p.n) {
      const sizes = sizesOf(p, groupOf);
      if (sizes.every((s, k) => s >= p.minSizes[k]! && s <= p.maxSizes[k]!)) best = Math.max(best, objectiveOf(p, groupOf));
      return;
    }
    for (let k = 0; k < p.g; k++) {
      groupOf[i] = k;
      visit(i + 1);
    }
  };
  visit(0);
  return best;
}

const forever = { timeLimitMs: 1e12, now: () => 0 };

describe('DiverseGrouping', () => {
  it('keeps its objective and person × group sums equal to a recomputation through random moves and swaps', () => {
    const p = problem(23, [0, 0, 0, 0, 0], [23, 23, 23, 23, 23], 5);
    const random = createRandom(9);
    const state = new DiverseGrouping(p);
    state.assign(randomGrouping(p, random, [5, 5, 5, 4, 4]));
    const fresh = new DiverseGrouping(p);
    let worst = 0;
    for (let step = 0; step < 2000; step++) {
      const i = random.int(p.n);
      if (random.next() < 0.5) {
        const to = random.int(p.g);
        if (to !== state.groupOf[i]) state.move(i, to);
      } else {
        const j = random.int(p.n);
        if (state.groupOf[j] !== state.groupOf[i]) state.swap(i, j);
      }
      fresh.assign(state.groupOf);
      worst = Math.max(worst, Math.abs(state.objective - fresh.objective), Math.abs(state.objective - objectiveOf(p, state.groupOf)));
      for (let x = 0; x < state.sum.length; x++) worst = Math.max(worst, Math.abs(state.sum[x]! - fresh.sum[x]!));
      expect([...state.size]).toEqual(sizesOf(p, state.groupOf));
    }
    expect(worst).toBeLessThan(1e-6);
  });

  it('descends to a grouping that no single move or swap within the bounds improves', () => {
    const p = problem(14, [2, 3, 4], [6, 5, 6], 11);
    const state = new DiverseGrouping(p);
    state.assign(randomGrouping(p, createRandom(2)));
    const before = state.objective;
    state.descend(0);
    expect(state.objective).toBeGreaterThanOrEqual(before);
    const sizes = sizesOf(p, state.groupOf);
    for (let i = 0; i < p.n; i++) {
      const a = state.groupOf[i]!;
      for (let b = 0; b < p.g; b++) {
        if (b === a) continue;
        if (sizes[a]! > p.minSizes[a]! && sizes[b]! < p.maxSizes[b]!) {
          const moved = Int32Array.from(state.groupOf);
          moved[i] = b;
          expect(objectiveOf(p, moved)).toBeLessThanOrEqual(state.objective + 1e-9);
        }
      }
      for (let j = i + 1; j < p.n; j++) {
        if (state.groupOf[j] === a) continue;
        const swapped = Int32Array.from(state.groupOf);
        swapped[i] = state.groupOf[j]!;
        swapped[j] = a;
        expect(objectiveOf(p, swapped)).toBeLessThanOrEqual(state.objective + 1e-9);
      }
    }
  });
});

describe('searchDiverseGrouping', () => {
  it('keeps every group within its own size bounds, whatever the seed', () => {
    const p = problem(40, [3, 5, 8, 2], [9, 12, 14, 10], 3);
    for (const seed of [1, 2, 3, 4, 5]) {
      const result = searchDiverseGrouping(p, { ...forever, seed, maxRounds: 3000 });
      sizesOf(p, result.groupOf).forEach((s, k) => {
        expect(s).toBeGreaterThanOrEqual(p.minSizes[k]!);
        expect(s).toBeLessThanOrEqual(p.maxSizes[k]!);
      });
      expect(result.objective).toBeCloseTo(objectiveOf(p, result.groupOf), 6);
    }
  });

  it('finds the optimum of small instances, computed by trying every grouping', () => {
    const cases = [problem(8, [4, 4], [4, 4], 21), problem(9, [3, 3, 3], [3, 3, 3], 22), problem(10, [1, 2, 3], [5, 4, 6], 23), problem(9, [0, 2, 2], [9, 3, 5], 24)];
    for (const p of cases) {
      const optimum = bruteForce(p);
      const result = searchDiverseGrouping(p, { ...forever, seed: 1, maxRounds: 5000 });
      expect(result.objective).toBeCloseTo(optimum, 6);
    }
  });

  it('gives the same grouping for the same seed and number of rounds', () => {
    const p = problem(36, [6, 6, 6, 6, 6, 6], [6, 6, 6, 6, 6, 6], 7);
    const run = (seed: number) => searchDiverseGrouping(p, { ...forever, seed, maxRounds: 4000 });
    const first = run(3);
    expect(first.rounds).toBe(4000);
    const again = run(3);
    expect([...again.groupOf]).toEqual([...first.groupOf]);
    expect(again.objective).toBe(first.objective);
  });

  it('returns at once when nothing can change: one group, or sizes that allow no move or swap', () => {
    // An endless time limit: only returning early ends these.
    const one = searchDiverseGrouping(problem(6, [6], [6], 1), { ...forever, seed: 1 });
    expect(one.rounds).toBe(0);
    expect([...one.groupOf]).toEqual([0, 0, 0, 0, 0, 0]);
    const stuck = searchDiverseGrouping(problem(3, [3, 0], [3, 4], 1), { ...forever, seed: 1 });
    expect([...stuck.groupOf]).toEqual([0, 0, 0]);
    expect(stuck.rounds).toBeLessThanOrEqual(1);
  });
});

describe('memeticSearch', () => {
  it('keeps the size bounds, finds brute-force optima, and gives the same grouping for the same seed and rounds', () => {
    for (const p of [problem(9, [3, 3, 3], [3, 3, 3], 41), problem(10, [2, 4, 4], [2, 4, 4], 42)]) {
      const result = memeticSearch(p, { ...forever, seed: 1, maxRounds: 3000 });
      expect(result.rounds).toBe(3000);
      expect(sizesOf(p, result.groupOf)).toEqual(Array.from(p.maxSizes));
      expect(result.objective).toBeCloseTo(bruteForce(p), 6);
      expect(result.objective).toBeCloseTo(objectiveOf(p, result.groupOf), 6);
    }
    const p = problem(48, Array(6).fill(8), Array(6).fill(8), 43);
    const run = () => memeticSearch(p, { ...forever, seed: 5, maxRounds: 20_000 });
    const first = run();
    expect([...run().groupOf]).toEqual([...first.groupOf]);
  });

  it('returns at once when nothing can move', () => {
    expect(memeticSearch(problem(5, [5], [5], 1), { ...forever, seed: 1 }).rounds).toBe(0);
  });
});

describe('crossGroupings', () => {
  it('gives a child with the parents’ group sizes, keeping a group both parents share', () => {
    const p = problem(12, [2, 4, 6], [2, 4, 6], 51);
    const random = createRandom(3);
    const sizes = [2, 4, 6];
    for (let t = 0; t < 50; t++) {
      const a = randomGrouping(p, random, sizes);
      const b = randomGrouping(p, random, sizes);
      // Both parents hold {0, 1} as their group of two: the child keeps it whole.
      for (const parent of [a, b]) {
        const swapIn = (person: number) => {
          const other = [...parent.keys()].find((i) => parent[i] === 0 && i !== 0 && i !== 1);
          if (parent[person] !== 0 && other !== undefined) [parent[person], parent[other]] = [0, parent[person]!];
        };
        swapIn(0);
        swapIn(1);
      }
      const child = crossGroupings(p, a, b, random);
      expect(sizesOf(p, child)).toEqual(sizes);
      expect(child[0]).toBe(child[1]);
    }
  });
});

describe('shakeGrouping', () => {
  it('swaps people between groups, keeping every group size', () => {
    const p = problem(30, [3, 5, 10, 12], [3, 5, 10, 12], 61);
    const random = createRandom(4);
    for (let t = 0; t < 20; t++) {
      const before = randomGrouping(p, random, [3, 5, 10, 12]);
      const after = Int32Array.from(before);
      shakeGrouping(after, 6, random);
      expect(sizesOf(p, after)).toEqual([3, 5, 10, 12]);
      const moved = [...after.keys()].filter((i) => after[i] !== before[i]).length;
      // Six swaps move at most twelve people (fewer when one swap undoes another, never all here).
      expect(moved).toBeGreaterThan(0);
      expect(moved).toBeLessThanOrEqual(12);
    }
  });
});

describe('solveMdgp with the tabu search', () => {
  it('returns at once for a single group, with everyone in it', () => {
    const lines = ['4 1 ss 4 4', '0 1 1', '0 2 2', '0 3 3', '1 2 4', '1 3 5', '2 3 6'];
    const solution = solveMdgp(parseMdgp(lines.join('\n')), { seed: 1, timeLimitMs: 1e12, now: () => 0 });
    expect(solution).toEqual({ objective: 21, groups: [[0, 1, 2, 3]] });
  });

  it('finds the optimum of a small instance with different size bounds', () => {
    const p = problem(10, [2, 3, 1], [5, 5, 4], 31);
    const lines = [`10 3 ds 2 5 3 5 1 4`];
    for (let i = 0; i < 10; i++) for (let j = i + 1; j < 10; j++) lines.push(`${i} ${j} ${p.d[i * 10 + j]}`);
    const solution = solveMdgp(parseMdgp(lines.join('\n')), { seed: 2, timeLimitMs: 1e12, now: () => 0, maxRounds: 5000 });
    expect(solution.objective).toBeCloseTo(bruteForce(p), 6);
  });
});
