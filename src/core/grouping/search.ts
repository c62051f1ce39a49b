// The local-search machinery shared by the MDGP solver and the people engine: a partition of
// units into groups (over one or more rounds) with O(1) move/swap deltas, searched by annealing.

import { createRandom, shuffleInPlace, type SeededRandom } from './random.ts';

/**
 * A partition problem: split `units` into `groupCount` groups, in each of `rounds` rounds, so as
 * to maximise the sum of `weights` over pairs sharing a group, minus `repeatPenalty`·c(c−1)/2 per
 * pair of people who share a group in c of the planned rounds.
 */
export interface PartitionProblem {
  /** Number of units: a person, or people who are kept together. */
  units: number;
  /** `weights[u * units + v]`: gain when u and v share a group. Symmetric, zero diagonal. */
  weights: Float64Array;
  /** People in each unit (all 1 for the plain MDGP). */
  unitSizes: Int32Array;
  groupCount: number;
  /** Smallest size of each group, in people. */
  minSizes: Int32Array;
  /** Largest size of each group, in people. */
  maxSizes: Int32Array;
  rounds: number;
  /** The cost of each further meeting of a pair of people within the planned rounds. */
  repeatPenalty: number;
  /** Deltas this large or larger are hard-constraint penalties, left out of temperature calibration. */
  hardPenalty?: number;
}

/** How long and how to search. */
export interface SearchOptions {
  seed: number;
  timeLimitMs: number;
  now: () => number;
  shouldStop?: () => boolean;
  onProgress?: (fraction: number, best: number) => void;
  /** Starting groups per round (unit → group); random when absent. */
  initial?: Int32Array[];
  /** Start and end temperatures as fractions of the mean |delta| of random proposals. */
  startTemperature?: number;
  endTemperature?: number;
  /** Number of annealing cycles sharing the time (later ones restart from the best, cooler). */
  cycles?: number;
  /**
   * A fixed number of proposals to cool over. With it, a seed always gives the same result (the
   * time limit then only caps a slow machine); without it, cooling follows the clock.
   */
  iterations?: number;
}

/** The best partition found: for each round, each unit's group. */
export interface SearchResult {
  groupsOf: Int32Array[];
  objective: number;
  iterations: number;
}

/**
 * The incremental state of a partition: for every round r, unit u and group k, the sum of the
 * effective weights between u and the units in k (`gain`), so that a move or swap is evaluated in
 * O(1) and applied in O(units).
 */
export class PartitionState {
  readonly n: number;
  readonly g: number;
  readonly rounds: number;
  /** groupOf[r * n + u]. */
  readonly groupOf: Int32Array;
  /** size[r * g + k], in people. */
  readonly size: Int32Array;
  /** gain[(r * g + k) * n + u]: laid out by group, so that applying a move streams through memory. */
  readonly gain: Float64Array;
  /** meetings[u * n + v]: rounds in which u and v share a group (only kept when rounds > 1). */
  readonly meetings: Uint8Array;
  objective = 0;

  constructor(
    readonly problem: PartitionProblem,
    groupsOf: Int32Array[],
  ) {
    const n = problem.units;
    const g = problem.groupCount;
    const R = problem.rounds;
    this.n = n;
    this.g = g;
    this.rounds = R;
    this.groupOf = new Int32Array(R * n);
    this.size = new Int32Array(R * g);
    this.gain = new Float64Array(R * n * g);
    this.meetings = new Uint8Array(R > 1 ? n * n : 0);
    for (let r = 0; r < R; r++) this.groupOf.set(groupsOf[r]!, r * n);
    this.recompute();
  }

