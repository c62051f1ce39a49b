// Programs and their cycles: a curated set of modules, a roster, groups that meet in cycles of six
// meetings, the decision after each cycle, hand adjustments, and the engine's input for (re)grouping.

import type { GroupingInput, GroupingPerson, PastGroup } from './grouping/types.ts';

/** How many meetings a cycle holds. */
export const MEETINGS_PER_CYCLE = 6;

/** The longest program name kept. */
export const MAX_PROGRAM_NAME = 80;

/** A pair of person ids. */
export type Pair = [string, string];

/** A program: a curated set of modules, the pairs the coordinator set, and the groups' meeting length. */
export interface Program {
  id: string;
  name: string;
  /** The curated modules, in the order chosen; participants browse these first. */
  moduleIds: string[];
  /** Pairs who must never share a group, beyond those the roster's manager column gives. */
  keepApart: Pair[];
  /** Pairs who must always share a group. */
  keepTogether: Pair[];
  /** How long a meeting lasts, for the calendar. */
  meetingMinutes: number;
  createdAt: number;
  updatedAt: number;
}

/** A person on a program's roster. Empty strings stand for "not given". */
export interface Person {
  id: string;
  programId: string;
  name: string;
  email: string;
  division: string;
  level: string;
  location: string;
  /** The name or email of this person's manager, as the roster gives it. */
  manager: string;
}

/** A person's fields as a roster file or the roster form gives them. */
export type PersonFields = Omit<Person, 'id' | 'programId'>;

/** One meeting of a cycle. Empty strings mean "not set yet". */
export interface Meeting {
  /** A calendar date, YYYY-MM-DD. */
  date: string;
  /** A local time, HH:MM; empty for a meeting with no set time. */
  time: string;
  place: string;
}

/** What a group decided after a cycle's last meeting. */
export type CycleDecision = 'undecided' | 'continue' | 'stop';

/** A cycle of six meetings. */
export interface Cycle {
  /** 1 for a group's first cycle. */
  number: number;
  meetings: Meeting[];
  decision: CycleDecision;
}

/** Whether a group still meets, chose to stop, or was replaced by a regrouping. */
export type GroupStatus = 'active' | 'stopped' | 'regrouped';

/** A group of a program, with its cycles. */
export interface ProgramGroup {
  id: string;
  programId: string;
  name: string;
  memberIds: string[];
  /** The grouping that formed it, and the round of that grouping it comes from (1-based). */
  groupingId: string;
  round: number;
  status: GroupStatus;
  cycles: Cycle[];
  createdAt: number;
  /**
   * For a rotation (a grouping of several rounds, such as rotating coaching trios): its rounds of
   * smaller groups, person ids. `memberIds` then holds everyone, the cycles are the whole
   * rotation's, and each meeting takes the next round in turn (see {@link roundOfMeeting}).
   * Absent for a group that keeps its members.
   */
  rotation?: string[][][];
}

/** A grouping the coordinator saved: one or more rounds of groups, kept as history for the next one. */
export interface SavedGrouping {
  id: string;
  programId: string;
  createdAt: number;
  rounds: string[][][];
  /** The seed the engine ran with; null when there was no run. */
  seed: number | null;
  /** Whether the coordinator moved people by hand after the engine's run. */
  adjusted: boolean;
}

/** Where new ids and the time come from. */
export interface ProgramSeams {
  newId: () => string;
  now: () => number;
}

/** What can be wrong with a program name: none given, or longer than {@link MAX_PROGRAM_NAME}. */
export type ProgramNameProblem = 'nameMissing' | 'nameTooLong';

/** The problem with a program name, or undefined when it is fine. */
export function programNameProblem(name: string): ProgramNameProblem | undefined {
  const clean = name.trim();
  if (!clean) return 'nameMissing';
  if (clean.length > MAX_PROGRAM_NAME) return 'nameTooLong';
  return undefined;
}

