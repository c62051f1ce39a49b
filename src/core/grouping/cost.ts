// The score of a grouping and what it costs: repeated pairs, broken keep-apart and keep-together
// pairs and size problems, for the engine's own result and for one adjusted by hand.

import { personLabel } from './feasibility.ts';
import type { GroupExplanation, GroupingCost, GroupingCostProblem, GroupingInput, GroupingRound } from './types.ts';
import { createPairModel, type PairModel } from './weights.ts';

/** Rounds of groups (as person indices), explained and scored. */
export interface ExplainedRounds {
  rounds: GroupingRound[];
  score: number;
  repeatedPairs: number;
}

/**
 * Explains and scores rounds of groups given as person indices. A pair is new when it never
 * shared a group in the history nor in an earlier planned round. The score is the sum of the
 * pair scores within groups, less the repeat penalty per further meeting within the plan.
 */
export function explainRounds(input: GroupingInput, model: PairModel, rounds: number[][][]): ExplainedRounds {
  const met = new Map<number, number>();
  const n = model.n;
  let score = 0;
  let repeatedPairs = 0;
  const out: GroupingRound[] = rounds.map((groups) => {
    const explanations: GroupExplanation[] = groups.map((group) => {
      const divisions = [...new Set(group.map((i) => input.people[i]!.division?.trim() ?? '').filter((d) => d !== ''))].sort((a, b) => a.localeCompare(b));
      let fresh = 0;
      let repeated = 0;
      for (let x = 0; x < group.length; x++) {
        for (let y = x + 1; y < group.length; y++) {
          const i = group[x]!;
          const j = group[y]!;
          const key = Math.min(i, j) * n + Math.max(i, j);
          const before = met.get(key) ?? 0;
          score += model.score(i, j) - model.repeatPenalty * before;
          if (before > 0 || model.metBefore(i, j)) repeated++;
          else fresh++;
        }
      }
      return { divisions, newPairs: fresh, repeatedPairs: repeated };
    });
    // Meetings count only from the next round on, so a group's own pairs are not repeats of each other.
    for (const group of groups) {
      for (let x = 0; x < group.length; x++) {
        for (let y = x + 1; y < group.length; y++) {
          const key = Math.min(group[x]!, group[y]!) * n + Math.max(group[x]!, group[y]!);
          met.set(key, (met.get(key) ?? 0) + 1);
        }
      }
    }
    repeatedPairs += explanations.reduce((sum, e) => sum + e.repeatedPairs, 0);
    return { groups: groups.map((group) => group.map((i) => input.people[i]!.id)), explanations };
  });
  return { rounds: out, score, repeatedPairs };
}

/**
 * What a grouping (for instance one adjusted by hand) costs: repeated pairs across its rounds and
 * against the history, keep-apart and keep-together pairs broken, people missing, doubled or
 * unknown, groups outside the size range, and its score (comparable with the engine's).
 */
export function evaluateGrouping(input: GroupingInput, rounds: string[][][]): GroupingCost {
  const model = createPairModel(input);
  const label = (i: number) => personLabel(input.people[i]!);
  const sizeProblems: GroupingCostProblem[] = [];
  const indexed: number[][][] = rounds.map((groups, r) => {
    const seenIn = new Map<number, number>();
    const result = groups.map((group, k) => {
      const members: number[] = [];
      for (const id of group) {
        const i = model.index.get(id);
        if (i === undefined) {
          sizeProblems.push({ code: 'notOnRoster', round: r + 1, group: k + 1, id });
          continue;
        }
        if (seenIn.has(i)) {
          sizeProblems.push({ code: 'inSeveralGroups', round: r + 1, name: label(i) });
          continue;
        }
        seenIn.set(i, k);
        members.push(i);
      }
      if (members.length < input.minSize || members.length > input.maxSize) {
        sizeProblems.push({ code: 'wrongSize', round: r + 1, group: k + 1, size: members.length, min: input.minSize, max: input.maxSize });
      }
      return members;
    });
    input.people.forEach((_, i) => {
      if (!seenIn.has(i)) sizeProblems.push({ code: 'inNoGroup', round: r + 1, name: label(i) });
    });
    return result;
  });

  const groupOf = indexed.map((groups) => {
    const map = new Map<number, number>();
    groups.forEach((group, k) => group.forEach((i) => map.set(i, k)));
    return map;
  });
  const brokenPairs = (pairs: Array<[string, string]> | undefined, broken: (a: number, b: number) => boolean): Array<[string, string]> =>
    (pairs ?? []).filter(([a, b]) => {
      const ia = model.index.get(a);
      const ib = model.index.get(b);
      return ia !== undefined && ib !== undefined && ia !== ib && broken(ia, ib);
    });
  const keepApartBroken = brokenPairs(input.keepApart, (a, b) =>
    groupOf.some((map) => map.has(a) && map.get(a) === map.get(b)),
  );
  const keepTogetherBroken = brokenPairs(input.keepTogether, (a, b) =>
    groupOf.some((map) => !map.has(a) || map.get(a) !== map.get(b)),
  );
  const explained = explainRounds(input, model, indexed);
  return { repeatedPairs: explained.repeatedPairs, keepApartBroken, keepTogetherBroken, sizeProblems, score: explained.score };
}
