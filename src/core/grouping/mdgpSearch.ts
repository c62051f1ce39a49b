// The MDGP metaheuristic: a memetic search whose pool of groupings is improved by an iterated tabu
// search over swaps and one-moves, with O(1) gains and the best move cached per pair of groups.

import { createRandom, shuffleInPlace, type SeededRandom } from './random.ts';

/** The data the search needs: n people, g groups with per-group size bounds, pairwise values. */
export interface DiversityProblem {
  n: number;
  g: number;
  minSizes: ArrayLike<number>;
  maxSizes: ArrayLike<number>;
  /** `d[i * n + j]`, symmetric with a zero diagonal. */
  d: Float64Array;
}

/** How long to search. */
export interface DiversitySearchOptions {
  seed: number;
  timeLimitMs: number;
  now: () => number;
  /** Group sizes to start from (within the bounds, summing to n); random within the bounds when absent. */
  initialSizes?: ArrayLike<number>;
  /** A grouping to start from (each person's group, within the bounds) instead of a random one. */
  initial?: ArrayLike<number>;
  /**
   * A cap on the number of perturbation–descent rounds. With it (and enough time), a seed always
   * gives the same result; the time limit still cuts a slow run short.
   */
  maxRounds?: number;
}

/** The best grouping found: each person's group and the objective. */
export interface DiversitySearchResult {
  groupOf: Int32Array;
  objective: number;
  rounds: number;
}

const EPS = 1e-9;

/**
 * A grouping with, for each person i and group k, `sum[i * g + k]` = Σ d(i, x) over x in k, so that
 * moving i to k gains `sum[i*g+k] − sum[i*g+own]` and swapping i and j (in groups A and B) gains
 * `sum[i*g+B] − sum[i*g+A] + sum[j*g+A] − sum[j*g+B] − 2·d(i,j)`.
 */
export class DiverseGrouping {
  readonly n: number;
  readonly g: number;
  readonly d: Float64Array;
  readonly minSizes: Int32Array;
  readonly maxSizes: Int32Array;
  readonly groupOf: Int32Array;
  readonly size: Int32Array;
  readonly sum: Float64Array;
  objective = 0;

  constructor(problem: DiversityProblem) {
    this.n = problem.n;
    this.g = problem.g;
    this.d = problem.d;
    this.minSizes = Int32Array.from(problem.minSizes);
    this.maxSizes = Int32Array.from(problem.maxSizes);
    this.groupOf = new Int32Array(this.n);
    this.size = new Int32Array(this.g);
    this.sum = new Float64Array(this.n * this.g);
  }

  /** Sets the grouping from scratch (O(n²)). */
  assign(groupOf: ArrayLike<number>): void {
    const { n, g, d, sum, size } = this;
    sum.fill(0);
    size.fill(0);
    for (let i = 0; i < n; i++) {
      this.groupOf[i] = groupOf[i]!;
      size[groupOf[i]!]!++;
    }
    let twice = 0;
    for (let i = 0; i < n; i++) {
      const row = i * n;
      const out = i * g;
      for (let j = 0; j < n; j++) sum[out + this.groupOf[j]!] += d[row + j]!;
      twice += sum[out + this.groupOf[i]!]!;
    }
    this.objective = twice / 2;
  }

  /** Copies another grouping of the same problem (O(n·g)). */
  copyFrom(other: DiverseGrouping): void {
    this.groupOf.set(other.groupOf);
    this.size.set(other.size);
    this.sum.set(other.sum);
    this.objective = other.objective;
  }

  /** Moves person i to group to (O(n)). */
  move(i: number, to: number): void {
    const { n, g, d, sum, groupOf } = this;
    const from = groupOf[i]!;
    this.objective += sum[i * g + to]! - sum[i * g + from]!;
    groupOf[i] = to;
    this.size[from]!--;
    this.size[to]!++;
    const row = i * n;
    for (let x = 0, at = 0; x < n; x++, at += g) {
      const w = d[row + x]!;
      sum[at + from] -= w;
      sum[at + to] += w;
    }
  }

