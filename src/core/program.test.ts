import { describe, expect, it } from 'vitest';
import type { Person, PersonFields, Program, ProgramGroup, SavedGrouping } from './program.ts';
import {
  addDays,
  addPair,
  createProgram,
  cycleProblems,
  cycleStage,
  decideAfterCycle,
  emptyCycle,
  groupingInputFor,
  groupsAtMeeting,
  groupsFromGrouping,
  historyFrom,
  isDate,
  managerPairs,
  mergeRoster,
  movePerson,
  programNameProblem,
  removePair,
  roundOfMeeting,
  scheduleCycle,
  splitByProgram,
  storedGroupName,
  suggestMeetings,
  withoutPerson,
} from './program.ts';

function ids(prefix = 'id') {
  let n = 0;
  return () => `${prefix}${++n}`;
}

const seams = { newId: ids('p'), now: () => 1000 };

function person(id: string, fields: Partial<PersonFields> = {}): Person {
  return { id, programId: 'prog', name: id.toUpperCase(), email: '', division: '', level: '', location: '', manager: '', ...fields };
}

function program(): Program {
  return { ...createProgram('Leaders 2025', { newId: () => 'prog', now: () => 5 }) };
}

function fields(name: string, more: Partial<PersonFields> = {}): PersonFields {
  return { name, email: '', division: '', level: '', location: '', manager: '', ...more };
}

describe('programs', () => {
  it('creates a program with a trimmed name and no modules, pairs or groups', () => {
    const p = createProgram('  Leaders 2025 ', seams);
    expect(p).toMatchObject({ name: 'Leaders 2025', moduleIds: [], keepApart: [], keepTogether: [], meetingMinutes: 90, createdAt: 1000, updatedAt: 1000 });
  });

  it('refuses an empty or overlong name', () => {
    expect(programNameProblem('   ')).toBe('nameMissing');
    expect(programNameProblem('x'.repeat(81))).toBe('nameTooLong');
    expect(programNameProblem('x'.repeat(80))).toBeUndefined();
    expect(() => createProgram('', seams)).toThrow(/name/);
  });

  it('puts the program’s modules first, in its order, then the rest in theirs', () => {
    const all = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
    const { chosen, rest } = splitByProgram(all, ['d', 'zz', 'b']);
    expect(chosen.map((m) => m.id)).toEqual(['d', 'b']);
    expect(rest.map((m) => m.id)).toEqual(['a', 'c', 'e']);
  });
});

describe('pairs', () => {
  it('adds keep-apart and keep-together pairs, whichever way round', () => {
    let p = program();
    const first = addPair(p, 'keepApart', ['a', 'b']);
    expect(first.ok).toBe(true);
    if (first.ok) p = first.program;
    expect(addPair(p, 'keepApart', ['b', 'a'])).toEqual({ ok: false, problem: 'alreadyKeptApart' });
    expect(addPair(p, 'keepTogether', ['b', 'a'])).toEqual({ ok: false, problem: 'keptApartRemoveFirst' });
    expect(addPair(p, 'keepTogether', ['a', 'a'])).toEqual({ ok: false, problem: 'pairSamePerson' });
    expect(addPair(p, 'keepTogether', ['a', ''])).toEqual({ ok: false, problem: 'pairIncomplete' });
    const together = addPair(p, 'keepTogether', ['a', 'c']);
    expect(together.ok && together.program.keepTogether).toEqual([['a', 'c']]);
    if (together.ok) {
      expect(addPair(together.program, 'keepTogether', ['c', 'a'])).toEqual({ ok: false, problem: 'alreadyKeptTogether' });
      expect(addPair(together.program, 'keepApart', ['c', 'a'])).toEqual({ ok: false, problem: 'keptTogetherRemoveFirst' });
    }
  });

  it('removes a pair given either way round, and drops a leaving person’s pairs', () => {
    const p = { ...program(), keepApart: [['a', 'b'], ['c', 'd']] as [string, string][], keepTogether: [['a', 'c']] as [string, string][] };
    expect(removePair(p, ['b', 'a']).keepApart).toEqual([['c', 'd']]);
    const left = withoutPerson(p, 'a');
    expect(left.keepApart).toEqual([['c', 'd']]);
    expect(left.keepTogether).toEqual([]);
  });

  it('reads manager and report pairs from the manager column, by name or email, ignoring case', () => {
    const people = [
      person('boss', { name: 'Ada Boss', email: 'ada@x.org' }),
      person('r1', { manager: 'ada boss' }),
      person('r2', { manager: ' ADA@X.ORG' }),
      person('r3', { manager: 'Someone Elsewhere' }),
      person('self', { name: 'Me', manager: 'me' }),
    ];
    expect(managerPairs(people)).toEqual([
      ['boss', 'r1'],
      ['boss', 'r2'],
    ]);
  });
});

