// The group formation engine's inputs and outputs: who is to be grouped, what counts as a good
// grouping, what must hold, and what comes back. Pure data, shared by the engine, its Web
// Worker, the command lines and the programs screens.

/** A person to be grouped. Only `id` is required; the rest feed diversity and balance. */
export interface GroupingPerson {
  id: string;
  name?: string;
  division?: string;
  level?: string;
  location?: string;
}

/** A group that met in the past, for "new connections". `age` 0 is the latest round; older rounds weigh less. */
export interface PastGroup {
  memberIds: string[];
  age: number;
}

/** Everything the engine needs to form one or more rounds of groups. */
export interface GroupingInput {
  people: GroupingPerson[];
  minSize: number;
  maxSize: number;
  /** How many rounds to plan at once (the rounds of a cycle); 1 by default. */
  rounds?: number;
  history?: PastGroup[];
  /** Pairs that must never share a group, such as a manager and their report. */
  keepApart?: Array<[string, string]>;
  /** Pairs that must always share a group. */
  keepTogether?: Array<[string, string]>;
  /**
   * How many groups to form in each round. By default, the number whose average size is nearest
   * the middle of [minSize, maxSize]; sizes are then as even as possible.
   */
  groupCount?: number;
  /** Relative weights of the goals; each defaults as the engine documents. */
  weights?: Partial<GroupingWeights>;
}

/** How much each goal counts. */
export interface GroupingWeights {
  division: number;
  newPairs: number;
  level: number;
  location: number;
}

/** Knobs for one run. */
export interface GroupingOptions {
  seed: number;
  timeLimitMs: number;
  /** Called now and then with the fraction of the time used and the best score so far. */
  onProgress?: (progress: { fraction: number; bestScore: number }) => void;
  /** Asked now and then; returning true stops the search with the best result so far. */
  shouldStop?: () => boolean;
  /** The clock, in milliseconds. Passed in so that the core never reads the time itself. */
  now: () => number;
}

/** Why a group is as it is, in words a coordinator reads. */
export interface GroupExplanation {
  divisions: string[];
  newPairs: number;
  repeatedPairs: number;
}

/** One round's groups, as lists of person ids, with an explanation per group. */
export interface GroupingRound {
  groups: string[][];
  explanations: GroupExplanation[];
}

/** Which list of pairs a problem is about. */
export type PairKind = 'keepApart' | 'keepTogether';

/**
 * Why groups cannot be formed, as a code and its values: the screens word it in the interface's
 * language, the command line in English. People are named as a coordinator reads them (see
 * `personLabel`); `min` and `max` are the size range (equal for groups of exactly one size).
 */
export type GroupingProblem =
  | { code: 'rosterEmpty' }
  /** `value` is the size, rounds or group count as given, written out. */
  | { code: 'minSizeNotWhole'; value: string }
  | { code: 'maxSizeNotWhole'; value: string }
  | { code: 'minAboveMax'; min: number; max: number }
  | { code: 'roundsNotWhole'; value: string }
  | { code: 'groupCountNotWhole'; value: string }
  /** `person` counts from 1. */
  | { code: 'personWithoutId'; person: number }
  | { code: 'sharedId'; id: string }
  /** `pair` counts from 1 in its list. */
  | { code: 'pairNotTwoIds'; kind: PairKind; pair: number }
  | { code: 'pairUnknownId'; kind: PairKind; pair: number; id: string }
  | { code: 'keepApartSelf'; pair: number; name: string }
  /** `chain`: the people of the keep-together chain from `a` to `b`, in order. */
  | { code: 'apartJoinedTogether'; a: string; b: string; chain: string[] }
  /** `names`: the first few of the `count` people; `more` when some are left out. */
  | { code: 'togetherTooBig'; count: number; names: string[]; more: boolean; maxSize: number }
  | { code: 'groupCountImpossible'; people: number; groups: number; min: number; max: number }
  | { code: 'tooFewPeople'; people: number; min: number; max: number }
  /** `fewer` groups hold at most `fewerHold` people; `more` groups need at least `moreNeed`. */
  | { code: 'cannotSplit'; people: number; min: number; max: number; fewer: number; fewerHold: number; more: number; moreNeed: number }
  | { code: 'oneGroupKeepApart'; people: number; min: number; max: number; a: string; b: string }
  /** `sizes`: the keep-together groups' sizes, largest first. */
  | { code: 'togetherCannotSeat'; sizes: number[]; groups: number; min: number; max: number }
  | { code: 'noGroupingFits' }
  /** `round` (from 1) only when several rounds were planned. */
  | { code: 'keepApartNotFound'; a: string; b: string; round?: number; groups: number }
  /** Answers of the worker itself, not the engine: a request it could not read, an engine that threw. */
  | { code: 'requestMalformed'; reason: string }
  | { code: 'engineFailed'; detail: string };

/** What is wrong with a grouping adjusted by hand, beyond pairs: `round` and `group` count from 1. */
export type GroupingCostProblem =
  | { code: 'notOnRoster'; round: number; group: number; id: string }
  | { code: 'inSeveralGroups'; round: number; name: string }
  | { code: 'wrongSize'; round: number; group: number; size: number; min: number; max: number }
  | { code: 'inNoGroup'; round: number; name: string };

/** A broken constraint or a repeated pair in a grouping, for a hand-adjusted result. */
export interface GroupingCost {
  repeatedPairs: number;
  keepApartBroken: Array<[string, string]>;
  keepTogetherBroken: Array<[string, string]>;
  sizeProblems: GroupingCostProblem[];
  score: number;
}

/** The engine's answer: either rounds of groups, or why the constraints cannot all hold. */
export type GroupingResult =
  | { ok: true; rounds: GroupingRound[]; score: number }
  | { ok: false; problems: GroupingProblem[] };