/** A new, empty program. Throws if the name is not usable (check it with {@link programNameProblem}). */
export function createProgram(name: string, { newId, now }: ProgramSeams): Program {
  const problem = programNameProblem(name);
  if (problem) throw new Error(`the program name is not usable (${problem})`);
  const at = now();
  return { id: newId(), name: name.trim(), moduleIds: [], keepApart: [], keepTogether: [], meetingMinutes: 90, createdAt: at, updatedAt: at };
}

// Kept in a module of its own, so that the library's start screen does not load the programs' code.
export { splitByProgram } from './programShelf.ts';

/** The same pair whichever way round it is given. */
export function pairKey([a, b]: Pair): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * Why a pair cannot be added: a person missing, the same person twice, the pair already in this
 * list, or already in the other list (which must be removed first).
 */
export type PairProblem = 'pairIncomplete' | 'pairSamePerson' | 'alreadyKeptApart' | 'alreadyKeptTogether' | 'keptApartRemoveFirst' | 'keptTogetherRemoveFirst';

/** Adds a keep-apart or keep-together pair, or says why it cannot be added. */
export function addPair(program: Program, kind: 'keepApart' | 'keepTogether', pair: Pair): { ok: true; program: Program } | { ok: false; problem: PairProblem } {
  const [a, b] = pair;
  if (!a || !b) return { ok: false, problem: 'pairIncomplete' };
  if (a === b) return { ok: false, problem: 'pairSamePerson' };
  const key = pairKey(pair);
  if (program[kind].some((p) => pairKey(p) === key)) return { ok: false, problem: kind === 'keepApart' ? 'alreadyKeptApart' : 'alreadyKeptTogether' };
  const other = kind === 'keepApart' ? 'keepTogether' : 'keepApart';
  if (program[other].some((p) => pairKey(p) === key)) {
    return { ok: false, problem: other === 'keepApart' ? 'keptApartRemoveFirst' : 'keptTogetherRemoveFirst' };
  }
  return { ok: true, program: { ...program, [kind]: [...program[kind], [a, b]] } };
}

/** The program without a pair, whichever list it is in. */
export function removePair(program: Program, pair: Pair): Program {
  const key = pairKey(pair);
  return { ...program, keepApart: program.keepApart.filter((p) => pairKey(p) !== key), keepTogether: program.keepTogether.filter((p) => pairKey(p) !== key) };
}

/** The program with every pair that names this person dropped, for when they leave the roster. */
export function withoutPerson(program: Program, personId: string): Program {
  const keep = (p: Pair) => p[0] !== personId && p[1] !== personId;
  return { ...program, keepApart: program.keepApart.filter(keep), keepTogether: program.keepTogether.filter(keep) };
}

const norm = (text: string) => text.trim().toLowerCase();

/**
 * Keep-apart pairs that the roster's manager column gives: [manager, report] for each person
 * whose manager, by name or email, is also on the roster.
 */
export function managerPairs(people: Person[]): Pair[] {
  const byKey = new Map<string, string>();
  for (const person of people) {
    if (person.email) byKey.set(norm(person.email), person.id);
    if (person.name && !byKey.has(norm(person.name))) byKey.set(norm(person.name), person.id);
  }
  const pairs: Pair[] = [];
  for (const person of people) {
    const managerId = person.manager ? byKey.get(norm(person.manager)) : undefined;
    if (managerId && managerId !== person.id) pairs.push([managerId, person.id]);
  }
  return pairs;
}

/**
 * Merges imported people into a roster: someone with the same email (or, without email, the
 * same name) is updated in place, keeping their id and so their history; anyone else is added.
 */
export function mergeRoster(existing: Person[], incoming: PersonFields[], programId: string, newId: () => string): { added: Person[]; updated: Person[] } {
  const byKey = new Map<string, Person>();
  for (const person of existing) byKey.set(person.email ? `e:${norm(person.email)}` : `n:${norm(person.name)}`, person);
  const added: Person[] = [];
  const updated: Person[] = [];
  for (const fields of incoming) {
    const key = fields.email ? `e:${norm(fields.email)}` : `n:${norm(fields.name)}`;
    const match = byKey.get(key);
    if (match) {
      const person = { ...match, ...fields };
      byKey.set(key, person);
      // A file may name the same person twice; the last row wins, counted once.
      const seen = updated.findIndex((p) => p.id === person.id);
      const seenAdded = added.findIndex((p) => p.id === person.id);
      if (seenAdded >= 0) added[seenAdded] = person;
      else if (seen >= 0) updated[seen] = person;
      else updated.push(person);
    } else {
      const person: Person = { id: newId(), programId, ...fields };
      byKey.set(key, person);
      added.push(person);
    }
  }
  return { added, updated };
}