  /** Swaps persons i and j, who are in different groups (O(n)). */
  swap(i: number, j: number): void {
    const { n, g, d, sum, groupOf } = this;
    const a = groupOf[i]!;
    const b = groupOf[j]!;
    this.objective += sum[i * g + b]! - sum[i * g + a]! + sum[j * g + a]! - sum[j * g + b]! - 2 * d[i * n + j]!;
    groupOf[i] = b;
    groupOf[j] = a;
    const ri = i * n;
    const rj = j * n;
    for (let x = 0, at = 0; x < n; x++, at += g) {
      const w = d[rj + x]! - d[ri + x]!;
      sum[at + a] += w;
      sum[at + b] -= w;
    }
  }

  /**
   * Descent to a local optimum of the move and swap neighbourhoods: persons are taken in turn from
   * `start`, and each takes its best improving move or swap, until a full pass improves nothing.
   * Returns the number of improvements applied.
   */
  descend(start: number): number {
    const { n, g, d, sum, groupOf, size, minSizes, maxSizes } = this;
    let steps = 0;
    let quiet = 0;
    let i = start % n;
    while (quiet < n) {
      const a = groupOf[i]!;
      const rowG = i * g;
      const own = sum[rowG + a]!;
      let best = EPS;
      let bestJ = -1;
      let bestB = -1;
      if (size[a]! > minSizes[a]!) {
        for (let b = 0; b < g; b++) {
          if (b === a || size[b]! >= maxSizes[b]!) continue;
          const gain = sum[rowG + b]! - own;
          if (gain > best) {
            best = gain;
            bestB = b;
          }
        }
      }
      const rowD = i * n;
      for (let j = 0, at = 0; j < n; j++, at += g) {
        const b = groupOf[j]!;
        if (b === a) continue;
        const gain = sum[rowG + b]! - own + sum[at + a]! - sum[at + b]! - 2 * d[rowD + j]!;
        if (gain > best) {
          best = gain;
          bestJ = j;
        }
      }
      if (bestJ >= 0) {
        this.swap(i, bestJ);
        steps++;
        quiet = 0;
      } else if (bestB >= 0) {
        this.move(i, bestB);
        steps++;
        quiet = 0;
      } else {
        quiet++;
      }
      i = i + 1 === n ? 0 : i + 1;
    }
    return steps;
  }

  /** `count` random swaps (and, where sizes allow, moves), each between two different groups. */
  perturb(count: number, random: SeededRandom): void {
    const { n, g, groupOf, size, minSizes, maxSizes } = this;
    for (let t = 0; t < count; t++) {
      const i = random.int(n);
      const a = groupOf[i]!;
      if (random.next() < 0.5 && size[a]! > minSizes[a]!) {
        const b = random.int(g);
        if (b !== a && size[b]! < maxSizes[b]!) {
          this.move(i, b);
          continue;
        }
      }
      let j = random.int(n);
      let guard = 0;
      while (groupOf[j] === a && guard++ < 4 * n) j = random.int(n);
      if (groupOf[j] !== a) this.swap(i, j);
    }
  }
}

/**
 * A random grouping with the given group sizes or, without them, within the size bounds: every
 * group filled to its minimum and the rest spread at random.
 */
export function randomGrouping(problem: DiversityProblem, random: SeededRandom, groupSizes?: ArrayLike<number>): Int32Array {
  const { n, g } = problem;
  const sizes = Int32Array.from(groupSizes ?? problem.minSizes);
  let placed = sizes.reduce((x, y) => x + y, 0);
  const open: number[] = [];
  for (let k = 0; k < g; k++) if (sizes[k]! < problem.maxSizes[k]!) open.push(k);
  while (placed < n) {
    const at = random.int(open.length);
    const k = open[at]!;
    sizes[k]!++;
    placed++;
    if (sizes[k]! >= problem.maxSizes[k]!) {
      open[at] = open[open.length - 1]!;
      open.pop();
    }
  }
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = random.int(i + 1);
    const tmp = order[i]!;
    order[i] = order[j]!;
    order[j] = tmp;
  }
  const groupOf = new Int32Array(n);
  let at = 0;
  for (let k = 0; k < g; k++) for (let s = 0; s < sizes[k]!; s++) groupOf[order[at++]!] = k;
  return groupOf;
}

/** Whether people could ever change groups: at least two groups may hold someone. */
function canChange(problem: DiversityProblem): boolean {
  let holding = 0;
  for (let k = 0; k < problem.g; k++) if (problem.maxSizes[k]! > 0) holding++;
  return holding >= 2;
}

