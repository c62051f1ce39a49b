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

/** A broken constraint or a repeated pair in a grouping, for a hand-adjusted result. */
export interface GroupingCost {
  repeatedPairs: number;
  keepApartBroken: Array<[string, string]>;
  keepTogetherBroken: Array<[string, string]>;
  sizeProblems: string[];
  score: number;
}

/** The engine's answer: either rounds of groups, or an explanation of why the constraints cannot all hold. */
export type GroupingResult =
  | { ok: true; rounds: GroupingRound[]; score: number }
  | { ok: false; problems: string[] };