/**
 * The history the engine weighs, from the saved groupings, oldest first: the newest round gets
 * age 0. People no longer on the roster are left out, and so are groups that leave fewer than two.
 */
export function historyFrom(groupings: SavedGrouping[], rosterIds: Set<string>): PastGroup[] {
  const rounds = [...groupings].sort((a, b) => a.createdAt - b.createdAt).flatMap((grouping) => grouping.rounds);
  const history: PastGroup[] = [];
  rounds.forEach((round, index) => {
    const age = rounds.length - 1 - index;
    for (const group of round) {
      const memberIds = group.filter((id) => rosterIds.has(id));
      if (memberIds.length >= 2) history.push({ memberIds, age });
    }
  });
  return history;
}

/** The size range, number of rounds and balances the coordinator chose for a run. */
export interface FormingChoices {
  minSize: number;
  maxSize: number;
  rounds: number;
  /** Mix levels within each group, as much as divisions (the engine's `level` weight 1; off is 0). */
  balanceLevels?: boolean;
  /** Mix locations within each group, as much as divisions (the engine's `location` weight 1). */
  balanceLocations?: boolean;
}

/** The engine's input for grouping everyone on the roster, with past groupings as history. */
export function groupingInputFor(program: Program, people: Person[], groupings: SavedGrouping[], choices: FormingChoices): GroupingInput {
  const ids = new Set(people.map((person) => person.id));
  const onRoster = (pair: Pair) => ids.has(pair[0]) && ids.has(pair[1]);
  const apart = new Map<string, Pair>();
  for (const pair of [...program.keepApart, ...managerPairs(people)]) if (onRoster(pair) && !apart.has(pairKey(pair))) apart.set(pairKey(pair), pair);
  const persons: GroupingPerson[] = people.map((person) => ({
    id: person.id,
    name: person.name,
    ...(person.division ? { division: person.division } : {}),
    ...(person.level ? { level: person.level } : {}),
    ...(person.location ? { location: person.location } : {}),
  }));
  return {
    people: persons,
    minSize: choices.minSize,
    maxSize: choices.maxSize,
    rounds: choices.rounds,
    history: historyFrom(groupings, ids),
    keepApart: [...apart.values()],
    keepTogether: program.keepTogether.filter(onRoster),
    ...(choices.balanceLevels || choices.balanceLocations
      ? { weights: { ...(choices.balanceLevels ? { level: 1 } : {}), ...(choices.balanceLocations ? { location: 1 } : {}) } }
      : {}),
  };
}

/** The rounds with one person moved to another group of the same round. Unknown moves change nothing. */
export function movePerson(rounds: string[][][], roundIndex: number, personId: string, toGroup: number): string[][][] {
  const round = rounds[roundIndex];
  if (!round || toGroup < 0 || toGroup >= round.length) return rounds;
  const from = round.findIndex((group) => group.includes(personId));
  if (from < 0 || from === toGroup) return rounds;
  const moved = round.map((group, index) => {
    if (index === from) return group.filter((id) => id !== personId);
    if (index === toGroup) return [...group, personId];
    return group;
  });
  return rounds.map((r, index) => (index === roundIndex ? moved : r));
}

/** The name a saved rotation is stored under. Stored names are never shown as they are: see {@link storedGroupName}. */
export const ROTATION_NAME = 'Rotating groups';

/** The name group `n` (from 1) of a saved grouping is stored under. */
export function numberedGroupName(n: number): string {
  return `Group ${n}`;
}

/**
 * What a group's stored name stands for: a rotation, group number n, or a name of its own.
 * The names {@link groupsFromGrouping} stores are the same on every device (and were, before the
 * interface had other languages), so each device words them in its own language.
 */