  /** Rebuilds every derived array from `groupOf` (O(R·n²)); used at the start and in tests. */
  recompute(): void {
    const { n, g, rounds: R, groupOf, size, gain, meetings } = this;
    const { weights: W, unitSizes: s, repeatPenalty: P } = this.problem;
    size.fill(0);
    gain.fill(0);
    meetings.fill(0);
    for (let r = 0; r < R; r++) for (let u = 0; u < n; u++) size[r * g + groupOf[r * n + u]!]! += s[u]!;
    if (R > 1) {
      for (let r = 0; r < R; r++) {
        for (let u = 0; u < n; u++) {
          const gu = groupOf[r * n + u]!;
          for (let v = u + 1; v < n; v++) {
            if (groupOf[r * n + v] === gu) {
              meetings[u * n + v]!++;
              meetings[v * n + u]!++;
            }
          }
        }
      }
    }
    let objective = 0;
    for (let r = 0; r < R; r++) {
      for (let u = 0; u < n; u++) {
        const gu = groupOf[r * n + u]!;
        for (let v = 0; v < n; v++) {
          if (v === u) continue;
          const gv = groupOf[r * n + v]!;
          let w = W[u * n + v]!;
          if (R > 1) w -= P * s[u]! * s[v]! * (meetings[u * n + v]! - (gu === gv ? 1 : 0));
          gain[(r * g + gv) * n + u] += w;
        }
      }
    }
    for (let u = 0; u < n; u++) {
      for (let v = u + 1; v < n; v++) {
        for (let r = 0; r < R; r++) if (groupOf[r * n + u] === groupOf[r * n + v]) objective += W[u * n + v]!;
        if (R > 1) {
          const c = meetings[u * n + v]!;
          objective -= (P * s[u]! * s[v]! * c * (c - 1)) / 2;
        }
      }
    }
    this.objective = objective;
  }

  /** The change in objective if unit u moves to group b in round r. */
  moveDelta(r: number, u: number, b: number): number {
    const n = this.n;
    const base = r * this.g;
    return this.gain[(base + b) * n + u]! - this.gain[(base + this.groupOf[r * n + u]!) * n + u]!;
  }

  /** The change in objective if units u and v (in different groups) swap groups in round r. */
  swapDelta(r: number, u: number, v: number): number {
    const { n, g, gain, groupOf } = this;
    const a = groupOf[r * n + u]!;
    const b = groupOf[r * n + v]!;
    const ra = (r * g + a) * n;
    const rb = (r * g + b) * n;
    return gain[rb + u]! - gain[ra + u]! + gain[ra + v]! - gain[rb + v]! - 2 * this.pairWeight(u, v);
  }

  /** The effective weight of u and v meeting in one more round (their weight less the repeat cost). */
  pairWeight(u: number, v: number): number {
    const p = this.problem;
    const w = p.weights[u * this.n + v]!;
    return this.rounds > 1 ? w - p.repeatPenalty * p.unitSizes[u]! * p.unitSizes[v]! * this.meetings[u * this.n + v]! : w;
  }

  /** Moves unit u to group b in round r, updating every derived array in O(n + R·(|a|+|b|)). */
  move(r: number, u: number, b: number): void {
    const { n, g, rounds: R, groupOf, gain, meetings } = this;
    const { weights: W, unitSizes: s, repeatPenalty: P } = this.problem;
    const off = r * n;
    const a = groupOf[off + u]!;
    if (a === b) return;
    this.objective += this.moveDelta(r, u, b);
    const su = s[u]!;
    const ra = (r * g + a) * n;
    const rb = (r * g + b) * n;
    if (R === 1) {
      const rowU = u * n;
      for (let v = 0; v < n; v++) {
        const w = W[rowU + v]!;
        gain[ra + v] -= w;
        gain[rb + v] += w;
      }
    } else {
      const rowU = u * n;
      const pu = P * su;
      for (let v = 0; v < n; v++) {
        if (v === u) continue;
        const gv = groupOf[off + v]!;
        const sv = s[v]!;
        const w = W[rowU + v]! - pu * sv * (meetings[rowU + v]! - (gv === a ? 1 : 0));
        gain[ra + v] -= w;
        gain[rb + v] += w;
        if (gv === a || gv === b) {
          // u stops (a) or starts (b) meeting v in this round: every other round sees the change.
          const sign = gv === a ? 1 : -1;
          const dw = sign * pu * sv;
          const dm = gv === a ? -1 : 1;
          meetings[rowU + v] += dm;
          meetings[v * n + u] += dm;
          for (let q = 0; q < R; q++) {
            if (q === r) continue;
            const qo = q * n;
            gain[(q * g + groupOf[qo + v]!) * n + u] += dw;
            gain[(q * g + groupOf[qo + u]!) * n + v] += dw;
          }
        }
      }
    }
    groupOf[off + u] = b;
    this.size[r * g + a] -= su;
    this.size[r * g + b] += su;
  }

  /** Swaps units u and v between their groups in round r. */
  swap(r: number, u: number, v: number): void {
    const a = this.groupOf[r * this.n + u]!;
    const b = this.groupOf[r * this.n + v]!;
    this.move(r, u, b);
    this.move(r, v, a);
  }

  /** Copies out each round's unit → group arrays. */
  snapshot(): Int32Array[] {
    const out: Int32Array[] = [];
    for (let r = 0; r < this.rounds; r++) out.push(this.groupOf.slice(r * this.n, (r + 1) * this.n));
    return out;
  }
}