/** Sorts the first `count` entries of (value, who) by value, largest first: insertion sort, as groups are small. */
function sortDown(value: Float64Array, who: Int32Array, count: number): void {
  for (let p = 1; p < count; p++) {
    const v = value[p]!;
    const w = who[p]!;
    let q = p - 1;
    while (q >= 0 && value[q]! < v) {
      value[q + 1] = value[q]!;
      who[q + 1] = who[q]!;
      q--;
    }
    value[q + 1] = v;
    who[q + 1] = w;
  }
}

/**
 * Tabu search over the move and swap neighbourhoods: each iteration applies the best move or swap
 * whose people are not tabu (unless it beats the best grouping), then makes them tabu for a short
 * random tenure. When the best has not improved for a while, the walk restarts from the best
 * grouping with a strong random perturbation (iterated tabu search).
 *
 * A swap or move between groups A and B changes the gains of pairs that involve A or B only, so
 * the best swap and move are cached per pair of groups and only the rows of A and B are evaluated
 * again (about 4n²/g gains instead of n²/2). A person whose tenure ends only adds candidates, which
 * are merged in O(n).
 */
export function searchDiverseGrouping(problem: DiversityProblem, options: DiversitySearchOptions): DiversitySearchResult {
  const { n, g } = problem;
  const random = createRandom(options.seed);
  const deadline = options.now() + options.timeLimitMs;
  const maxRounds = options.maxRounds ?? Number.POSITIVE_INFINITY;

  const current = new DiverseGrouping(problem);
  const best = new DiverseGrouping(problem);
  current.assign(options.initial ?? randomGrouping(problem, random, options.initialSizes));
  current.descend(0);
  best.copyFrom(current);
  // With one group nothing can change; other stuck cases end when a round finds no move at all.
  if (!canChange(problem)) return { groupOf: Int32Array.from(best.groupOf), objective: best.objective, rounds: 0 };

  // About one person in ten is tabu at a time (three tenures' worth of two people a step): more
  // blocks the search, fewer lets it cycle. Measured on RanReal n120 and n240.
  const tenure = Math.max(2, Math.round(n / 30));
  const stall = 20 * n;
  const strong = Math.max(2, Math.round(n / 10));
  const { d, sum, groupOf, size, minSizes, maxSizes } = current;
  const tabuUntil = new Int32Array(n);

  // Members of each group: members[k * n + p] for p < size[k]; slot[x] is x's position.
  const members = new Int32Array(g * n);
  const slot = new Int32Array(n);
  const rebuildMembers = (): void => {
    const count = new Int32Array(g);
    for (let x = 0; x < n; x++) {
      const k = groupOf[x]!;
      slot[x] = count[k]!;
      members[k * n + count[k]!++] = x;
    }
  };

  // Best swap per unordered pair of groups (index lo * g + hi): among people not tabu (free), and
  // among all (for aspiration). Best move per ordered pair (from * g + to), the same two ways.
  const NONE = Number.NEGATIVE_INFINITY;
  const swapFree = new Float64Array(g * g);
  const swapFreeI = new Int32Array(g * g);
  const swapFreeJ = new Int32Array(g * g);
  const swapAll = new Float64Array(g * g);
  const swapAllI = new Int32Array(g * g);
  const swapAllJ = new Int32Array(g * g);
  const moveFree = new Float64Array(g * g);
  const moveFreeI = new Int32Array(g * g);
  const moveAll = new Float64Array(g * g);
  const moveAllI = new Int32Array(g * g);
  // Cells never evaluated (the diagonal, and swaps' lower triangle) must never win.
  swapFree.fill(NONE);
  swapAll.fill(NONE);
  moveFree.fill(NONE);
  moveAll.fill(NONE);

  // A swap of i (in group A) and j (in B) gains u(i) + v(j) − 2·d(i, j), with u(i) = Σ d(i, B) − Σ d(i, A)
  // and v(j) = Σ d(j, A) − Σ d(j, B). Scanning i and j by falling u and v, the scan of a pair of
  // groups stops once u + v − 2·dMin cannot beat the best found: usually after a few dozen pairs.
  let dMin = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (d[i * n + j]! < dMin) dMin = d[i * n + j]!;
  const slack = n > 1 ? -2 * dMin : 0;
  const largest = Math.max(1, ...Array.from(maxSizes));
  const uOf = new Float64Array(largest);
  const uWho = new Int32Array(largest);
  const vOf = new Float64Array(largest);
  const vWho = new Int32Array(largest);

  const evaluatePair = (x: number, y: number, iteration: number): void => {
    const lo = x < y ? x : y;
    const hi = x < y ? y : x;
    const at = lo * g + hi;
    let free = NONE;
    let freeI = -1;
    let freeJ = -1;
    let all = NONE;
    let allI = -1;
    let allJ = -1;
    const loSize = size[lo]!;
    const hiSize = size[hi]!;
    for (let p = 0, base = lo * n; p < loSize; p++) {
      const i = members[base + p]!;
      uOf[p] = sum[i * g + hi]! - sum[i * g + lo]!;
      uWho[p] = i;
    }
    for (let q = 0, base = hi * n; q < hiSize; q++) {
      const j = members[base + q]!;
      vOf[q] = sum[j * g + lo]! - sum[j * g + hi]!;
      vWho[q] = j;
    }
    sortDown(uOf, uWho, loSize);
    sortDown(vOf, vWho, hiSize);
    const vTop = hiSize > 0 ? vOf[0]! + slack : NONE;
    for (let p = 0; p < loSize; p++) {
      const u = uOf[p]!;
      if (u + vTop <= free) break;
      const i = uWho[p]!;
      const rowD = i * n;
      const tabuI = tabuUntil[i]! > iteration;
      for (let q = 0; q < hiSize; q++) {
        const v = vOf[q]!;
        if (u + v + slack <= free) break;
        const j = vWho[q]!;
        const gain = u + v - 2 * d[rowD + j]!;
        if (gain > all) {
          all = gain;
          allI = i;
          allJ = j;
        }
        if (gain > free && !tabuI && tabuUntil[j]! <= iteration) {
          free = gain;
          freeI = i;
          freeJ = j;
        }
      }
    }
    swapFree[at] = free;
    swapFreeI[at] = freeI;
    swapFreeJ[at] = freeJ;
    swapAll[at] = all;
    swapAllI[at] = allI;
    swapAllJ[at] = allJ;
  };

  const evaluateMove = (from: number, to: number, iteration: number): void => {
    const at = from * g + to;
    let free = NONE;
    let freeI = -1;
    let all = NONE;
    let allI = -1;
    if (size[from]! > minSizes[from]! && size[to]! < maxSizes[to]!) {
      const base = from * n;
      for (let p = 0, fromSize = size[from]!; p < fromSize; p++) {
        const i = members[base + p]!;
        const gain = sum[i * g + to]! - sum[i * g + from]!;
        if (gain > all) {
          all = gain;
          allI = i;
        }
        if (gain > free && tabuUntil[i]! <= iteration) {
          free = gain;
          freeI = i;
        }
      }
    }
    moveFree[at] = free;
    moveFreeI[at] = freeI;
    moveAll[at] = all;
    moveAllI[at] = allI;
  };

  const movesPossible = (): boolean => {
    for (let k = 0; k < g; k++) if (minSizes[k] !== maxSizes[k]) return true;
    return false;
  };
  const withMoves = movesPossible();

  // After a swap or move between groups a and b, only the pairs of groups that hold a or b change.
  const evaluateRows = (a: number, b: number, iteration: number): void => {
    for (let y = 0; y < g; y++) {
      if (y !== a) {
        evaluatePair(a, y, iteration);
        if (withMoves) {
          evaluateMove(a, y, iteration);
          evaluateMove(y, a, iteration);
        }
      }
      if (y !== a && y !== b) {
        evaluatePair(b, y, iteration);
        if (withMoves) {
          evaluateMove(b, y, iteration);
          evaluateMove(y, b, iteration);
        }
      }
    }
  };

  const evaluateAll = (iteration: number): void => {
    for (let x = 0; x < g; x++) {
      for (let y = x + 1; y < g; y++) evaluatePair(x, y, iteration);
      if (withMoves) for (let y = 0; y < g; y++) if (y !== x) evaluateMove(x, y, iteration);
    }
  };

  // A person whose tenure has ended: merge the swaps and moves they now allow.
  const release = (i: number, iteration: number): void => {
    const a = groupOf[i]!;
    const rowG = i * g;
    const rowD = i * n;
    const own = sum[rowG + a]!;
    for (let j = 0, jg = 0; j < n; j++, jg += g) {
      const b = groupOf[j]!;
      if (b === a || tabuUntil[j]! > iteration) continue;
      const gain = sum[rowG + b]! - own + sum[jg + a]! - sum[jg + b]! - 2 * d[rowD + j]!;
      const at = a < b ? a * g + b : b * g + a;
      if (gain > swapFree[at]!) {
        swapFree[at] = gain;
        swapFreeI[at] = i;
        swapFreeJ[at] = j;
      }
    }
    if (withMoves && size[a]! > minSizes[a]!) {
      for (let b = 0; b < g; b++) {
        if (b === a || size[b]! >= maxSizes[b]!) continue;
        const gain = sum[rowG + b]! - own;
        const at = a * g + b;
        if (gain > moveFree[at]!) {
          moveFree[at] = gain;
          moveFreeI[at] = i;
        }
      }
    }
  };

  // Tenures end in buckets by iteration (mod span), so that releases cost nothing to find.
  const span = 2 * tenure + 2;
  const buckets: number[][] = Array.from({ length: span }, () => []);
  let lastTabu = 0;
  const makeTabu = (x: number, iteration: number): void => {
    const until = iteration + tenure + random.int(tenure + 1);
    tabuUntil[x] = until;
    if (until > lastTabu) lastTabu = until;
    buckets[until % span]!.push(x);
  };
  const clearTabu = (): void => {
    tabuUntil.fill(0);
    for (const bucket of buckets) bucket.length = 0;
  };

  const applySwap = (i: number, j: number): void => {
    const a = groupOf[i]!;
    const b = groupOf[j]!;
    current.swap(i, j);
    const si = slot[i]!;
    const sj = slot[j]!;
    members[a * n + si] = j;
    members[b * n + sj] = i;
    slot[i] = sj;
    slot[j] = si;
  };
  const applyMove = (i: number, to: number): void => {
    const from = groupOf[i]!;
    const si = slot[i]!;
    const last = members[from * n + size[from]! - 1]!;
    members[from * n + si] = last;
    slot[last] = si;
    current.move(i, to);
    members[to * n + size[to]! - 1] = i;
    slot[i] = size[to]! - 1;
  };

  rebuildMembers();
  evaluateAll(0);
  let iteration = 0;
  let sinceBest = 0;
  while (iteration < maxRounds && ((iteration & 15) !== 0 || options.now() < deadline)) {
    iteration++;
    const bucket = buckets[iteration % span]!;
    for (let p = 0; p < bucket.length; p++) {
      const x = bucket[p]!;
      if (tabuUntil[x] === iteration) release(x, iteration);
    }
    bucket.length = 0;

    const room = best.objective + EPS - current.objective;
    let bestGain = NONE;
    let bestI = -1;
    let bestJ = -1;
    let bestB = -1;
    for (let x = 0; x < g; x++) {
      for (let y = x + 1; y < g; y++) {
        const at = x * g + y;
        if (swapAll[at]! > room && swapAll[at]! > bestGain) {
          bestGain = swapAll[at]!;
          bestI = swapAllI[at]!;
          bestJ = swapAllJ[at]!;
        } else if (swapFree[at]! > bestGain) {
          bestGain = swapFree[at]!;
          bestI = swapFreeI[at]!;
          bestJ = swapFreeJ[at]!;
        }
      }
    }
    if (withMoves) {
      for (let at = 0; at < g * g; at++) {
        if (moveAll[at]! > room && moveAll[at]! > bestGain) {
          bestGain = moveAll[at]!;
          bestI = moveAllI[at]!;
          bestJ = -1;
          bestB = at % g;
        } else if (moveFree[at]! > bestGain) {
          bestGain = moveFree[at]!;
          bestI = moveFreeI[at]!;
          bestJ = -1;
          bestB = at % g;
        }
      }
    }
    if (bestI < 0) {
      // Every move is tabu for now; once no one is tabu any more, there is no move at all.
      if (iteration > lastTabu) break;
      continue;
    }
    const a = groupOf[bestI]!;
    let b: number;
    if (bestJ >= 0) {
      b = groupOf[bestJ]!;
      applySwap(bestI, bestJ);
      makeTabu(bestJ, iteration);
    } else {
      b = bestB;
      applyMove(bestI, bestB);
    }
    makeTabu(bestI, iteration);
    evaluateRows(a, b, iteration);

    if (current.objective > best.objective + EPS) {
      best.copyFrom(current);
      sinceBest = 0;
    } else if (++sinceBest >= stall) {
      current.copyFrom(best);
      current.perturb(strong, random);
      clearTabu();
      rebuildMembers();
      evaluateAll(iteration);
      sinceBest = 0;
    }
  }
  return { groupOf: Int32Array.from(best.groupOf), objective: best.objective, rounds: iteration };
}