export function storedGroupName(name: string): { kind: 'rotation' } | { kind: 'numbered'; number: number } | { kind: 'own'; name: string } {
  if (name === ROTATION_NAME) return { kind: 'rotation' };
  const numbered = /^Group ([1-9]\d{0,5})$/.exec(name);
  return numbered ? { kind: 'numbered', number: Number(numbered[1]) } : { kind: 'own', name };
}

/**
 * The groups a saved grouping gives. One round gives "Group 1", "Group 2"…, each meeting in its
 * own cycles. Several rounds give one rotation: everyone meets in one cycle of six meetings, and
 * each meeting the groups change to the next round's, so the rounds are what a coordinator
 * planned them to be (rotating coaching trios, say) rather than groups that all meet at once.
 */
export function groupsFromGrouping(grouping: SavedGrouping, newId: () => string): ProgramGroup[] {
  const base = { programId: grouping.programId, groupingId: grouping.id, status: 'active' as const, createdAt: grouping.createdAt };
  const rounds = grouping.rounds.map((round) => round.filter((group) => group.length > 0)).filter((round) => round.length > 0);
  if (rounds.length > 1) {
    const everyone = [...new Set(rounds.flat(2))];
    const rotation = rounds.map((round) => round.map((group) => [...group]));
    return [{ ...base, id: newId(), name: ROTATION_NAME, memberIds: everyone, round: 1, cycles: [emptyCycle(1)], rotation }];
  }
  return (rounds[0] ?? []).map((memberIds, g) => ({ ...base, id: newId(), name: numberedGroupName(g + 1), memberIds: [...memberIds], round: 1, cycles: [emptyCycle(1)] }));
}

/**
 * Which round of a rotation a meeting takes (0-based): the rounds follow one another meeting by
 * meeting and start again after the last, counting on across cycles. 0 for a group that does not rotate.
 */
export function roundOfMeeting(group: Pick<ProgramGroup, 'rotation'>, cycleNumber: number, meetingIndex: number): number {
  const count = group.rotation?.length ?? 0;
  if (count === 0) return 0;
  return ((cycleNumber - 1) * MEETINGS_PER_CYCLE + meetingIndex) % count;
}

/** Who meets with whom at a meeting: the round's groups of a rotation, or the group itself. */
export function groupsAtMeeting(group: Pick<ProgramGroup, 'rotation' | 'memberIds'>, cycleNumber: number, meetingIndex: number): string[][] {
  return group.rotation ? (group.rotation[roundOfMeeting(group, cycleNumber, meetingIndex)] ?? []) : [group.memberIds];
}

/** A cycle with its six meetings not yet set. */
export function emptyCycle(number: number): Cycle {
  return { number, meetings: Array.from({ length: MEETINGS_PER_CYCLE }, () => ({ date: '', time: '', place: '' })), decision: 'undecided' };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether a string is a real calendar date written YYYY-MM-DD. */
export function isDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Whether a string is a time written HH:MM (24-hour). */
export function isTime(text: string): boolean {
  return TIME.test(text);
}

/** A YYYY-MM-DD date moved by a number of days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Six meetings from a first one, every `everyWeeks` weeks, at the same time and place. */
export function suggestMeetings(first: Meeting, everyWeeks = 4): Meeting[] {
  if (!isDate(first.date)) throw new Error(`the first meeting's date is not a date: ${JSON.stringify(first.date)}`);
  return Array.from({ length: MEETINGS_PER_CYCLE }, (_, i) => ({ ...first, date: addDays(first.date, i * everyWeeks * 7) }));
}

/**
 * What can be wrong with a cycle's schedule, as a code and its values: `meeting` and `earlier`
 * count from 1, `value` is the date or time as given.
 */
export type ScheduleProblem =
  | { code: 'meetingCount'; count: number; expected: number }
  | { code: 'notADate'; meeting: number; value: string }
  | { code: 'notATime'; meeting: number; value: string }
  | { code: 'timeWithoutDate'; meeting: number }
  | { code: 'meetingBeforeEarlier'; meeting: number; earlier: number }
  | { code: 'noSuchCycle'; group: string; cycle: number };

/** What is wrong with a cycle's meetings, one problem each; empty when it can be saved. Blank meetings are allowed. */
export function cycleProblems(meetings: Meeting[]): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  if (meetings.length !== MEETINGS_PER_CYCLE) problems.push({ code: 'meetingCount', count: meetings.length, expected: MEETINGS_PER_CYCLE });
  let last: { date: string; n: number } | undefined;
  meetings.forEach((meeting, i) => {
    const n = i + 1;
    if (meeting.date && !isDate(meeting.date)) problems.push({ code: 'notADate', meeting: n, value: meeting.date });
    if (meeting.time && !isTime(meeting.time)) problems.push({ code: 'notATime', meeting: n, value: meeting.time });
    if (meeting.time && !meeting.date) problems.push({ code: 'timeWithoutDate', meeting: n });
    if (isDate(meeting.date)) {
      if (last && meeting.date < last.date) problems.push({ code: 'meetingBeforeEarlier', meeting: n, earlier: last.n });
      last = { date: meeting.date, n };
    }
  });
  return problems;
}

