// Forms groups of people, one or several rounds at once: mixed across divisions, new pairs over
// repeated ones, keep-apart and keep-together pairs honoured, sizes in range; explained per group.

import { affinePlaneRounds } from './affine.ts';
import { explainRounds } from './cost.ts';
import { personLabel, planGroups } from './feasibility.ts';
import { descend, PartitionState, searchPartition, type PartitionProblem } from './search.ts';
import type { GroupingInput, GroupingOptions, GroupingProblem, GroupingResult } from './types.ts';
import { createPairModel } from './weights.ts';

/** The cost of a keep-apart pair sharing a group: far beyond any gain, so it is never worth it. */
const KEEP_APART_COST = 1e7;

/**
 * The search cools over a fixed number of proposals, so that a seed gives the same groups on every
 * machine; the time limit only cuts a slow machine short. A proposal costs about (40 + 3·units) ns
 * in V8 on a modest laptop core; the budget uses half the time limit at that speed.
 */
function proposalBudget(timeLimitMs: number, units: number): number {
  return Math.max(20_000, Math.floor((0.5 * timeLimitMs * 1e6) / (40 + 3 * units)));
}

/**
 * Forms `input.rounds` rounds of groups within the size range that maximise the pair scores
 * (cross-division mixing, new pairs with recent meetings costing most, optional level and location
 * mix), with as few repeated pairs across the rounds as possible. Keep-apart pairs never share a
 * group and keep-together pairs always do. Deterministic for a seed unless stopped early (by
 * `shouldStop` or the time limit on a slow machine), when it returns the best found so far.
 * Returns `{ ok: false, problems }` when the constraints cannot all hold.
 */
export function formGroups(input: GroupingInput, options: GroupingOptions): GroupingResult {
  const planned = planGroups(input);
  if (!planned.plan) return { ok: false, problems: planned.problems };
  const plan = planned.plan;
  const model = createPairModel(input);
  const R = input.rounds ?? 1;
  const U = plan.units.length;
  const unitSizes = Int32Array.from(plan.units, (m) => m.length);

  const weights = new Float64Array(U * U);
  let within = 0;
  for (let u = 0; u < U; u++) {
    const mu = plan.units[u]!;
    for (let x = 0; x < mu.length; x++) for (let y = x + 1; y < mu.length; y++) within += model.score(mu[x]!, mu[y]!);
    for (let v = u + 1; v < U; v++) {
      const mv = plan.units[v]!;
      let w = 0;
      for (const i of mu) for (const j of mv) w += model.score(i, j);
      weights[u * U + v] = w;
      weights[v * U + u] = w;
    }
  }
  const apart: Array<[number, number]> = [];
  for (const [a, b] of input.keepApart ?? []) {
    const ia = model.index.get(a)!;
    const ib = model.index.get(b)!;
    const ua = plan.unitOf[ia]!;
    const ub = plan.unitOf[ib]!;
    apart.push([ia, ib]);
    weights[ua * U + ub] -= KEEP_APART_COST;
    weights[ub * U + ua] -= KEEP_APART_COST;
  }
  // Pairs inside a unit meet in every round: a constant, added so that progress shows the real score.
  const withinPairs = unitSizes.reduce((sum, s) => sum + (s * (s - 1)) / 2, 0);
  const offset = R * within - (model.repeatPenalty * withinPairs * R * (R - 1)) / 2;

  const problem: PartitionProblem = {
    units: U,
    weights,
    unitSizes,
    groupCount: plan.groupCount,
    minSizes: plan.minSizes,
    maxSizes: plan.maxSizes,
    rounds: R,
    repeatPenalty: model.repeatPenalty,
    hardPenalty: KEEP_APART_COST,
  };
  const onProgress = options.onProgress;
  const found = searchPartition(problem, {
    seed: options.seed,
    timeLimitMs: options.timeLimitMs,
    now: options.now,
    shouldStop: options.shouldStop,
    onProgress: onProgress ? (fraction, best) => onProgress({ fraction, bestScore: best + offset }) : undefined,
    iterations: proposalBudget(options.timeLimitMs, U),
  });
  if (!found) return { ok: false, problems: [{ code: 'noGroupingFits' }] };
  let best = found;

  // When the numbers fit an affine plane, its schedule (no pair meets twice) is a strong candidate.
  const design = unitSizes.every((s) => s === 1) ? affinePlaneRounds(U, R) : null;
  if (design && design[0]!.length === plan.groupCount && plan.minSizes[0]! <= design[0]![0]!.length && design[0]![0]!.length <= plan.maxSizes[0]!) {
    const start = design.map((groups) => {
      const groupOf = new Int32Array(U);
      groups.forEach((members, k) => members.forEach((u) => (groupOf[u] = k)));
      return groupOf;
    });
    const state = new PartitionState(problem, start);
    descend(state);
    if (state.objective > best.objective) best = { groupsOf: state.snapshot(), objective: state.objective, iterations: best.iterations };
  }

  const rounds = best.groupsOf.map((groupOf) => {
    const groups: number[][] = Array.from({ length: plan.groupCount }, () => []);
    for (let u = 0; u < U; u++) groups[groupOf[u]!]!.push(...plan.units[u]!);
    return groups.map((g) => g.sort((a, b) => a - b));
  });
  const broken: GroupingProblem[] = [];
  rounds.forEach((groups, r) => {
    const groupOf = new Int32Array(input.people.length);
    groups.forEach((members, k) => members.forEach((i) => (groupOf[i] = k)));
    for (const [a, b] of apart) {
      if (groupOf[a] === groupOf[b]) {
        broken.push({
          code: 'keepApartNotFound',
          a: personLabel(input.people[a]!),
          b: personLabel(input.people[b]!),
          ...(R > 1 ? { round: r + 1 } : {}),
          groups: plan.groupCount,
        });
      }
    }
  });
  if (broken.length > 0) return { ok: false, problems: broken };
  const explained = explainRounds(input, model, rounds);
  return { ok: true, rounds: explained.rounds, score: explained.score };
}