/** How many groupings the memetic search keeps. */
const POOL_SIZE = 4;
/** How long the tabu search improves each grouping of the pool, in iterations per person. */
const ROUNDS_PER_PERSON = 25;
/** How many random swaps shake each child before the tabu search, per person (when group sizes differ). */
const SHAKES_PER_PERSON = 0.2;

/**
 * `count` random swaps, each of two people in different groups, in place: the group sizes stay
 * as they are.
 */
export function shakeGrouping(groupOf: Int32Array, count: number, random: SeededRandom): void {
  const n = groupOf.length;
  for (let t = 0; t < count; t++) {
    const i = random.int(n);
    let j = random.int(n);
    let guard = 0;
    while (groupOf[j] === groupOf[i] && guard++ < 4 * n) j = random.int(n);
    if (groupOf[j] === groupOf[i]) continue;
    const k = groupOf[i]!;
    groupOf[i] = groupOf[j]!;
    groupOf[j] = k;
  }
}

/**
 * A memetic search: a pool of four groupings, each from a random start improved by the tabu
 * search ({@link searchDiverseGrouping}) for 25 iterations per person; then, until the time or the
 * rounds run out, two groupings of the pool are crossed ({@link crossGroupings}), the child is
 * improved the same way (when the groups differ in size, after n/5 random swaps:
 * {@link shakeGrouping}), and it takes the place of the pool's worst if it beats it and is not
 * already there. The pool keeps the search from circling one local optimum, which on RanReal n240
 * and n480 is what the tabu search alone ends up doing (its gap to the best halves with the pool).
 * `maxRounds` caps the tabu search's iterations in all.
 *
 * The shake is there because a child often lies so near one of its parents that 25 iterations per
 * person of tabu search lead straight back to it: on RanReal n120_ds_02 about half the children
 * came back as a grouping the pool already held, and the pool stopped moving. Shaken, the children
 * land farther off and more of them are new: on the n120 ds instances, n/5 swaps did best (6 or 12
 * helped less, 36 or 48 gave the gain back, as the child then keeps little of its parents). With
 * groups of one size the shake gained nothing on n120 and lost on n240, so those are left alone.
 */