/**
 * A random assignment of units to groups that respects every group's size range, or null when
 * a few randomised largest-first packings all fail.
 */
export function randomFeasibleAssignment(problem: PartitionProblem, random: SeededRandom): Int32Array | null {
  const { units: n, groupCount: g, unitSizes, minSizes, maxSizes } = problem;
  for (let attempt = 0; attempt < 20; attempt++) {
    const order = shuffleInPlace(
      Array.from({ length: n }, (_, i) => i),
      random,
    );
    order.sort((x, y) => unitSizes[y]! - unitSizes[x]!);
    const groupOf = new Int32Array(n);
    const size = new Int32Array(g);
    let failed = false;
    for (const u of order) {
      const su = unitSizes[u]!;
      // Fill the group furthest below its minimum first; otherwise a random group with room.
      let best = -1;
      let bestNeed = -Infinity;
      const startAt = random.int(g);
      for (let t = 0; t < g; t++) {
        const k = (startAt + t) % g;
        if (size[k]! + su > maxSizes[k]!) continue;
        const need = minSizes[k]! - size[k]!;
        const score = need > 0 ? need : -(size[k]! / maxSizes[k]!) - random.next() * 0.01 * (attempt + 1);
        if (score > bestNeed) {
          bestNeed = score;
          best = k;
        }
      }
      if (best < 0) {
        failed = true;
        break;
      }
      groupOf[u] = best;
      size[best]! += su;
    }
    if (failed) continue;
    let ok = true;
    for (let k = 0; k < g; k++) if (size[k]! < minSizes[k]!) ok = false;
    if (ok) return groupOf;
  }
  return null;
}

/**
 * Searches for the partition with the highest objective: simulated annealing over moves and
 * swaps with O(1) deltas, cooled over the time limit, then a full descent to a local optimum.
 * Returns null when no starting partition respects the size ranges.
 */