describe('roster import', () => {
  it('adds new people and updates those matched by email, else by name, keeping their ids', () => {
    const existing = [person('x1', { name: 'Ann', email: 'ann@x.org', division: 'Sales' }), person('x2', { name: 'Bo' })];
    const { added, updated } = mergeRoster(
      existing,
      [fields('Ann Smith', { email: 'ANN@x.org', division: 'Legal' }), fields('bo', { level: 'Senior' }), fields('Cy'), fields('Cy', { division: 'IT' })],
      'prog',
      ids('new'),
    );
    expect(updated).toEqual([
      { ...existing[0], name: 'Ann Smith', email: 'ANN@x.org', division: 'Legal' },
      { ...existing[1], name: 'bo', level: 'Senior' },
    ]);
    expect(added).toEqual([{ id: 'new1', programId: 'prog', ...fields('Cy', { division: 'IT' }) }]);
  });
});

describe('history and the engine’s input', () => {
  const g = (id: string, createdAt: number, rounds: string[][][]): SavedGrouping => ({ id, programId: 'prog', createdAt, rounds, seed: 1, adjusted: false });

  it('ages past rounds with the newest at 0, and leaves out people no longer on the roster', () => {
    const history = historyFrom([g('new', 20, [[['a', 'b', 'c']], [['a', 'd']]]), g('old', 10, [[['a', 'gone'], ['b', 'c', 'd']]])], new Set(['a', 'b', 'c', 'd']));
    expect(history).toEqual([
      { memberIds: ['b', 'c', 'd'], age: 2 },
      { memberIds: ['a', 'b', 'c'], age: 1 },
      { memberIds: ['a', 'd'], age: 0 },
    ]);
  });

  it('feeds the roster, explicit and manager pairs (once each), and history into the engine', () => {
    const people = [person('a', { division: 'Sales', level: 'L1' }), person('b', { name: 'Bee', manager: 'A' }), person('c', { location: 'Oslo' })];
    const p = { ...program(), keepApart: [['b', 'a'], ['c', 'gone']] as [string, string][], keepTogether: [['a', 'c']] as [string, string][] };
    const input = groupingInputFor(p, people, [g('x', 1, [[['a', 'b']]])], { minSize: 5, maxSize: 8, rounds: 2 });
    expect(input.people).toEqual([
      { id: 'a', name: 'A', division: 'Sales', level: 'L1' },
      { id: 'b', name: 'Bee' },
      { id: 'c', name: 'C', location: 'Oslo' },
    ]);
    expect(input).toMatchObject({ minSize: 5, maxSize: 8, rounds: 2, keepTogether: [['a', 'c']], history: [{ memberIds: ['a', 'b'], age: 0 }] });
    expect(input.keepApart).toEqual([['b', 'a']]);
    expect(input.weights).toBeUndefined();
    const choices = { minSize: 5, maxSize: 8, rounds: 1 };
    expect(groupingInputFor(p, people, [], { ...choices, balanceLevels: true }).weights).toEqual({ level: 1 });
    expect(groupingInputFor(p, people, [], { ...choices, balanceLocations: true }).weights).toEqual({ location: 1 });
    expect(groupingInputFor(p, people, [], { ...choices, balanceLevels: true, balanceLocations: true }).weights).toEqual({ level: 1, location: 1 });
  });
});

describe('hand adjustment', () => {
  const rounds = [
    [
      ['a', 'b'],
      ['c', 'd'],
    ],
    [
      ['a', 'c'],
      ['b', 'd'],
    ],
  ];

  it('moves a person to another group of the same round only', () => {
    expect(movePerson(rounds, 1, 'a', 1)).toEqual([rounds[0], [['c'], ['b', 'd', 'a']]]);
    expect(rounds[1]).toEqual([
      ['a', 'c'],
      ['b', 'd'],
    ]);
    expect(movePerson(rounds, 0, 'a', 0)).toBe(rounds);
    expect(movePerson(rounds, 0, 'a', 5)).toBe(rounds);
    expect(movePerson(rounds, 3, 'a', 0)).toBe(rounds);
    expect(movePerson(rounds, 0, 'nobody', 1)).toBe(rounds);
  });
});

