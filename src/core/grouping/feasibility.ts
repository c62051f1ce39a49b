// Whether a grouping request can be met at all, explained in words when it cannot; and the plan
// the engine searches within: units of people kept together, the number of groups and their sizes.

import { createRandom } from './random.ts';
import { randomFeasibleAssignment, type PartitionProblem } from './search.ts';
import type { GroupingInput, GroupingPerson, GroupingProblem, PairKind } from './types.ts';

/** People merged by keep-together pairs into units, and how many groups of which sizes to form. */
export interface GroupPlan {
  /** Each unit's people, as indices into `input.people`. */
  units: number[][];
  /** The unit of each person. */
  unitOf: Int32Array;
  groupCount: number;
  /** Size range of each group, in people (the same for every round). */
  minSizes: Int32Array;
  maxSizes: Int32Array;
}

const isWhole = (x: unknown, least: number): x is number => typeof x === 'number' && Number.isInteger(x) && x >= least;

/** A person as a coordinator reads them: their name, or their id when they have none. */
export function personLabel(person: GroupingPerson): string {
  return person.name && person.name.trim() !== '' ? person.name : person.id;
}

/** The number of groups: the one whose average size is nearest the middle of the range, unless `groupCount` is given. */
export function chooseGroupCount(n: number, minSize: number, maxSize: number, requested?: number): number | null {
  const fewest = Math.ceil(n / maxSize);
  const most = Math.floor(n / minSize);
  if (fewest > most || fewest < 1) return null;
  if (requested !== undefined) return requested >= fewest && requested <= most ? requested : null;
  const target = Math.round(n / ((minSize + maxSize) / 2));
  return Math.min(most, Math.max(fewest, target));
}

/**
 * Every reason the request cannot be met, as codes the screens word for the coordinator; empty when it can.
 * Covers bad sizes and rounds, sizes that cannot fit the roster, unknown or duplicate ids,
 * keep-together chains that join a keep-apart pair, and keep-together groups too big to seat.
 */
export function checkFeasibility(input: GroupingInput): GroupingProblem[] {
  return planGroups(input).problems;
}

interface Planned {
  problems: GroupingProblem[];
  plan?: GroupPlan;
}