export function memeticSearch(problem: DiversityProblem, options: DiversitySearchOptions): DiversitySearchResult {
  const random = createRandom(options.seed);
  const deadline = options.now() + options.timeLimitMs;
  const maxRounds = options.maxRounds ?? Number.POSITIVE_INFINITY;
  const budget = Math.max(1, ROUNDS_PER_PERSON * problem.n);
  let rounds = 0;
  const improve = (initial?: Int32Array): DiversitySearchResult => {
    const result = searchDiverseGrouping(problem, {
      seed: random.int(2 ** 31),
      timeLimitMs: Math.max(0, deadline - options.now()),
      now: options.now,
      initialSizes: options.initialSizes,
      initial,
      maxRounds: Math.min(budget, maxRounds - rounds),
    });
    rounds += result.rounds;
    return result;
  };
  const pool = [improve()];
  // A search that cannot move (one group, or sizes that allow nothing) has nothing to cross.
  if (pool[0]!.rounds === 0) return pool[0]!;
  const more = () => rounds < maxRounds && options.now() < deadline;
  let uneven = false;
  for (let k = 1; k < problem.g; k++) {
    if (problem.minSizes[k] !== problem.minSizes[0] || problem.maxSizes[k] !== problem.maxSizes[0]) uneven = true;
  }
  const shakes = Math.round(SHAKES_PER_PERSON * problem.n);
  while (pool.length < POOL_SIZE && more()) pool.push(improve());
  while (pool.length >= 2 && more()) {
    const x = random.int(pool.length);
    const y = (x + 1 + random.int(pool.length - 1)) % pool.length;
    const crossed = crossGroupings(problem, pool[x]!.groupOf, pool[y]!.groupOf, random);
    if (uneven) shakeGrouping(crossed, shakes, random);
    const child = improve(crossed);
    let worst = 0;
    for (let k = 1; k < pool.length; k++) if (pool[k]!.objective < pool[worst]!.objective) worst = k;
    const known = pool.some((member) => Math.abs(member.objective - child.objective) <= EPS * Math.max(1, Math.abs(child.objective)));
    if (!known && child.objective > pool[worst]!.objective) pool[worst] = child;
  }
  let best = pool[0]!;
  for (const member of pool) if (member.objective > best.objective) best = member;
  return { groupOf: best.groupOf, objective: best.objective, rounds };
}