export function searchPartition(problem: PartitionProblem, options: SearchOptions): SearchResult | null {
  const random = createRandom(options.seed);
  const { units: n, groupCount: g, rounds: R, unitSizes, minSizes, maxSizes } = problem;
  const initial: Int32Array[] = [];
  for (let r = 0; r < R; r++) {
    const given = options.initial?.[r];
    const start = given ? Int32Array.from(given) : randomFeasibleAssignment(problem, random);
    if (!start) return null;
    initial.push(start);
  }
  const state = new PartitionState(problem, initial);
  let best = state.snapshot();
  let bestObjective = state.objective;
  if (n < 2 || g < 2) return { groupsOf: best, objective: bestObjective, iterations: 0 };

  const { now } = options;
  const startTime = now();
  const limit = Math.max(1, options.timeLimitMs);
  const uniformUnits = unitSizes.every((x) => x === 1);
  let movable = false;
  for (let k = 0; k < g; k++) if (minSizes[k] !== maxSizes[k]) movable = true;
  if (!uniformUnits) movable = true;
  const moveShare = movable ? 0.3 : 0;
  const hard = problem.hardPenalty ?? Infinity;

  // Calibrate the temperature on the typical size of a random proposal's delta.
  let sum = 0;
  let count = 0;
  for (let t = 0; t < 4000; t++) {
    const r = random.int(R);
    const u = random.int(n);
    const v = random.int(n);
    const gu = state.groupOf[r * n + u]!;
    const gv = state.groupOf[r * n + v]!;
    if (gu === gv) continue;
    const d = Math.abs(state.swapDelta(r, u, v));
    if (d < hard / 2) {
      sum += d;
      count++;
    }
  }
  const scale = count > 0 && sum > 0 ? sum / count : 1;
  const t0 = (options.startTemperature ?? 0.2) * scale;
  const t1 = (options.endTemperature ?? 0.005) * scale;
  const cycles = Math.max(1, options.cycles ?? 1);

  const budget = Math.max(0, Math.floor(options.iterations ?? 0));
  const perCycle = Math.max(1024, Math.floor(budget / cycles));
  const { groupOf, size, gain } = state;
  let iterations = 0;
  let lastProgress = startTime;
  let stopped = false;
  for (let cycle = 0; cycle < cycles && !stopped; cycle++) {
    const cycleStart = startTime + (limit * cycle) / cycles;
    const cycleEnd = startTime + (limit * (cycle + 1)) / cycles;
    const hot = cycle === 0 ? t0 : t0 * 0.5;
    if (cycle > 0) {
      // Restart from the best partition found so far.
      for (let r = 0; r < R; r++) groupOf.set(best[r]!, r * n);
      state.recompute();
    }
    const cycleStartIteration = iterations;
    let temperature = hot;
    const ratio = t1 / hot;
    for (;;) {
      if ((iterations & 1023) === 0) {
        const time = now();
        if (time >= startTime + limit || options.shouldStop?.()) {
          stopped = true;
          break;
        }
        if (budget > 0 ? iterations - cycleStartIteration >= perCycle : time >= cycleEnd) break;
        const f = budget > 0 ? Math.min(1, (iterations - cycleStartIteration) / perCycle) : Math.min(1, (time - cycleStart) / (cycleEnd - cycleStart));
        temperature = hot * Math.pow(ratio, f);
        if (options.onProgress && time - lastProgress >= 100) {
          lastProgress = time;
          const byTime = (time - startTime) / limit;
          options.onProgress(Math.min(1, budget > 0 ? Math.max(byTime, iterations / budget) : byTime), bestObjective);
        }
      }
      iterations++;
      const r = R === 1 ? 0 : random.int(R);
      const off = r * n;
      let delta: number;
      if (moveShare > 0 && random.next() < moveShare) {
        const u = random.int(n);
        const a = groupOf[off + u]!;
        let b = random.int(g - 1);
        if (b >= a) b++;
        const su = unitSizes[u]!;
        if (size[r * g + a]! - su < minSizes[a]! || size[r * g + b]! + su > maxSizes[b]!) continue;
        delta = gain[(r * g + b) * n + u]! - gain[(r * g + a) * n + u]!;
        if (delta < 0 && delta <= temperature * Math.log(random.next())) continue;
        state.move(r, u, b);
      } else {
        const u = random.int(n);
        const v = random.int(n);
        const a = groupOf[off + u]!;
        const b = groupOf[off + v]!;
        if (a === b) continue;
        const su = unitSizes[u]!;
        const sv = unitSizes[v]!;
        if (su !== sv) {
          const sa = size[r * g + a]! - su + sv;
          const sb = size[r * g + b]! - sv + su;
          if (sa < minSizes[a]! || sa > maxSizes[a]! || sb < minSizes[b]! || sb > maxSizes[b]!) continue;
        }
        const ra = (r * g + a) * n;
        const rb = (r * g + b) * n;
        delta = gain[rb + u]! - gain[ra + u]! + gain[ra + v]! - gain[rb + v]! - 2 * state.pairWeight(u, v);
        if (delta < 0 && delta <= temperature * Math.log(random.next())) continue;
        state.swap(r, u, v);
      }
      if (state.objective > bestObjective + 1e-9) {
        bestObjective = state.objective;
        for (let q = 0; q < R; q++) best[q]!.set(groupOf.subarray(q * n, (q + 1) * n));
      }
    }
  }
  for (let r = 0; r < R; r++) groupOf.set(best[r]!, r * n);
  state.recompute();
  descend(state);
  best = state.snapshot();
  options.onProgress?.(1, state.objective);
  return { groupsOf: best, objective: state.objective, iterations };
}

/** Applies improving moves and swaps until none is left (a local optimum of both neighbourhoods). */
export function descend(state: PartitionState): void {
  const { n, g, rounds: R, groupOf, size } = state;
  const { unitSizes, minSizes, maxSizes } = state.problem;
  let improved = true;
  while (improved) {
    improved = false;
    for (let r = 0; r < R; r++) {
      const off = r * n;
      for (let u = 0; u < n; u++) {
        const su = unitSizes[u]!;
        for (let b = 0; b < g; b++) {
          const a = groupOf[off + u]!;
          if (b === a || size[r * g + a]! - su < minSizes[a]! || size[r * g + b]! + su > maxSizes[b]!) continue;
          if (state.moveDelta(r, u, b) > 1e-9) {
            state.move(r, u, b);
            improved = true;
          }
        }
        for (let v = u + 1; v < n; v++) {
          const a = groupOf[off + u]!;
          const b = groupOf[off + v]!;
          if (a === b) continue;
          const sv = unitSizes[v]!;
          if (su !== sv) {
            const sa = size[r * g + a]! - su + sv;
            const sb = size[r * g + b]! - sv + su;
            if (sa < minSizes[a]! || sa > maxSizes[a]! || sb < minSizes[b]! || sb > maxSizes[b]!) continue;
          }
          if (state.swapDelta(r, u, v) > 1e-9) {
            state.swap(r, u, v);
            improved = true;
          }
        }
      }
    }
  }
}