/** Checks the request and, when it can be met, plans the units, the group count and the sizes. */
export function planGroups(input: GroupingInput): Planned {
  const problems: GroupingProblem[] = [];
  const people = Array.isArray(input.people) ? input.people : [];
  const n = people.length;
  const { minSize, maxSize } = input;
  const rounds = input.rounds ?? 1;
  if (n === 0) problems.push({ code: 'rosterEmpty' });
  if (!isWhole(minSize, 1)) problems.push({ code: 'minSizeNotWhole', value: String(minSize) });
  if (!isWhole(maxSize, 1)) problems.push({ code: 'maxSizeNotWhole', value: String(maxSize) });
  if (isWhole(minSize, 1) && isWhole(maxSize, 1) && minSize > maxSize) {
    problems.push({ code: 'minAboveMax', min: minSize, max: maxSize });
  }
  if (!isWhole(rounds, 1) || rounds > 255) problems.push({ code: 'roundsNotWhole', value: String(rounds) });
  if (input.groupCount !== undefined && !isWhole(input.groupCount, 1)) {
    problems.push({ code: 'groupCountNotWhole', value: String(input.groupCount) });
  }

  const index = new Map<string, number>();
  people.forEach((p, i) => {
    if (typeof p?.id !== 'string' || p.id === '') {
      problems.push({ code: 'personWithoutId', person: i + 1 });
      return;
    }
    if (index.has(p.id)) problems.push({ code: 'sharedId', id: p.id });
    else index.set(p.id, i);
  });
  const label = (i: number) => personLabel(people[i]!);

  const resolvePairs = (pairs: Array<[string, string]> | undefined, kind: PairKind): Array<[number, number]> => {
    const out: Array<[number, number]> = [];
    (pairs ?? []).forEach((pair, k) => {
      if (!Array.isArray(pair) || pair.length !== 2) {
        problems.push({ code: 'pairNotTwoIds', kind, pair: k + 1 });
        return;
      }
      const [a, b] = pair;
      const ia = index.get(a);
      const ib = index.get(b);
      for (const [id, i] of [[a, ia], [b, ib]] as const) {
        if (i === undefined) problems.push({ code: 'pairUnknownId', kind, pair: k + 1, id: String(id) });
      }
      if (ia === undefined || ib === undefined) return;
      if (ia === ib) {
        if (kind === 'keepApart') problems.push({ code: 'keepApartSelf', pair: k + 1, name: label(ia) });
        return;
      }
      out.push([ia, ib]);
    });
    return out;
  };
  const apart = resolvePairs(input.keepApart, 'keepApart');
  const together = resolvePairs(input.keepTogether, 'keepTogether');

  // Keep-together pairs chain people into units (union–find).
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const [a, b] of together) parent[find(a)] = find(b);
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const list = byRoot.get(root);
    if (list) list.push(i);
    else byRoot.set(root, [i]);
  }
  const units = [...byRoot.values()];
  const unitOf = new Int32Array(n);
  units.forEach((members, u) => members.forEach((i) => (unitOf[i] = u)));

  const adjacency = new Map<number, number[]>();
  for (const [a, b] of together) {
    adjacency.set(a, [...(adjacency.get(a) ?? []), b]);
    adjacency.set(b, [...(adjacency.get(b) ?? []), a]);
  }
  const chain = (from: number, to: number): number[] => {
    const previous = new Map<number, number>([[from, from]]);
    const queue = [from];
    while (queue.length > 0) {
      const x = queue.shift()!;
      if (x === to) break;
      for (const y of adjacency.get(x) ?? []) {
        if (!previous.has(y)) {
          previous.set(y, x);
          queue.push(y);
        }
      }
    }
    const path = [to];
    while (path[0] !== from) path.unshift(previous.get(path[0]!)!);
    return path;
  };
  for (const [a, b] of apart) {
    if (find(a) === find(b)) {
      problems.push({ code: 'apartJoinedTogether', a: label(a), b: label(b), chain: chain(a, b).map(label) });
    }
  }
  if (isWhole(maxSize, 1)) {
    for (const members of units) {
      if (members.length > maxSize) {
        problems.push({ code: 'togetherTooBig', count: members.length, names: members.slice(0, 6).map(label), more: members.length > 6, maxSize });
      }
    }
  }

  if (problems.length > 0 || n === 0) return { problems };
  const groupCount = chooseGroupCount(n, minSize, maxSize, input.groupCount);
  if (groupCount === null) {
    if (input.groupCount !== undefined && chooseGroupCount(n, minSize, maxSize) !== null) {
      problems.push({ code: 'groupCountImpossible', people: n, groups: input.groupCount, min: minSize, max: maxSize });
    } else if (n < minSize) {
      problems.push({ code: 'tooFewPeople', people: n, min: minSize, max: maxSize });
    } else {
      const fewer = Math.floor(n / minSize);
      const more = fewer + 1;
      problems.push({ code: 'cannotSplit', people: n, min: minSize, max: maxSize, fewer, fewerHold: fewer * maxSize, more, moreNeed: more * minSize });
    }
    return { problems };
  }
  if (groupCount === 1 && apart.length > 0) {
    const [a, b] = apart[0]!;
    problems.push({ code: 'oneGroupKeepApart', people: n, min: minSize, max: maxSize, a: label(a), b: label(b) });
    return { problems };
  }

  // Sizes as even as possible; widened step by step when the keep-together units do not pack.
  const unitSizes = Int32Array.from(units, (m) => m.length);
  const random = createRandom(0x5eed);
  const low = Math.floor(n / groupCount);
  const high = Math.ceil(n / groupCount);
  for (let slack = 0; slack <= maxSize - minSize; slack++) {
    const lo = Math.max(minSize, low - slack);
    const hi = Math.min(maxSize, high + slack);
    const minSizes = new Int32Array(groupCount).fill(lo);
    const maxSizes = new Int32Array(groupCount).fill(hi);
    const probe: PartitionProblem = {
      units: units.length,
      weights: new Float64Array(0),
      unitSizes,
      groupCount,
      minSizes,
      maxSizes,
      rounds: 1,
      repeatPenalty: 0,
    };
    if (randomFeasibleAssignment(probe, random)) return { problems, plan: { units, unitOf, groupCount, minSizes, maxSizes } };
  }
  const sizes = [...unitSizes].filter((x) => x > 1).sort((a, b) => b - a);
  problems.push({ code: 'togetherCannotSeat', sizes, groups: groupCount, min: minSize, max: maxSize });
  return { problems };
}