/**
 * A child of two groupings with the same group sizes: taking turns, each parent gives the group
 * whose members not yet placed have the highest mean pair value, into the child's group of that
 * index (or another free one of the same size); people left over join, one by one in random
 * order, the group with room where their values sum highest (a group short of its least size
 * first). Made for parents of one fixed size profile; parents whose sizes differ so much that a
 * group would stay short give the first parent back.
 */
export function crossGroupings(problem: DiversityProblem, a: ArrayLike<number>, b: ArrayLike<number>, random: SeededRandom): Int32Array {
  const { n, g, d } = problem;
  const capacity = Int32Array.from(problem.maxSizes);
  const least = Int32Array.from(problem.minSizes);
  const child = new Int32Array(n).fill(-1);
  const filled = new Int32Array(g);
  const taken = new Uint8Array(g);
  const groupsOf = [a, b].map((parent) => {
    const groups: number[][] = Array.from({ length: g }, () => []);
    for (let i = 0; i < n; i++) groups[parent[i]!]!.push(i);
    return groups;
  });
  const given = [new Uint8Array(g), new Uint8Array(g)];
  let turn = random.int(2);
  for (let step = 0; step < 2 * g; step++, turn = 1 - turn) {
    let pick = -1;
    let pickScore = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < g; k++) {
      if (given[turn]![k]) continue;
      const free = groupsOf[turn]![k]!.filter((i) => child[i] === -1);
      if (free.length === 0) continue;
      let total = 0;
      for (let x = 0; x < free.length; x++) for (let y = x + 1; y < free.length; y++) total += d[free[x]! * n + free[y]!]!;
      if (total / free.length > pickScore) {
        pickScore = total / free.length;
        pick = k;
      }
    }
    if (pick < 0) continue;
    given[turn]![pick] = 1;
    let slot = taken[pick] ? -1 : pick;
    for (let k = 0; slot < 0 && k < g; k++) if (!taken[k] && capacity[k] === capacity[pick] && least[k] === least[pick]) slot = k;
    if (slot < 0) continue;
    taken[slot] = 1;
    for (const i of groupsOf[turn]![pick]!) {
      if (child[i] === -1 && filled[slot]! < capacity[slot]!) {
        child[i] = slot;
        filled[slot]!++;
      }
    }
  }
  const left: number[] = [];
  for (let i = 0; i < n; i++) if (child[i] === -1) left.push(i);
  shuffleInPlace(left, random);
  const toGroup = new Float64Array(g);
  for (const i of left) {
    toGroup.fill(0);
    for (let j = 0; j < n; j++) if (child[j]! >= 0) toGroup[child[j]!] += d[i * n + j]!;
    // Groups still short of their least size come first.
    let short = false;
    for (let k = 0; k < g; k++) if (filled[k]! < least[k]!) short = true;
    let best = -1;
    for (let k = 0; k < g; k++) {
      const open = short ? filled[k]! < least[k]! : filled[k]! < capacity[k]!;
      if (open && (best < 0 || toGroup[k]! > toGroup[best]!)) best = k;
    }
    if (best < 0) return Int32Array.from(a);
    child[i] = best;
    filled[best]!++;
  }
  // Parents of different size profiles can leave a group short: then the child is the first parent.
  for (let k = 0; k < g; k++) if (filled[k]! < least[k]!) return Int32Array.from(a);
  return child;
}
