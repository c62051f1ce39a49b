// What makes a pair of people good company in a group: different divisions (and, when asked,
// levels and locations), and not having met recently. Shared by the engine and the cost of a hand adjustment.

import type { GroupingInput, GroupingWeights } from './types.ts';

/** The weights used when the input gives none: mix divisions and favour new pairs; levels and locations are opt-in. */
export const DEFAULT_WEIGHTS: GroupingWeights = { division: 1, newPairs: 1, level: 0, location: 0 };

/** How much a past meeting counts: 1 for the latest round (age 0), ½ for age 1, ⅓ for age 2, … */
export function recency(age: number): number {
  return 1 / (1 + Math.max(0, Number.isFinite(age) ? age : 0));
}

/** Pairwise scores for one roster: diversity less the recency-weighted cost of having met. */
export interface PairModel {
  n: number;
  index: Map<string, number>;
  weights: GroupingWeights;
  /** Score of i and j sharing a group once, before repeats within the plan. */
  score(i: number, j: number): number;
  /** Whether i and j shared a group in the history. */
  metBefore(i: number, j: number): boolean;
  /** Cost of each further meeting of one pair within the planned rounds. */
  repeatPenalty: number;
}

function codes(values: Array<string | undefined>): Int32Array {
  const seen = new Map<string, number>();
  return Int32Array.from(values, (v) => {
    const key = (v ?? '').trim().toLowerCase();
    if (key === '') return -1;
    let code = seen.get(key);
    if (code === undefined) {
      code = seen.size;
      seen.set(key, code);
    }
    return code;
  });
}

const differ = (a: number, b: number): number => (a < 0 || b < 0 ? 0.5 : a === b ? 0 : 1);

/** Builds the pair scores of `input` (people with unknown ids in the history are ignored). */
export function createPairModel(input: GroupingInput): PairModel {
  const people = input.people;
  const n = people.length;
  const index = new Map(people.map((p, i) => [p.id, i]));
  const weights: GroupingWeights = { ...DEFAULT_WEIGHTS, ...(input.weights ?? {}) };
  const division = codes(people.map((p) => p.division));
  const level = codes(people.map((p) => p.level));
  const location = codes(people.map((p) => p.location));
  const past = new Map<number, number>();
  for (const group of input.history ?? []) {
    const members = [...new Set(group.memberIds.map((id) => index.get(id)).filter((i): i is number => i !== undefined))];
    const r = recency(group.age);
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const a = Math.min(members[x]!, members[y]!);
        const b = Math.max(members[x]!, members[y]!);
        past.set(a * n + b, (past.get(a * n + b) ?? 0) + r);
      }
    }
  }
  const { division: wd, level: wl, location: wloc, newPairs: wn } = weights;
  return {
    n,
    index,
    weights,
    repeatPenalty: 2 * wn + 1,
    metBefore: (i, j) => past.has(Math.min(i, j) * n + Math.max(i, j)),
    score: (i, j) =>
      wd * differ(division[i]!, division[j]!) +
      wl * differ(level[i]!, level[j]!) +
      wloc * differ(location[i]!, location[j]!) -
      2 * wn * (past.get(Math.min(i, j) * n + Math.max(i, j)) ?? 0),
  };
}
