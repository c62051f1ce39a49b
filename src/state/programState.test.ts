import { afterEach, describe, expect, it, vi } from 'vitest';
import { formGroups } from '../core/grouping/formGroups.ts';
import type { GroupingInput, GroupingResult } from '../core/grouping/types.ts';
import { suggestMeetings } from '../core/program.ts';
import type { RoundtableDb } from '../storage/db.ts';
import { createDb } from '../storage/db.ts';
import type { GroupingRunner, ProgramState } from './programState.ts';
import { calendarWords } from '../ui/programs/calendarWords.ts';
import { GroupingWorkerError } from './groupingClient.ts';
import { createProgramListState, createProgramState, localDate } from './programState.ts';

let dbCount = 0;
const opened: RoundtableDb[] = [];
const states: Array<{ dispose(): void }> = [];

function freshDb(): RoundtableDb {
  const db = createDb(`program-state-test-${++dbCount}-${Date.now()}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const state of states.splice(0)) state.dispose();
  for (const db of opened.splice(0)) await db.delete();
});

function ids(prefix: string) {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/** Runs the real engine on the spot, on a clock that ticks one millisecond per reading. */
function inlineRunner(): GroupingRunner & { inputs: GroupingInput[] } {
  const inputs: GroupingInput[] = [];
  return {
    inputs,
    run(input, options, onProgress) {
      inputs.push(input);
      let t = 0;
      const result = Promise.resolve(formGroups(input, { ...options, now: () => t++, onProgress }));
      return { result, cancel() {} };
    },
    dispose() {},
  };
}

const CSV = ['name,email,division,manager', ...Array.from({ length: 12 }, (_, i) => `Person ${i + 1},p${i + 1}@x.org,${['Sales', 'IT', 'Legal'][i % 3]},${i === 1 ? 'Person 1' : ''}`)].join('\n');

async function setUp(runner: GroupingRunner = inlineRunner(), now = () => Date.UTC(2025, 0, 10, 12)) {
  const db = freshDb();
  const list = createProgramListState({ db, now, newId: ids('prog') });
  states.push(list);
  const created = await list.create('Leaders 2025');
  if (!created.ok) throw new Error(created.problem);
  const state = createProgramState({ db, programId: created.id, now, newId: ids('id'), runner });
  states.push(state);
  await vi.waitFor(() => expect(state.program.value?.name).toBe('Leaders 2025'));
  return { db, list, state };
}

async function importRoster(state: ProgramState) {
  const report = await state.importCsv(CSV);
  expect(report).toEqual({ ok: true, added: 12, updated: 0 });
  await vi.waitFor(() => expect(state.people.value).toHaveLength(12));
}

const idOf = (state: ProgramState, name: string) => state.people.value.find((p) => p.name === name)!.id;

describe('the programs list', () => {
  it('refuses a nameless program and lists a created one', async () => {
    const { list } = await setUp();
    expect(await list.create('  ')).toEqual({ ok: false, problem: 'nameMissing' });
    await vi.waitFor(() => expect(list.programs.value?.map((s) => s.program.name)).toEqual(['Leaders 2025']));
  });
});

describe('the roster', () => {
  it('imports nobody from a file with a bad row, and says which rows', async () => {
    const { state, db } = await setUp();
    const report = await state.importCsv('name,email\nAnn,ann@x.org\n,nobody@x.org\nBo,bo@x.org\n');
    expect(report.ok).toBe(false);
    if (!report.ok) expect(report.errors).toEqual([{ code: 'nameEmpty', line: 3 }]);
    expect(state.importReport.value).toEqual(report);
    expect(await db.people.count()).toBe(0);
  });

  it('imports nobody when two rows give one email to different people, naming both lines', async () => {
    const { state, db } = await setUp();
    const report = await state.importCsv('name,email,manager\nAnn,ann@x.org,\nBo,bo@x.org,ann@x.org\nAnnie,Ann@x.org,\n');
    expect(report).toEqual({ ok: false, errors: [{ code: 'emailTaken', line: 4, name: 'Annie', email: 'Ann@x.org', ownerLine: 2, owner: 'Ann' }] });
    expect(await db.people.count()).toBe(0);
  });

  it('refuses to give a person an email another person on the roster has', async () => {
    const { state } = await setUp();
    await importRoster(state);
    const fields = { name: 'Person 3', email: 'P4@x.org', division: '', level: '', location: '', manager: '' };
    expect(await state.savePerson(fields, idOf(state, 'Person 3'))).toEqual({ code: 'emailTaken', name: 'Person 4', email: 'P4@x.org' });
    expect(await state.savePerson({ ...fields, email: 'p3@x.org' }, idOf(state, 'Person 3'))).toBeUndefined();
  });

  it('imports a roster, updates people on a second import, edits and removes one with their pairs', async () => {
    const { state } = await setUp();
    await importRoster(state);
    expect(await state.importCsv('name,email,division\nPerson 3,P3@x.org,Finance\nNew One,new@x.org,IT')).toEqual({ ok: true, added: 1, updated: 1 });
    await vi.waitFor(() => expect(state.people.value).toHaveLength(13));
    expect(state.people.value.find((p) => p.email === 'P3@x.org')?.division).toBe('Finance');

    const ann = idOf(state, 'Person 3');
    expect(await state.savePerson({ name: '  ', email: '', division: '', level: '', location: '', manager: '' }, ann)).toEqual({ code: 'nameMissing' });
    expect(await state.savePerson({ name: 'Ann Renamed ', email: 'p3@x.org', division: 'Finance', level: 'Senior', location: '', manager: '' }, ann)).toBeUndefined();
    expect(await state.addPair('keepApart', [ann, idOf(state, 'Person 4')])).toBeUndefined();
    await vi.waitFor(() => expect(state.program.value?.keepApart).toHaveLength(1));
    expect(state.people.value.find((p) => p.id === ann)).toMatchObject({ name: 'Ann Renamed', level: 'Senior' });

    await state.removePerson(ann);
    await vi.waitFor(() => expect(state.people.value).toHaveLength(12));
    expect(state.program.value?.keepApart).toEqual([]);
  });

  it('reads the manager column as a keep-apart pair', async () => {
    const { state } = await setUp();
    await importRoster(state);
    expect(state.fromManagers.value).toEqual([[idOf(state, 'Person 1'), idOf(state, 'Person 2')]]);
  });
});

describe('forming groups', () => {
  it('forms groups honouring keep-apart pairs, shows what a hand move costs, and refuses to save a broken pair', async () => {
    const runner = inlineRunner();
    const { state } = await setUp(runner);
    await importRoster(state);
    const [a, b] = [idOf(state, 'Person 3'), idOf(state, 'Person 6')];
    expect(await state.addPair('keepApart', [a, b])).toBeUndefined();
    await vi.waitFor(() => expect(state.program.value?.keepApart).toHaveLength(1));

    await state.form({ minSize: 5, maxSize: 7, rounds: 1, seed: 4, seconds: 0.05 });
    expect(state.formation.value).toEqual({ stage: 'idle' });
    const draft = state.draft.value!;
    expect(draft.rounds[0]!.flat().sort()).toEqual(state.people.value.map((p) => p.id).sort());
    const groupOf = (id: string) => state.draft.value!.rounds[0]!.findIndex((g) => g.includes(id));
    expect(groupOf(a)).not.toBe(groupOf(b));
    // The manager pair from the roster went to the engine too.
    expect(runner.inputs[0]!.keepApart).toHaveLength(2);
    expect(state.draftCost.value).toMatchObject({ keepApartBroken: [], keepTogetherBroken: [], sizeProblems: [] });
    expect(state.draftAdjusted.value).toBe(false);
    expect(state.draftExplanations.value[0]!.map((e) => e.divisions)).toEqual(draft.rounds[0]!.map(() => ['IT', 'Legal', 'Sales']));

    const home = groupOf(a);
    state.move(0, a, groupOf(b));
    expect(state.draftAdjusted.value).toBe(true);
    expect(state.draftCost.value?.keepApartBroken).toEqual([[a, b]]);
    expect(await state.saveDraft()).toEqual({ code: 'pairsBroken', count: 1 });
    expect(state.saveProblem.value).toEqual({ code: 'pairsBroken', count: 1 });
    expect(state.groups.value).toEqual([]);

    state.move(0, a, home);
    expect(state.draftCost.value?.keepApartBroken).toEqual([]);
    expect(await state.saveDraft()).toBeUndefined();
    await vi.waitFor(() => expect(state.activeGroups.value).toHaveLength(2));
    expect(state.draft.value).toBeUndefined();
  });

  it('feeds saved groups back as history when regrouping everyone, and retires the old groups', async () => {
    const runner = inlineRunner();
    const { state } = await setUp(runner);
    await importRoster(state);
    await state.form({ minSize: 6, maxSize: 6, rounds: 1, seed: 1, seconds: 0.05 });
    const first = state.draft.value!.rounds[0]!;
    await state.saveDraft();
    await vi.waitFor(() => expect(state.activeGroups.value).toHaveLength(2));

    await state.form({ minSize: 6, maxSize: 6, rounds: 1, seed: 2, seconds: 0.05 });
    expect(runner.inputs[1]!.history).toEqual(first.map((memberIds) => ({ memberIds, age: 0 })));
    await state.saveDraft();
    await vi.waitFor(() => expect(state.groups.value.filter((g) => g.status === 'regrouped')).toHaveLength(2));
    expect(state.activeGroups.value).toHaveLength(2);
  });

  it('balances levels when asked: the choice reaches the engine as a level weight, and the groups mix levels', async () => {
    const runner = inlineRunner();
    const { state } = await setUp(runner);
    // One division, so only levels can tell groups apart: six seniors listed first, six juniors after.
    const csv = ['name,email,division,level,location', ...Array.from({ length: 12 }, (_, i) => `P${i + 1},p${i + 1}@x.org,Sales,${i < 6 ? 'Senior' : 'Junior'},${i % 2 ? 'Oslo' : 'Rome'}`)];
    expect(await state.importCsv(csv.join('\n'))).toMatchObject({ ok: true, added: 12 });
    await vi.waitFor(() => expect(state.people.value).toHaveLength(12));
    const seniors = new Set(state.people.value.filter((p) => p.level === 'Senior').map((p) => p.id));

    await state.form({ minSize: 6, maxSize: 6, rounds: 1, seed: 3, seconds: 0.05 });
    expect(runner.inputs[0]!.weights).toBeUndefined();

    // Three seniors with three juniors in each group holds the most pairs of different levels (9 + 9);
    // a split that ignored levels would be 3 + 3 for fewer than half the seeds.
    for (const seed of [3, 4, 5, 6, 7]) {
      await state.form({ minSize: 6, maxSize: 6, rounds: 1, seed, seconds: 0.05, balanceLevels: true });
      expect(runner.inputs.at(-1)!.weights).toEqual({ level: 1 });
      expect(state.draft.value!.rounds[0]!.map((group) => group.filter((id) => seniors.has(id)).length)).toEqual([3, 3]);
    }

    await state.form({ minSize: 6, maxSize: 6, rounds: 1, seed: 3, seconds: 0.05, balanceLevels: true, balanceLocations: true });
    expect(runner.inputs.at(-1)!.weights).toEqual({ level: 1, location: 1 });
  });

  it('saves a plan of several rounds as one rotation that meets in one cycle, and keeps its rounds as history', async () => {
    const runner = inlineRunner();
    const { state, db } = await setUp(runner);
    await importRoster(state);
    await state.form({ minSize: 3, maxSize: 3, rounds: 3, seed: 1, seconds: 0.05 });
    const planned = state.draft.value!.rounds;
    expect(planned.map((round) => round.length)).toEqual([4, 4, 4]);
    expect(await state.saveDraft()).toBeUndefined();
    await vi.waitFor(() => expect(state.activeGroups.value).toHaveLength(1));
    const [rotation] = state.activeGroups.value;
    expect(rotation).toMatchObject({ name: 'Rotating groups', rotation: planned });
    expect(rotation!.memberIds).toHaveLength(12);
    expect(rotation!.cycles.map((c) => c.meetings.length)).toEqual([6]);
    expect((await db.groupings.toArray()).map((g) => g.rounds)).toEqual([planned]);
  });

  it('shows the engine’s explanation when the constraints cannot all hold, and keeps no draft', async () => {
    const { state } = await setUp();
    await importRoster(state);
    await state.form({ minSize: 5, maxSize: 5, rounds: 1, seed: 1, seconds: 0.05 });
    const formation = state.formation.value;
    expect(formation.stage).toBe('problems');
    if (formation.stage === 'problems') expect(formation.problems).toEqual([{ code: 'cannotSplit', people: 12, min: 5, max: 5, fewer: 2, fewerHold: 10, more: 3, moreNeed: 15 }]);
    expect(state.draft.value).toBeUndefined();
  });

  it('shows progress, and on cancel drops the run’s result', async () => {
    let finish: (result: GroupingResult) => void = () => {};
    let progress: ((p: { fraction: number; bestScore: number }) => void) | undefined;
    const cancel = vi.fn();
    const runner: GroupingRunner = {
      run(_input, _options, onProgress) {
        progress = onProgress;
        return { result: new Promise<GroupingResult>((resolve) => (finish = resolve)), cancel };
      },
      dispose() {},
    };
    const { state } = await setUp(runner);
    await importRoster(state);
    const running = state.form({ minSize: 5, maxSize: 7, rounds: 1, seed: 1, seconds: 10 });
    expect(state.formation.value).toEqual({ stage: 'running', fraction: 0 });
    progress?.({ fraction: 0.4, bestScore: 3 });
    expect(state.formation.value).toEqual({ stage: 'running', fraction: 0.4 });
    state.cancel();
    expect(cancel).toHaveBeenCalledOnce();
    expect(state.formation.value).toEqual({ stage: 'cancelled' });
    finish({ ok: true, score: 1, rounds: [{ groups: [state.people.value.map((p) => p.id)], explanations: [] }] });
    await running;
    expect(state.formation.value).toEqual({ stage: 'cancelled' });
    expect(state.draft.value).toBeUndefined();
  });

  it('reports a run that fails', async () => {
    const runner: GroupingRunner = { run: () => ({ result: Promise.reject(new Error('worker crashed')), cancel() {} }), dispose() {} };
    const { state } = await setUp(runner);
    await importRoster(state);
    await state.form({ minSize: 5, maxSize: 7, rounds: 1, seed: 1, seconds: 1 });
    expect(state.formation.value).toEqual({ stage: 'failed', failure: { code: 'unexpected', detail: 'worker crashed' } });
  });

  it('tells a worker that crashed or answered nonsense from other failures', async () => {
    for (const [error, failure] of [
      [new GroupingWorkerError('crashed', 'out of memory'), { code: 'workerCrashed', detail: 'out of memory' }],
      [new GroupingWorkerError('malformedReply'), { code: 'workerMalformed' }],
    ] as const) {
      const runner: GroupingRunner = { run: () => ({ result: Promise.reject(error), cancel() {} }), dispose() {} };
      const { state } = await setUp(runner);
      await importRoster(state);
      await state.form({ minSize: 5, maxSize: 7, rounds: 1, seed: 1, seconds: 1 });
      expect(state.formation.value).toEqual({ stage: 'failed', failure });
    }
  });
});

describe('schedule', () => {
  it('schedules a cycle, refuses bad dates, decides after the last meeting and exports the calendar', async () => {
    let clock = Date.UTC(2025, 0, 10, 12);
    const { state } = await setUp(inlineRunner(), () => clock);
    await importRoster(state);
    await state.form({ minSize: 6, maxSize: 6, rounds: 1, seed: 1, seconds: 0.05 });
    await state.saveDraft();
    await vi.waitFor(() => expect(state.activeGroups.value).toHaveLength(2));
    const group = state.activeGroups.value[0]!;

    expect(state.exportCalendar(calendarWords())).toEqual({ ok: false, problem: { code: 'noDatedMeeting' } });
    expect(await state.schedule(group.id, 1, [{ date: '2025-02-30', time: '', place: '' }, ...group.cycles[0]!.meetings.slice(1)])).toEqual([
      { code: 'notADate', meeting: 1, value: '2025-02-30' },
    ]);
    expect(await state.schedule('gone', 1, group.cycles[0]!.meetings)).toEqual(['groupGone']);
    expect(await state.schedule(group.id, 1, suggestMeetings({ date: '2025-02-03', time: '09:30', place: 'Room 1' }))).toEqual([]);
    await vi.waitFor(() => expect(state.activeGroups.value[0]!.cycles[0]!.meetings[0]!.date).toBe('2025-02-03'));

    // The screens' words, in English here: the events read as they always have.
    const calendar = state.exportCalendar(calendarWords());
    expect(calendar.ok && calendar.events).toBe(6);
    expect(calendar.ok && calendar.ics).toContain('SUMMARY:Group 1 · Leaders 2025');
    expect(calendar.ok && calendar.ics.replace(/\r\n /g, '')).toContain('DESCRIPTION:Leaders 2025: meeting 1 of 6\\, cycle 1.\\nMembers: ');

    expect(await state.decide(group.id, 'continue')).toEqual({ code: 'cycleNotOver', group: 'Group 1', cycle: 1 });
    expect(await state.decide('gone', 'continue')).toBe('groupGone');
    clock = Date.UTC(2025, 6, 1, 12);
    expect(state.today()).toBe(localDate(clock));
    expect(await state.decide(group.id, 'continue')).toBeUndefined();
    await vi.waitFor(() => expect(state.activeGroups.value[0]!.cycles).toHaveLength(2));
  });
});
