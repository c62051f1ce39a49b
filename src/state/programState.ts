// The coordinator's programs as the screens see them: the list of programs, and one program with
// its roster, pairs, a grouping run in the worker, the hand-adjusted draft and its cost, the groups'
// schedules and decisions, and the calendar export.

import { batch, computed, signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { evaluateGrouping, explainRounds } from '../core/grouping/cost.ts';
import { createPairModel } from '../core/grouping/weights.ts';
import type { GroupExplanation, GroupingCost, GroupingInput, GroupingProblem, GroupingResult } from '../core/grouping/types.ts';
import type {
  DecisionProblem,
  FormingChoices,
  Meeting,
  Pair,
  PairProblem,
  Person,
  PersonFields,
  Program,
  ProgramGroup,
  ProgramNameProblem,
  SavedGrouping,
  ScheduleProblem,
} from '../core/program.ts';
import {
  addPair,
  createProgram,
  decideAfterCycle,
  groupingInputFor,
  groupsFromGrouping,
  managerPairs,
  mergeRoster,
  movePerson,
  programNameProblem,
  removePair,
  scheduleCycle,
} from '../core/program.ts';
import type { CalendarProblem, CalendarWords } from '../core/programCalendar.ts';
import { scheduleToIcs } from '../core/programCalendar.ts';
import type { RosterProblem } from '../core/roster.ts';
import { parseRosterCsv } from '../core/roster.ts';
import { GroupingWorkerError } from './groupingClient.ts';
import type { RoundtableDb } from '../storage/db.ts';
import type { StoredProblem } from '../storage/libraryRepo.ts';
import type { ProgramBundle, ProgramSummary } from '../storage/programRepo.ts';
import * as repo from '../storage/programRepo.ts';

/** Runs the engine away from the page (the worker client fits this shape). */
export interface GroupingRunner {
  run(
    input: GroupingInput,
    options: { seed: number; timeLimitMs: number },
    onProgress?: (progress: { fraction: number; bestScore: number }) => void,
  ): { result: Promise<GroupingResult>; cancel(): void };
  dispose(): void;
}

/** Where the time and new ids come from. */
export interface ProgramClock {
  now: () => number;
  newId: () => string;
}

/** A local calendar date, YYYY-MM-DD, for a moment. */
export function localDate(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The programs list state. */
export type ProgramListState = ReturnType<typeof createProgramListState>;

/** Creates the list of programs, kept up to date from storage. Call `dispose()` when done. */
export function createProgramListState({ db, now, newId }: ProgramClock & { db: RoundtableDb }) {
  const programs = signal<ProgramSummary[] | undefined>(undefined);
  /** Stored programs that could not be read: left out of the list, and left in storage. */
  const problems = signal<StoredProblem[]>([]);
  const error = signal<string | undefined>(undefined);
  const subscription = liveQuery(() => repo.listPrograms(db)).subscribe({
    next: (list) =>
      batch(() => {
        programs.value = list.programs;
        problems.value = list.problems;
      }),
    error: (e: unknown) => (error.value = String(e)),
  });
  return {
    programs,
    problems,
    error,
    /** Creates a program; gives its id, or the problem with the name. */
    async create(name: string): Promise<{ ok: true; id: string } | { ok: false; problem: ProgramNameProblem }> {
      const problem = programNameProblem(name);
      if (problem) return { ok: false, problem };
      const program = createProgram(name, { newId, now });
      await repo.saveProgram(db, program);
      return { ok: true, id: program.id };
    },
    remove: (id: string) => repo.deleteProgram(db, id),
    dispose: () => subscription.unsubscribe(),
  };
}

/** What the coordinator chose for a run of the engine. */
export interface FormRequest extends FormingChoices {
  seed: number;
  seconds: number;
}

/** Why a run failed outside the engine: the worker answered nonsense or crashed (`detail` in English), or something else threw. */
export type FormingFailure = { code: 'workerMalformed' } | { code: 'workerCrashed'; detail: string } | { code: 'unexpected'; detail: string };

/** Where a run of the engine stands. */
export type Formation =
  | { stage: 'idle' }
  | { stage: 'running'; fraction: number }
  | { stage: 'problems'; problems: GroupingProblem[] }
  | { stage: 'cancelled' }
  | { stage: 'failed'; failure: FormingFailure };

/** An engine result the coordinator may adjust before saving it. */
export interface Draft {
  input: GroupingInput;
  seed: number;
  engineRounds: string[][][];
  rounds: string[][][];
}

/** The outcome of a roster import: what changed, or every bad row and nothing stored. */
export type ImportReport = { ok: true; added: number; updated: number } | { ok: false; errors: RosterProblem[] };

/** Why a person cannot be saved: no name, or an email someone else on the roster has. */
export type PersonProblem = { code: 'nameMissing' } | { code: 'emailTaken'; name: string; email: string };

/** Why a draft cannot be saved: there is none, or it breaks `count` keep-apart or keep-together pairs. */
export type DraftProblem = { code: 'noDraft' } | { code: 'pairsBroken'; count: number };

/** What stops a change while the program is still loading, or once its group is gone. */
export type StateProblem = 'programLoading' | 'groupGone';

/** What made a run fail, from what its promise rejected with. */
function failureOf(error: unknown): FormingFailure {
  if (error instanceof GroupingWorkerError) return error.code === 'malformedReply' ? { code: 'workerMalformed' } : { code: 'workerCrashed', detail: error.detail };
  return { code: 'unexpected', detail: error instanceof Error ? error.message : String(error) };
}

/** One program's state. */
export type ProgramState = ReturnType<typeof createProgramState>;

/** Creates the state of one program. Call `dispose()` when the screen goes. */
export function createProgramState({ db, programId, now, newId, runner }: ProgramClock & { db: RoundtableDb; programId: string; runner: GroupingRunner }) {
  const bundle = signal<ProgramBundle | null | undefined>(undefined);
  /** Why the program's own record could not be read, when it could not; it is left in storage. */
  const unreadable = signal<StoredProblem | undefined>(undefined);
  const loadError = signal<string | undefined>(undefined);
  const importReport = signal<ImportReport | undefined>(undefined);
  const formation = signal<Formation>({ stage: 'idle' });
  const draft = signal<Draft | undefined>(undefined);
  const saveProblem = signal<DraftProblem | undefined>(undefined);
  let running: { cancel(): void } | undefined;
  let runToken = 0;

  const subscription = liveQuery(() => repo.loadProgram(db, programId)).subscribe({
    next: (value) =>
      batch(() => {
        const damaged = value !== undefined && 'unreadable' in value;
        unreadable.value = damaged ? value.unreadable : undefined;
        bundle.value = damaged ? null : (value ?? null);
      }),
    error: (e: unknown) => (loadError.value = String(e)),
  });

  const program = computed(() => bundle.value?.program);
  const people = computed(() => bundle.value?.people ?? []);
  const peopleById = computed(() => new Map(people.value.map((p) => [p.id, p])));
  const fromManagers = computed(() => managerPairs(people.value));
  const groups = computed(() => bundle.value?.groups ?? []);
  const activeGroups = computed(() => groups.value.filter((g) => g.status === 'active'));

  const draftCost = computed<GroupingCost | undefined>(() => (draft.value ? evaluateGrouping(draft.value.input, draft.value.rounds) : undefined));
  const draftAdjusted = computed(() => !!draft.value && JSON.stringify(draft.value.rounds) !== JSON.stringify(draft.value.engineRounds));
  /** Each draft group's explanation, recomputed by the engine's own rules as people are moved. */
  const draftExplanations = computed<GroupExplanation[][]>(() => {
    const d = draft.value;
    if (!d) return [];
    const model = createPairModel(d.input);
    const indexed = d.rounds.map((round) => round.map((group) => group.flatMap((id) => model.index.get(id) ?? [])));
    return explainRounds(d.input, model, indexed).rounds.map((round) => round.explanations);
  });

  async function change(update: (p: Program) => Program): Promise<void> {
    const current = program.value;
    if (!current) return;
    await repo.saveProgram(db, { ...update(current), updatedAt: now() });
  }

  return {
    bundle,
    unreadable,
    loadError,
    program,
    people,
    peopleById,
    fromManagers,
    groups,
    activeGroups,
    importReport,
    formation,
    draft,
    draftCost,
    draftAdjusted,
    draftExplanations,
    saveProblem,

    /** Renames the program; gives the problem with the name, if any. */
    async rename(name: string): Promise<ProgramNameProblem | undefined> {
      const problem = programNameProblem(name);
      if (problem) return problem;
      await change((p) => ({ ...p, name: name.trim() }));
      return undefined;
    },

    setModules: (moduleIds: string[]) => change((p) => ({ ...p, moduleIds })),

    /** Imports a roster CSV: every person, or, if any row is bad, nobody, with each bad row's error. */
    async importCsv(text: string): Promise<ImportReport> {
      const parsed = parseRosterCsv(text);
      let report: ImportReport;
      if (!parsed.ok) report = { ok: false, errors: parsed.errors };
      else {
        const { added, updated } = mergeRoster(people.value, parsed.people, programId, newId);
        await repo.putPeople(db, programId, [...added, ...updated], now());
        report = { ok: true, added: added.length, updated: updated.length };
      }
      importReport.value = report;
      return report;
    },

    clearImportReport: () => (importReport.value = undefined),

    /** Adds a person, or changes one when `id` is given. Gives the problem, if any. */
    async savePerson(fields: PersonFields, id?: string): Promise<PersonProblem | undefined> {
      const clean = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.trim()])) as unknown as PersonFields;
      if (!clean.name) return { code: 'nameMissing' };
      const sameEmail = clean.email ? people.value.find((p) => p.id !== id && p.email.toLowerCase() === clean.email.toLowerCase()) : undefined;
      // A roster import matches people by email, so two people sharing one would merge into one.
      if (sameEmail) return { code: 'emailTaken', name: sameEmail.name, email: clean.email };
      const person: Person = { ...clean, id: id ?? newId(), programId };
      await repo.putPeople(db, programId, [person], now());
      return undefined;
    },

    removePerson: (id: string) => repo.removePerson(db, programId, id, now()),

    /** Adds a keep-apart or keep-together pair; gives the problem, if any. */
    async addPair(kind: 'keepApart' | 'keepTogether', pair: Pair): Promise<PairProblem | StateProblem | undefined> {
      const current = program.value;
      if (!current) return 'programLoading';
      const result = addPair(current, kind, pair);
      if (!result.ok) return result.problem;
      await repo.saveProgram(db, { ...result.program, updatedAt: now() });
      return undefined;
    },

    removePair: (pair: Pair) => change((p) => removePair(p, pair)),

    /** The engine's input for grouping everyone now, with the saved groupings as history. */
    inputFor(request: Pick<FormRequest, 'minSize' | 'maxSize' | 'rounds'>): GroupingInput | undefined {
      const current = bundle.value;
      return current ? groupingInputFor(current.program, current.people, current.groupings, request) : undefined;
    },

    /** Forms groups in the worker. Progress shows in `formation`; the result becomes the draft. */
    async form(request: FormRequest): Promise<void> {
      const current = bundle.value;
      if (!current || formation.value.stage === 'running') return;
      running?.cancel();
      const input = groupingInputFor(current.program, current.people, current.groupings, request);
      const token = ++runToken;
      batch(() => {
        formation.value = { stage: 'running', fraction: 0 };
        saveProblem.value = undefined;
      });
      const run = runner.run(input, { seed: request.seed, timeLimitMs: Math.round(request.seconds * 1000) }, ({ fraction }) => {
        if (token === runToken) formation.value = { stage: 'running', fraction };
      });
      running = run;
      let result: GroupingResult;
      try {
        result = await run.result;
      } catch (e) {
        if (token === runToken) formation.value = { stage: 'failed', failure: failureOf(e) };
        return;
      } finally {
        if (running === run) running = undefined;
      }
      if (token !== runToken) return;
      if (!result.ok) {
        formation.value = { stage: 'problems', problems: result.problems };
        return;
      }
      const rounds = result.rounds.map((round) => round.groups.map((group) => [...group]));
      batch(() => {
        draft.value = { input, seed: request.seed, engineRounds: rounds, rounds };
        formation.value = { stage: 'idle' };
      });
    },

    /** Stops a run; whatever it would have given is dropped. */
    cancel(): void {
      if (formation.value.stage !== 'running') return;
      runToken++;
      running?.cancel();
      running = undefined;
      formation.value = { stage: 'cancelled' };
    },

    /** Moves a person to another group of the same round of the draft. */
    move(roundIndex: number, personId: string, toGroup: number): void {
      const d = draft.value;
      if (d) draft.value = { ...d, rounds: movePerson(d.rounds, roundIndex, personId, toGroup) };
    },

    discardDraft(): void {
      batch(() => {
        draft.value = undefined;
        saveProblem.value = undefined;
      });
    },

    /** Saves the draft as the program's groups. Refused while it breaks a keep-apart or keep-together pair. */
    async saveDraft(): Promise<DraftProblem | undefined> {
      const d = draft.value;
      const cost = draftCost.value;
      if (!d || !cost) return { code: 'noDraft' };
      const broken = cost.keepApartBroken.length + cost.keepTogetherBroken.length;
      if (broken > 0) {
        saveProblem.value = { code: 'pairsBroken', count: broken };
        return saveProblem.value;
      }
      const grouping: SavedGrouping = { id: newId(), programId, createdAt: now(), rounds: d.rounds.map((r) => r.filter((g) => g.length > 0)), seed: d.seed, adjusted: draftAdjusted.value };
      await repo.saveGrouping(db, grouping, groupsFromGrouping(grouping, newId));
      batch(() => {
        draft.value = undefined;
        saveProblem.value = undefined;
      });
      return undefined;
    },

    /** Sets a cycle's meetings; gives the problems, if any. */
    async schedule(groupId: string, cycleNumber: number, meetings: Meeting[]): Promise<Array<ScheduleProblem | StateProblem>> {
      const group = groups.value.find((g) => g.id === groupId);
      if (!group) return ['groupGone'];
      const result = scheduleCycle(group, cycleNumber, meetings);
      if (!result.ok) return result.problems;
      await repo.putGroup(db, result.group);
      return [];
    },

    /** Records a group's decision after its cycle's last meeting. */
    async decide(groupId: string, decision: 'continue' | 'stop'): Promise<DecisionProblem | StateProblem | undefined> {
      const group = groups.value.find((g) => g.id === groupId);
      if (!group) return 'groupGone';
      const result = decideAfterCycle(group, decision, localDate(now()));
      if (!result.ok) return result.problem;
      await repo.putGroup(db, result.group);
      return undefined;
    },

    /** The schedule of the groups that still meet, with earlier cycles of those that stopped, as ICS in `words`. */
    exportCalendar(words: CalendarWords): { ok: true; ics: string; events: number } | { ok: false; problem: CalendarProblem | StateProblem } {
      const current = program.value;
      if (!current) return { ok: false, problem: 'programLoading' };
      const scheduled: ProgramGroup[] = groups.value.filter((g) => g.status !== 'regrouped');
      const names = new Map(people.value.map((p) => [p.id, p.name]));
      return scheduleToIcs(scheduled, { programName: current.name, meetingMinutes: current.meetingMinutes, stamp: now(), names, words });
    },

    /** Today, on this device's calendar. */
    today: () => localDate(now()),

    dispose(): void {
      runToken++;
      running?.cancel();
      subscription.unsubscribe();
      runner.dispose();
    },
  };
}