describe('groups and cycles', () => {
  const grouping: SavedGrouping = { id: 'gr', programId: 'prog', createdAt: 7, seed: 3, adjusted: false, rounds: [[['a', 'b'], ['c']]] };

  it('names the groups of a grouping, each with an empty first cycle of six meetings', () => {
    const groups = groupsFromGrouping(grouping, ids('g'));
    expect(groups.map((x) => [x.id, x.name, x.memberIds, x.round, x.status])).toEqual([
      ['g1', 'Group 1', ['a', 'b'], 1, 'active'],
      ['g2', 'Group 2', ['c'], 1, 'active'],
    ]);
    expect(groups[0]!.cycles).toEqual([{ number: 1, decision: 'undecided', meetings: Array(6).fill({ date: '', time: '', place: '' }) }]);
    expect(groups[0]!.cycles).not.toBe(groups[1]!.cycles);
    expect(groups[0]!.rotation).toBeUndefined();
  });

  it('makes a plan of several rounds one rotation: one cycle for everyone, the groups changing meeting by meeting', () => {
    const trios = [
      [
        ['a', 'b', 'c'],
        ['d', 'e', 'f'],
      ],
      [
        ['a', 'd', 'e'],
        ['b', 'c', 'f'],
        [],
      ],
      [
        ['a', 'f', 'b'],
        ['c', 'd', 'e'],
      ],
    ];
    const groups = groupsFromGrouping({ ...grouping, rounds: trios }, ids('g'));
    expect(groups).toHaveLength(1);
    const rotation = groups[0]!;
    expect(rotation).toMatchObject({ id: 'g1', name: 'Rotating groups', status: 'active', groupingId: grouping.id, round: 1 });
    expect([...rotation.memberIds].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(rotation.cycles).toHaveLength(1);
    expect(rotation.cycles[0]!.meetings).toHaveLength(6);
    expect(rotation.rotation).toEqual([trios[0], [['a', 'd', 'e'], ['b', 'c', 'f']], trios[2]]);
    // Meetings 1 to 6 take rounds 1, 2, 3, 1, 2, 3; the next cycle goes on where this one stopped.
    expect([0, 1, 2, 3, 4, 5].map((m) => roundOfMeeting(rotation, 1, m))).toEqual([0, 1, 2, 0, 1, 2]);
    expect(groupsAtMeeting(rotation, 1, 4)).toEqual([['a', 'd', 'e'], ['b', 'c', 'f']]);
    const eight = { rotation: Array.from({ length: 8 }, () => [['a']]) };
    expect([0, 1, 2, 3, 4, 5].map((m) => roundOfMeeting(eight, 2, m))).toEqual([6, 7, 0, 1, 2, 3]);
    // A group that keeps its members meets as itself.
    expect(groupsAtMeeting({ memberIds: ['a', 'b'] }, 3, 2)).toEqual([['a', 'b']]);
    expect(roundOfMeeting({}, 3, 2)).toBe(0);
  });

  it('checks dates, including leap days and month ends', () => {
    expect(isDate('2024-02-29')).toBe(true);
    expect(isDate('2025-02-29')).toBe(false);
    expect(isDate('2025-04-31')).toBe(false);
    expect(isDate('2025-4-3')).toBe(false);
    expect(addDays('2025-12-20', 14)).toBe('2026-01-03');
    expect(addDays('2024-02-27', 2)).toBe('2024-02-29');
  });

  it('suggests six meetings every four weeks, at the same time and place', () => {
    const meetings = suggestMeetings({ date: '2025-01-15', time: '09:30', place: 'Room 4' });
    expect(meetings.map((m) => m.date)).toEqual(['2025-01-15', '2025-02-12', '2025-03-12', '2025-04-09', '2025-05-07', '2025-06-04']);
    expect(new Set(meetings.map((m) => `${m.time}|${m.place}`))).toEqual(new Set(['09:30|Room 4']));
    expect(suggestMeetings({ date: '2025-01-15', time: '', place: '' }, 1)[5]!.date).toBe('2025-02-19');
    expect(() => suggestMeetings({ date: 'soon', time: '', place: '' })).toThrow(/not a date/);
  });

  it('says what is wrong with a cycle’s meetings, with the meeting number', () => {
    const meetings = emptyCycle(1).meetings.map((m) => ({ ...m }));
    expect(cycleProblems(meetings)).toEqual([]);
    meetings[0] = { date: '2025-03-10', time: '9:30', place: '' };
    meetings[1] = { date: '2025-03-01', time: '10:00', place: '' };
    meetings[2] = { date: '', time: '10:00', place: '' };
    meetings[3] = { date: '2025-02-30', time: '', place: '' };
    expect(cycleProblems(meetings)).toEqual([
      { code: 'notATime', meeting: 1, value: '9:30' },
      { code: 'meetingBeforeEarlier', meeting: 2, earlier: 1 },
      { code: 'timeWithoutDate', meeting: 3 },
      { code: 'notADate', meeting: 4, value: '2025-02-30' },
    ]);
    expect(cycleProblems(meetings.slice(0, 5))[0]).toEqual({ code: 'meetingCount', count: 5, expected: 6 });
  });

  it('tells where a cycle stands on a given day', () => {
    const cycle = { ...emptyCycle(1) };
    expect(cycleStage(cycle, '2025-01-01')).toBe('unscheduled');
    const dated = { ...cycle, meetings: suggestMeetings({ date: '2025-01-15', time: '', place: '' }) };
    expect(cycleStage(dated, '2025-01-14')).toBe('upcoming');
    expect(cycleStage(dated, '2025-01-15')).toBe('running');
    expect(cycleStage(dated, '2025-06-03')).toBe('running');
    expect(cycleStage(dated, '2025-06-04')).toBe('finished');
    const partial = { ...cycle, meetings: [{ date: '2025-01-15', time: '', place: '' }, ...cycle.meetings.slice(1)] };
    expect(cycleStage(partial, '2025-01-01')).toBe('unscheduled');
    expect(cycleStage(partial, '2025-02-01')).toBe('running');
  });

  function scheduled(): ProgramGroup {
    const [group] = groupsFromGrouping(grouping, ids('g'));
    const result = scheduleCycle(group!, 1, suggestMeetings({ date: '2025-01-15', time: ' 09:30 ', place: ' Room 4 ' }));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.group;
  }

  it('schedules a cycle with trimmed fields, and refuses a bad one or an unknown cycle', () => {
    const group = scheduled();
    expect(group.cycles[0]!.meetings[0]).toEqual({ date: '2025-01-15', time: '09:30', place: 'Room 4' });
    expect(scheduleCycle(group, 2, emptyCycle(2).meetings)).toEqual({ ok: false, problems: [{ code: 'noSuchCycle', group: 'Group 1', cycle: 2 }] });
    const bad = scheduleCycle(group, 1, [{ date: 'x', time: '', place: '' }, ...emptyCycle(1).meetings.slice(1)]);
    expect(bad.ok).toBe(false);
  });

  it('after the last meeting, continues with a new cycle of the same group, or stops', () => {
    const group = scheduled();
    expect(decideAfterCycle(group, 'continue', '2025-06-03')).toEqual({ ok: false, problem: { code: 'cycleNotOver', group: 'Group 1', cycle: 1 } });

    const going = decideAfterCycle(group, 'continue', '2025-06-04');
    if (!going.ok) throw new Error(going.problem.code);
    expect(going.group.status).toBe('active');
    expect(going.group.memberIds).toEqual(group.memberIds);
    expect(going.group.cycles.map((c) => [c.number, c.decision])).toEqual([
      [1, 'continue'],
      [2, 'undecided'],
    ]);
    expect(going.group.cycles[1]!.meetings.every((m) => m.date === '')).toBe(true);
    // The new cycle is not scheduled yet, so there is nothing to decide about it.
    expect(decideAfterCycle(going.group, 'stop', '2026-01-01').ok).toBe(false);
    const decided = { ...going.group, cycles: [{ ...going.group.cycles[0]!, decision: 'continue' as const }] };
    expect(decideAfterCycle(decided, 'stop', '2025-06-04')).toEqual({ ok: false, problem: { code: 'alreadyDecided', group: 'Group 1', cycle: 1 } });

    const stopping = decideAfterCycle(group, 'stop', '2025-07-01');
    if (!stopping.ok) throw new Error(stopping.problem.code);
    expect(stopping.group.status).toBe('stopped');
    expect(stopping.group.cycles.map((c) => c.decision)).toEqual(['stop']);
    expect(decideAfterCycle(stopping.group, 'continue', '2025-07-01')).toEqual({ ok: false, problem: { code: 'groupNotMeeting', group: 'Group 1' } });
  });
});

describe('storedGroupName', () => {
  it('tells the names a grouping stores from a name of its own, so that each device words them', () => {
    expect(storedGroupName('Rotating groups')).toEqual({ kind: 'rotation' });
    expect(storedGroupName('Group 12')).toEqual({ kind: 'numbered', number: 12 });
    expect(storedGroupName('Group 0')).toEqual({ kind: 'own', name: 'Group 0' });
    expect(storedGroupName('Group 1b')).toEqual({ kind: 'own', name: 'Group 1b' });
    expect(storedGroupName('Sales leads')).toEqual({ kind: 'own', name: 'Sales leads' });
  });
});