/** Where a cycle stands on a given day (YYYY-MM-DD). */
export type CycleStage = 'unscheduled' | 'upcoming' | 'running' | 'finished';

/** Where a cycle stands: finished once its last meeting's day has come, so the group can decide after it. */
export function cycleStage(cycle: Cycle, today: string): CycleStage {
  const dates = cycle.meetings.map((m) => m.date).filter(isDate);
  const started = dates.some((date) => date <= today);
  if (dates.length < cycle.meetings.length || dates.length === 0) return started ? 'running' : 'unscheduled';
  if (dates[dates.length - 1]! <= today) return 'finished';
  return started ? 'running' : 'upcoming';
}

/** The group with a cycle's meetings replaced, or the problems that stop it. */
export function scheduleCycle(group: ProgramGroup, cycleNumber: number, meetings: Meeting[]): { ok: true; group: ProgramGroup } | { ok: false; problems: ScheduleProblem[] } {
  const clean = meetings.map((m) => ({ date: m.date.trim(), time: m.time.trim(), place: m.place.trim() }));
  const problems = cycleProblems(clean);
  if (!group.cycles.some((cycle) => cycle.number === cycleNumber)) problems.push({ code: 'noSuchCycle', group: group.name, cycle: cycleNumber });
  if (problems.length) return { ok: false, problems };
  return { ok: true, group: { ...group, cycles: group.cycles.map((cycle) => (cycle.number === cycleNumber ? { ...cycle, meetings: clean } : cycle)) } };
}

/** Why a decision cannot be recorded: the group no longer meets, has decided, or its cycle is not over. */
export type DecisionProblem =
  | { code: 'groupNotMeeting'; group: string }
  | { code: 'alreadyDecided'; group: string; cycle: number }
  | { code: 'cycleNotOver'; group: string; cycle: number };

/**
 * Records the group's decision after its current cycle: continue (a new cycle, same group) or
 * stop. Only once the cycle's last meeting has come, and only once.
 */
export function decideAfterCycle(group: ProgramGroup, decision: 'continue' | 'stop', today: string): { ok: true; group: ProgramGroup } | { ok: false; problem: DecisionProblem } {
  const current = group.cycles[group.cycles.length - 1];
  if (!current || group.status !== 'active') return { ok: false, problem: { code: 'groupNotMeeting', group: group.name } };
  if (current.decision !== 'undecided') return { ok: false, problem: { code: 'alreadyDecided', group: group.name, cycle: current.number } };
  if (cycleStage(current, today) !== 'finished') return { ok: false, problem: { code: 'cycleNotOver', group: group.name, cycle: current.number } };
  const decided = group.cycles.map((cycle) => (cycle === current ? { ...cycle, decision } : cycle));
  if (decision === 'stop') return { ok: true, group: { ...group, cycles: decided, status: 'stopped' } };
  return { ok: true, group: { ...group, cycles: [...decided, emptyCycle(current.number + 1)] } };
}
