import { describe, expect, it } from 'vitest';
import {
  MAX_NAME_LENGTH,
  SESSION_SHAPE,
  addPerson,
  applyChange,
  bySeat,
  canControl,
  cleanName,
  createSession,
  elapsedMs,
  endSession,
  handOver,
  join,
  movePage,
  moveSeat,
  nextPresent,
  nextReaderOf,
  pauseClock,
  readerOf,
  setControlMode,
  setMeetingLength,
  setPhase,
  setPresent,
  startClock,
} from './session.ts';
import type { ActionResult, Participant, SessionChange, SessionModule, SessionRefusal, SessionSnapshot } from './session.ts';
import { mulberry32 } from '../../test/helpers/testNetwork.ts';

const T0 = 1_700_000_000_000;
const MINUTE = 60_000;

const MODULE: SessionModule = { id: 'listening-well', version: 3, title: 'Listening well', mindset: 'reflection', pageCount: 10 };

function changeOf(result: ActionResult): SessionChange {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.change;
}

function reasonOf(result: ActionResult): SessionRefusal['reason'] {
  return refusalOf(result).reason;
}

/** The refusal, with its figures. */
function refusalOf(result: ActionResult): SessionRefusal {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.change)}`);
  return result;
}

function apply(session: SessionSnapshot, result: ActionResult): SessionSnapshot {
  return applyChange(session, changeOf(result));
}

let moveCounter = 0;
function goTo(session: SessionSnapshot, to: number, by = 'ana'): SessionSnapshot {
  moveCounter += 1;
  return apply(session, movePage(session, { to, by, now: T0 + moveCounter, moveId: `move-${moveCounter}` }));
}

const advance = (session: SessionSnapshot, by = 'ana'): SessionSnapshot => goTo(session, session.page + 1, by);

function mark(session: SessionSnapshot, id: string, present: boolean, by = 'ana'): SessionSnapshot {
  return apply(session, setPresent(session, { id, present, by }));
}

const order = (session: SessionSnapshot): string[] => bySeat(session.participants).map((p) => p.id);
const currentReader = (session: SessionSnapshot): string | undefined => readerOf(session, session.page)?.id;

function fresh(input: { pageCount?: number; controlMode?: 'facilitator' | 'anyone' } = {}): SessionSnapshot {
  return createSession({
    module: { ...MODULE, pageCount: input.pageCount ?? MODULE.pageCount },
    creator: { id: 'ana', name: 'Ana' },
    now: T0,
    ...(input.controlMode ? { controlMode: input.controlMode } : {}),
  });
}

/** Ana (facilitator, seat 0), Ben (seat 1), Cleo without a device (seat 2), Dan (seat 3); all present, on page 0. */
function table(input: { pageCount?: number; controlMode?: 'facilitator' | 'anyone' } = {}): SessionSnapshot {
  let s = fresh(input);
  s = apply(s, join(s, { id: 'ben', name: 'Ben' }));
  s = apply(s, addPerson(s, { id: 'cleo', name: 'Cleo', by: 'ana' }));
  s = apply(s, join(s, { id: 'dan', name: 'Dan' }));
  return s;
}

function person(id: string, seat: number, extra: Partial<Participant> = {}): Participant {
  return { id, name: id, seat, present: true, hasDevice: true, ...extra };
}

describe('createSession', () => {
  it('seats the creator first, present, facilitating and reading page 0', () => {
    const s = createSession({ module: MODULE, creator: { id: 'ana', name: 'Ana' }, now: T0 });
    expect(s).toEqual({
      shape: SESSION_SHAPE,
      module: MODULE,
      group: null,
      createdAt: T0,
      creatorId: 'ana',
      page: 0,
      moves: [],
      participants: [{ id: 'ana', name: 'Ana', seat: 0, present: true, hasDevice: true }],
      readers: { 0: 'ana' },
      controlMode: 'facilitator',
      facilitatorId: 'ana',
      clock: { startedAt: null, pausedAt: null, pausedMs: 0 },
      phase: 'pages',
      checkedIn: false,
      meetingMinutes: 90,
      endedAt: null,
    });
    expect(readerOf(s, 0)?.id).toBe('ana');
  });

  it('takes the control mode it is given', () => {
    expect(createSession({ module: MODULE, creator: { id: 'ana', name: 'Ana' }, now: T0, controlMode: 'anyone' }).controlMode).toBe('anyone');
  });

  it('cleans the creator name, and stores an unnamed creator without a name, for each device to word', () => {
    const named = (name: string) => createSession({ module: MODULE, creator: { id: 'ana', name }, now: T0 }).participants[0]!.name;
    expect(named('  Ana \t  Lima \n')).toBe('Ana Lima');
    expect(named('x'.repeat(75))).toBe('x'.repeat(MAX_NAME_LENGTH));
    expect(MAX_NAME_LENGTH).toBe(60);
    expect(named('')).toBe('');
    expect(named(' \n\t ')).toBe('');
  });
});

describe('the group and the agenda', () => {
  it('keeps the group it is given, with a cleaned name, and opens with the check-in when asked', () => {
    const s = createSession({ module: MODULE, creator: { id: 'ana', name: 'Ana' }, now: T0, group: { id: 'g1', name: '  North   table ' }, phase: 'checkin' });
    expect(s.group).toEqual({ id: 'g1', name: 'North table' });
    expect(createSession({ module: MODULE, creator: { id: 'ana', name: 'Ana' }, now: T0, group: { id: 'g1', name: ' \t ' } }).group).toEqual({ id: 'g1', name: '' });
    expect(s.phase).toBe('checkin');
    expect(fresh().phase).toBe('pages');
  });

  it('moves through check-in, pages and closing round by whoever controls the pages', () => {
    let s = table();
    expect(reasonOf(setPhase(s, { phase: 'closing', by: 'ben' }))).toBe('onlyFacilitatorMovesAgenda');
    s = apply(s, setPhase(s, { phase: 'closing', by: 'ana' }));
    expect(s.phase).toBe('closing');
    s = apply(s, setControlMode(s, { mode: 'anyone', by: 'ana' }));
    s = apply(s, setPhase(s, { phase: 'pages', by: 'ben' }));
    expect(s.phase).toBe('pages');
    expect(changeOf(setPhase(s, { phase: 'pages', by: 'ana' }))).toEqual({});
  });

  it('remembers that the meeting had a check-in, whether it opened on one or went to one', () => {
    expect(createSession({ module: table().module, creator: { id: 'ana', name: 'Ana' }, now: 1, phase: 'checkin' }).checkedIn).toBe(true);
    let s = table();
    expect(s.checkedIn).toBe(false);
    expect(changeOf(setPhase(s, { phase: 'checkin', by: 'ana' }))).toEqual({ phase: 'checkin', checkedIn: true });
    s = apply(s, setPhase(s, { phase: 'checkin', by: 'ana' }));
    s = apply(s, setPhase(s, { phase: 'pages', by: 'ana' }));
    expect([s.phase, s.checkedIn]).toEqual(['pages', true]);
    expect(changeOf(setPhase(s, { phase: 'checkin', by: 'ana' }))).toEqual({ phase: 'checkin' });
  });

  it('never ends the session through setPhase, and changes nothing once it has ended', () => {
    let s = table();
    expect(reasonOf(setPhase(s, { phase: 'ended', by: 'ana' }))).toBe('endWithEndSession');
    s = apply(s, endSession(s, { now: T0 + MINUTE, by: 'ana' }));
    expect(setPhase(s, { phase: 'closing', by: 'ana' }).ok).toBe(false);
  });
});

describe('cleanName', () => {
  it('collapses whitespace, trims and cuts at MAX_NAME_LENGTH', () => {
    expect(cleanName('  Mary   Jane  ')).toBe('Mary Jane');
    expect(cleanName('a\u00a0\u00a0b')).toBe('a b');
    expect(cleanName('y'.repeat(60))).toBe('y'.repeat(60));
    expect(cleanName('y'.repeat(61))).toBe('y'.repeat(60));
    expect(cleanName('   ')).toBe('');
  });

  it('leaves no trailing space when the cut falls on a space', () => {
    // 59 letters, a space, then more: cut at 60 the last character kept is the space, which a tidy name drops.
    expect(cleanName(`${'a'.repeat(59)} bc`)).toBe('a'.repeat(59));
  });
});

describe('reader rotation over a whole module', () => {
  it('follows seat order and wraps round, including the person without a device', () => {
    let s = table();
    expect(order(s)).toEqual(['ana', 'ben', 'cleo', 'dan']);
    const readers: (string | undefined)[] = [currentReader(s)];
    while (s.page < 9) {
      s = advance(s);
      readers.push(currentReader(s));
    }
    expect(readers).toEqual(['ana', 'ben', 'cleo', 'dan', 'ana', 'ben', 'cleo', 'dan', 'ana', 'ben']);
    expect(s.readers).toEqual({ 0: 'ana', 1: 'ben', 2: 'cleo', 3: 'dan', 4: 'ana', 5: 'ben', 6: 'cleo', 7: 'dan', 8: 'ana', 9: 'ben' });
    expect(s.moves.map((m) => [m.from, m.to, m.by])).toEqual([
      [0, 1, 'ana'],
      [1, 2, 'ana'],
      [2, 3, 'ana'],
      [3, 4, 'ana'],
      [4, 5, 'ana'],
      [5, 6, 'ana'],
      [6, 7, 'ana'],
      [7, 8, 'ana'],
      [8, 9, 'ana'],
    ]);
  });

  it('skips an absent person and brings them back once present again', () => {
    let s = table();
    s = advance(advance(advance(s))); // page 3: dan
    expect(currentReader(s)).toBe('dan');
    s = mark(s, 'ben', false);
    expect(currentReader(s)).toBe('dan'); // the current page is not someone else's business
    s = advance(s); // page 4: ana
    expect(currentReader(s)).toBe('ana');
    s = advance(s); // page 5: ben is away, so cleo
    expect(currentReader(s)).toBe('cleo');
    s = advance(s); // page 6: dan
    s = advance(s); // page 7: ana
    expect([s.readers[6], s.readers[7]]).toEqual(['dan', 'ana']);
    s = mark(s, 'ben', true);
    s = advance(s); // page 8: ben again
    expect(currentReader(s)).toBe('ben');
    s = advance(s); // page 9: cleo
    expect(currentReader(s)).toBe('cleo');
    expect(s.readers).toEqual({ 0: 'ana', 1: 'ben', 2: 'cleo', 3: 'dan', 4: 'ana', 5: 'cleo', 6: 'dan', 7: 'ana', 8: 'ben', 9: 'cleo' });
  });

  it('hands the current page to the next present person at once when its reader leaves', () => {
    let s = advance(advance(table())); // page 2: cleo
    expect(currentReader(s)).toBe('cleo');
    const change = changeOf(setPresent(s, { id: 'cleo', present: false, by: 'ana' }));
    expect(change.readers).toEqual({ 2: 'dan' });
    s = applyChange(s, change);
    expect(currentReader(s)).toBe('dan');
    expect(nextReaderOf(s)?.id).toBe('ana');
    s = advance(s); // page 3: after dan comes ana
    expect(currentReader(s)).toBe('ana');
    s = advance(s); // page 4: ben
    s = advance(s); // page 5: cleo still away, so dan
    expect([s.readers[4], s.readers[5]]).toEqual(['ben', 'dan']);
  });

  it('skips several absent people in a row, and wraps past the last seat', () => {
    let s = advance(table()); // page 1: ben
    s = mark(s, 'cleo', false);
    s = mark(s, 'dan', false);
    s = advance(s); // page 2: cleo and dan away, wrap to ana
    expect(currentReader(s)).toBe('ana');
    s = mark(s, 'ben', false);
    s = advance(s); // page 3: only ana is left
    expect(currentReader(s)).toBe('ana');
  });

  it('passes a leaving reader\u2019s page over absent people', () => {
    let s = table(); // page 0: ana
    s = mark(s, 'ben', false);
    s = mark(s, 'ana', false, 'ana');
    expect(currentReader(s)).toBe('cleo');
    expect(s.readers[0]).toBe('cleo');
  });

  it('keeps the page when its reader leaves and nobody else is there', () => {
    const s = fresh();
    const change = changeOf(setPresent(s, { id: 'ana', present: false, by: 'ana' }));
    expect(change.readers).toBeUndefined();
    const after = applyChange(s, change);
    expect(readerOf(after, 0)).toBeUndefined();
    expect(nextReaderOf(after)).toBeUndefined();
  });

  it('says who reads next, and nobody on the last page', () => {
    let s = table();
    expect(nextReaderOf(s)?.id).toBe('ben');
    s = advance(advance(advance(s))); // page 3: dan
    expect(nextReaderOf(s)?.id).toBe('ana');
    s = mark(s, 'ana', false, 'ana');
    expect(nextReaderOf(s)?.id).toBe('ben');
    s = mark(s, 'ana', true, 'ana');
    while (s.page < 8) s = advance(s);
    expect(currentReader(s)).toBe('ana');
    expect(nextReaderOf(s)?.id).toBe('ben');
    s = advance(s);
    expect(s.page).toBe(9);
    expect(nextReaderOf(s)).toBeUndefined();
  });

  it('names as next whoever will really read the next page, after going back to a page', () => {
    // Ana and Ben alternate: page 0 ana, 1 ben, 2 ana, 3 ben. They go back to page 1 (ben) and Eve arrives late.
    let s = fresh();
    s = apply(s, join(s, { id: 'ben', name: 'Ben' }));
    s = advance(advance(advance(s)));
    expect(s.readers).toEqual({ 0: 'ana', 1: 'ben', 2: 'ana', 3: 'ben' });
    s = goTo(s, 1);
    s = apply(s, join(s, { id: 'eve', name: 'Eve' }));
    expect(currentReader(s)).toBe('ben');
    // Page 2 keeps its reader, ana, so "Next:" must say ana.
    const forward = advance(s);
    expect(currentReader(forward)).toBe('ana');
    expect(nextReaderOf(s)?.id).toBe('ana');
  });

  it('previews the reader of a page not yet reached', () => {
    let s = table();
    expect(readerOf(s, 1)?.id).toBe('ben');
    expect(readerOf(s, 5)?.id).toBe('ben'); // next after the last assigned page (0, ana)
    s = mark(s, 'ben', false);
    expect(readerOf(s, 1)?.id).toBe('cleo');
    s = mark(s, 'ben', true);
    s = advance(advance(s)); // pages 1 ben, 2 cleo
    expect(readerOf(s, 3)?.id).toBe('dan');
    expect(readerOf(s, 7)?.id).toBe('dan');
  });

  it('gives a page to its assigned reader, or to the next present one when they are away', () => {
    let s = advance(advance(table())); // 0 ana, 1 ben, 2 cleo
    expect(readerOf(s, 1)?.id).toBe('ben');
    s = mark(s, 'ben', false);
    expect(readerOf(s, 1)?.id).toBe('cleo');
    expect(s.readers[1]).toBe('ben'); // the record of who was meant to read it stays
  });

  it('breaks ties in seat by id, the same on every device', () => {
    const base = fresh();
    // Two devices joined at the same moment and took the same seat.
    const s = applyChange(base, { participants: [person('zed', 1), person('amy', 1), person('bob', 2)] });
    expect(order(s)).toEqual(['ana', 'amy', 'zed', 'bob']);
    expect(order(applyChange(base, { participants: [person('amy', 1), person('zed', 1), person('bob', 2)] }))).toEqual(['ana', 'amy', 'zed', 'bob']);
    let t = s;
    t = advance(t);
    expect(currentReader(t)).toBe('amy');
    t = advance(t);
    expect(currentReader(t)).toBe('zed');
    t = advance(t);
    expect(currentReader(t)).toBe('bob');
    t = advance(t);
    expect(currentReader(t)).toBe('ana');
  });

  it('keeps the reader of an earlier page when going back, and of later pages when going forward again', () => {
    let s = table();
    while (s.page < 5) s = advance(s); // 0 ana 1 ben 2 cleo 3 dan 4 ana 5 ben
    const back = movePage(s, { to: 2, by: 'ana', now: T0 + 9, moveId: 'back' });
    expect(changeOf(back).readers).toEqual({});
    s = applyChange(s, changeOf(back));
    expect(s.page).toBe(2);
    expect(currentReader(s)).toBe('cleo');
    s = advance(s);
    expect(currentReader(s)).toBe('dan');
    s = goTo(s, 5);
    expect(currentReader(s)).toBe('ben');
    expect(s.readers).toEqual({ 0: 'ana', 1: 'ben', 2: 'cleo', 3: 'dan', 4: 'ana', 5: 'ben' });
  });

  it('continues the rotation from the last page read when jumping ahead from a revisited page', () => {
    let s = table();
    while (s.page < 4) s = advance(s); // 0 ana 1 ben 2 cleo 3 dan 4 ana
    s = goTo(s, 1); // back to re-read page 1 (ben)
    // Page 5 comes after page 4, read by ana: it is ben's turn, and readerOf already says so.
    expect(readerOf(s, 5)?.id).toBe('ben');
    s = goTo(s, 5);
    expect(currentReader(s)).toBe('ben');
  });

  it('gives a jumped-to page the next reader after the current one', () => {
    let s = table();
    s = goTo(s, 6);
    expect(s.readers).toEqual({ 0: 'ana', 6: 'ben' });
    // Back to an unread page in between: it follows the nearest earlier page read (0, ana).
    s = goTo(s, 3);
    expect(currentReader(s)).toBe('ben');
  });
});

describe('nextPresent', () => {
  const people = [person('a', 0), person('b', 1, { present: false }), person('c', 2), person('d', 3, { present: false })];

  it('finds the next present person, wrapping', () => {
    expect(nextPresent(people, 'a')?.id).toBe('c');
    expect(nextPresent(people, 'b')?.id).toBe('c');
    expect(nextPresent(people, 'c')?.id).toBe('a');
    expect(nextPresent(people, 'd')?.id).toBe('a');
  });

  it('starts from the first present person for an unknown id, and finds nobody when all are away', () => {
    expect(nextPresent(people, undefined)?.id).toBe('a');
    expect(nextPresent(people, 'ghost')?.id).toBe('a');
    expect(nextPresent([person('a', 0, { present: false })], 'a')).toBeUndefined();
    expect(nextPresent([], undefined)).toBeUndefined();
  });

  it('comes back to the only present person', () => {
    expect(nextPresent([person('a', 0), person('b', 1, { present: false })], 'a')?.id).toBe('a');
  });
});

describe('movePage', () => {
  it('lets only the facilitator move the pages in facilitator mode', () => {
    const s = table();
    for (const by of ['ben', 'cleo', 'dan', 'ghost']) {
      expect(reasonOf(movePage(s, { to: 1, by, now: T0, moveId: 'm' }))).toBe('onlyFacilitatorMovesPages');
    }
    expect(canControl(s, 'ana')).toBe(true);
    expect(canControl(s, 'ben')).toBe(false);
    expect(canControl(s, undefined)).toBe(false);
    expect(canControl(s, '')).toBe(false);
  });

  it('lets anyone with a device move the pages in anyone mode, but not a person without one nor a stranger', () => {
    const s = table({ controlMode: 'anyone' });
    const moved = changeOf(movePage(s, { to: 1, by: 'dan', now: T0 + 1000, moveId: 'by-dan' }));
    expect(moved.page).toBe(1);
    expect(moved.move?.by).toBe('dan');
    expect(movePage(s, { to: 1, by: 'ben', now: T0, moveId: 'm' }).ok).toBe(true);
    expect(movePage(s, { to: 1, by: 'ana', now: T0, moveId: 'm' }).ok).toBe(true);
    expect(reasonOf(movePage(s, { to: 1, by: 'cleo', now: T0, moveId: 'm' }))).toBe('onlyFacilitatorMovesPages');
    expect(reasonOf(movePage(s, { to: 1, by: 'ghost', now: T0, moveId: 'm' }))).toBe('onlyFacilitatorMovesPages');
    expect(canControl(s, 'cleo')).toBe(false);
    expect(canControl(s, 'ghost')).toBe(false);
  });

  it('refuses pages out of range, naming the page and the module length', () => {
    const s = table();
    expect(refusalOf(movePage(s, { to: 10, by: 'ana', now: T0, moveId: 'm' }))).toEqual({ ok: false, reason: 'noSuchPage', page: 11, pageCount: 10 });
    expect(refusalOf(movePage(s, { to: 25, by: 'ana', now: T0, moveId: 'm' }))).toEqual({ ok: false, reason: 'noSuchPage', page: 26, pageCount: 10 });
    expect(refusalOf(movePage(s, { to: -1, by: 'ana', now: T0, moveId: 'm' }))).toMatchObject({ reason: 'noSuchPage', pageCount: 10 });
    expect(refusalOf(movePage(s, { to: 1.5, by: 'ana', now: T0, moveId: 'm' }))).toMatchObject({ reason: 'noSuchPage', pageCount: 10 });
    expect(refusalOf(movePage(s, { to: Number.NaN, by: 'ana', now: T0, moveId: 'm' }))).toMatchObject({ reason: 'noSuchPage', pageCount: 10 });
    expect(movePage(s, { to: 9, by: 'ana', now: T0, moveId: 'm' }).ok).toBe(true);
  });

  it('does nothing when moving to the page already shown', () => {
    const s = advance(table());
    expect(changeOf(movePage(s, { to: 1, by: 'ana', now: T0 + 5, moveId: 'same' }))).toEqual({});
    expect(applyChange(s, {})).toEqual(s);
  });

  it('records the move with from, to, when and by whom, and assigns the new page', () => {
    const s = table();
    const change = changeOf(movePage(s, { to: 1, by: 'ana', now: T0 + 42_000, moveId: 'move-a' }));
    expect(change).toEqual({ page: 1, move: { id: 'move-a', from: 0, to: 1, at: T0 + 42_000, by: 'ana' }, readers: { 1: 'ben' } });
    const after = applyChange(s, change);
    expect(after.page).toBe(1);
    expect(after.moves).toEqual([{ id: 'move-a', from: 0, to: 1, at: T0 + 42_000, by: 'ana' }]);
    const back = changeOf(movePage(after, { to: 0, by: 'ana', now: T0 + 50_000, moveId: 'move-b' }));
    expect(back.move).toEqual({ id: 'move-b', from: 1, to: 0, at: T0 + 50_000, by: 'ana' });
    expect(applyChange(after, back).moves.map((m) => m.id)).toEqual(['move-a', 'move-b']);
  });
});

describe('join', () => {
  it('seats a new device after the last seat', () => {
    const s = table();
    expect(changeOf(join(s, { id: 'eve', name: '  Eve   Ng ' }))).toEqual({
      participants: [{ id: 'eve', name: 'Eve Ng', seat: 4, present: true, hasDevice: true }],
    });
    // After seats have moved, still after the highest one.
    const moved = apply(s, moveSeat(s, { id: 'ana', index: 3, by: 'ana' })); // seats renumbered 0–3, ana last
    expect(changeOf(join(moved, { id: 'eve', name: 'Eve' })).participants?.[0]?.seat).toBe(4);
    const after = apply(s, join(s, { id: 'eve', name: 'Eve' }));
    expect(order(after)).toEqual(['ana', 'ben', 'cleo', 'dan', 'eve']);
  });

  it('keeps the seat of someone rejoining, marks them present and takes their new name', () => {
    let s = table();
    s = mark(s, 'ben', false);
    const change = changeOf(join(s, { id: 'ben', name: 'Benjamin' }));
    expect(change).toEqual({ participants: [{ id: 'ben', name: 'Benjamin', seat: 1, present: true, hasDevice: true }] });
    s = applyChange(s, change);
    expect(s.participants).toHaveLength(4);
    expect(order(s)).toEqual(['ana', 'ben', 'cleo', 'dan']);
  });

  it('refuses an empty name', () => {
    const s = table();
    expect(reasonOf(join(s, { id: 'eve', name: '' }))).toBe('nameNeededToJoin');
    expect(reasonOf(join(s, { id: 'eve', name: ' \t\n ' }))).toBe('nameNeededToJoin');
    expect(reasonOf(join(s, { id: 'ben', name: '  ' }))).toBe('nameNeededToJoin');
  });

  it('cuts a long name', () => {
    const s = table();
    expect(changeOf(join(s, { id: 'eve', name: 'e'.repeat(500) })).participants?.[0]?.name).toBe('e'.repeat(60));
  });
});

describe('addPerson', () => {
  it('adds a person without a device after the last seat, present', () => {
    const s = table();
    expect(changeOf(addPerson(s, { id: 'fay', name: ' Fay ', by: 'ana' }))).toEqual({
      participants: [{ id: 'fay', name: 'Fay', seat: 4, present: true, hasDevice: false }],
    });
  });

  it('is for the facilitator only, and needs a name', () => {
    const s = table();
    expect(reasonOf(addPerson(s, { id: 'fay', name: 'Fay', by: 'ben' }))).toBe('onlyFacilitatorAddsPeople');
    expect(reasonOf(addPerson(s, { id: 'fay', name: '   ', by: 'ana' }))).toBe('personNeedsName');
  });

  it('includes the added person in the rotation', () => {
    let s = fresh();
    s = apply(s, addPerson(s, { id: 'fay', name: 'Fay', by: 'ana' }));
    s = advance(s);
    expect(currentReader(s)).toBe('fay');
    s = advance(s);
    expect(currentReader(s)).toBe('ana');
  });
});

describe('setPresent', () => {
  it('lets a person mark themselves, and only the facilitator mark others', () => {
    const s = table();
    expect(changeOf(setPresent(s, { id: 'ben', present: false, by: 'ben' }))).toEqual({
      participants: [{ id: 'ben', name: 'Ben', seat: 1, present: false, hasDevice: true }],
    });
    expect(reasonOf(setPresent(s, { id: 'dan', present: false, by: 'ben' }))).toBe('onlyFacilitatorMarksPresence');
    expect(reasonOf(setPresent(s, { id: 'cleo', present: false, by: 'dan' }))).toBe('onlyFacilitatorMarksPresence');
    expect(setPresent(s, { id: 'cleo', present: false, by: 'ana' }).ok).toBe(true);
    expect(setPresent(s, { id: 'dan', present: false, by: 'ana' }).ok).toBe(true);
  });

  it('refuses someone not in the session', () => {
    expect(reasonOf(setPresent(table(), { id: 'ghost', present: true, by: 'ana' }))).toBe('personNotInSession');
  });

  it('does not touch the readers when someone other than the reader leaves', () => {
    const s = table();
    expect(changeOf(setPresent(s, { id: 'dan', present: false, by: 'ana' })).readers).toBeUndefined();
  });

  it('does not move the page when its reader is marked present again', () => {
    let s = advance(table()); // page 1: ben
    s = mark(s, 'ben', false);
    expect(currentReader(s)).toBe('cleo');
    s = mark(s, 'ben', true);
    expect(currentReader(s)).toBe('cleo');
  });
});

describe('moveSeat', () => {
  it('moves a person to the front', () => {
    const s = table();
    const change = changeOf(moveSeat(s, { id: 'dan', index: 0, by: 'ana' }));
    // Everyone moves down one seat: all four are written, renumbered 0–3.
    expect(change.participants?.map((p) => [p.id, p.seat])).toEqual([['dan', 0], ['ana', 1], ['ben', 2], ['cleo', 3]]);
    expect(bySeat(applyChange(s, change).participants).map((p) => p.id)).toEqual(['dan', 'ana', 'ben', 'cleo']);
  });

  it('moves a person between two others', () => {
    const s = table();
    const change = changeOf(moveSeat(s, { id: 'dan', index: 1, by: 'ana' }));
    // Ana keeps seat 0 and is not written; the others are renumbered.
    expect(change.participants?.map((p) => [p.id, p.seat])).toEqual([['dan', 1], ['ben', 2], ['cleo', 3]]);
    expect(bySeat(applyChange(s, change).participants).map((p) => p.id)).toEqual(['ana', 'dan', 'ben', 'cleo']);
    const s2 = table();
    expect(bySeat(apply(s2, moveSeat(s2, { id: 'ana', index: 2, by: 'ana' })).participants).map((p) => p.id)).toEqual(['ben', 'cleo', 'ana', 'dan']);
  });

  it('moves a person to the end', () => {
    const s = table();
    const change = changeOf(moveSeat(s, { id: 'ana', index: 3, by: 'ana' }));
    expect(change.participants?.find((p) => p.id === 'ana')).toEqual({ id: 'ana', name: 'Ana', seat: 3, present: true, hasDevice: true });
    expect(bySeat(applyChange(s, change).participants).map((p) => p.id)).toEqual(['ben', 'cleo', 'dan', 'ana']);
  });

  it('clamps an index past either end', () => {
    const s = table();
    expect(bySeat(apply(s, moveSeat(s, { id: 'ben', index: 99, by: 'ana' })).participants).map((p) => p.id)).toEqual(['ana', 'cleo', 'dan', 'ben']);
    expect(bySeat(apply(s, moveSeat(s, { id: 'cleo', index: -4, by: 'ana' })).participants).map((p) => p.id)).toEqual(['cleo', 'ana', 'ben', 'dan']);
  });

  it('keeps a person in place when moved to where they sit', () => {
    const s = table();
    expect(order(apply(s, moveSeat(s, { id: 'ben', index: 1, by: 'ana' })))).toEqual(['ana', 'ben', 'cleo', 'dan']);
  });

  it('moves between many times in a row', () => {
    let s = table();
    s = apply(s, moveSeat(s, { id: 'dan', index: 1, by: 'ana' })); // ana dan ben cleo
    s = apply(s, moveSeat(s, { id: 'cleo', index: 1, by: 'ana' })); // ana cleo dan ben
    s = apply(s, moveSeat(s, { id: 'ben', index: 2, by: 'ana' })); // ana cleo ben dan
    expect(order(s)).toEqual(['ana', 'cleo', 'ben', 'dan']);
  });

  it('places a person between two who share a seat', () => {
    const base = fresh();
    // amy and zed joined at the same moment and share seat 1; zoe sits at 2.
    const s = applyChange(base, { participants: [person('amy', 1), person('zed', 1), person('zoe', 2)] });
    expect(order(s)).toEqual(['ana', 'amy', 'zed', 'zoe']);
    const after = apply(s, moveSeat(s, { id: 'zoe', index: 2, by: 'ana' }));
    expect(order(after)).toEqual(['ana', 'amy', 'zoe', 'zed']);
  });

  it('changes the rotation', () => {
    let s = table(); // page 0: ana
    s = apply(s, moveSeat(s, { id: 'dan', index: 1, by: 'ana' }));
    expect(nextReaderOf(s)?.id).toBe('dan');
    s = advance(s);
    expect(currentReader(s)).toBe('dan');
    s = advance(s);
    expect(currentReader(s)).toBe('ben');
  });

  it('is for the facilitator only, and for people in the session', () => {
    const s = table();
    expect(reasonOf(moveSeat(s, { id: 'dan', index: 0, by: 'ben' }))).toBe('onlyFacilitatorMovesSeats');
    expect(reasonOf(moveSeat(s, { id: 'ghost', index: 0, by: 'ana' }))).toBe('personNotInSession');
  });
});

describe('handOver', () => {
  it('hands facilitation to a participant with a device, who then controls the pages', () => {
    let s = table();
    const change = changeOf(handOver(s, { to: 'dan', by: 'ana' }));
    expect(change).toEqual({ facilitatorId: 'dan' });
    s = applyChange(s, change);
    expect(s.facilitatorId).toBe('dan');
    expect(reasonOf(movePage(s, { to: 1, by: 'ana', now: T0, moveId: 'm' }))).toBe('onlyFacilitatorMovesPages');
    expect(movePage(s, { to: 1, by: 'dan', now: T0, moveId: 'm' }).ok).toBe(true);
    expect(addPerson(s, { id: 'fay', name: 'Fay', by: 'dan' }).ok).toBe(true);
    expect(reasonOf(addPerson(s, { id: 'fay', name: 'Fay', by: 'ana' }))).toBe('onlyFacilitatorAddsPeople');
    // And can hand it back.
    expect(changeOf(handOver(s, { to: 'ana', by: 'dan' }))).toEqual({ facilitatorId: 'ana' });
  });

  it('is for the facilitator only', () => {
    expect(reasonOf(handOver(table(), { to: 'dan', by: 'ben' }))).toBe('onlyFacilitatorHandsOver');
  });

  it('does not go to a person without a device, nor to a stranger', () => {
    const s = table();
    expect(reasonOf(handOver(s, { to: 'cleo', by: 'ana' }))).toBe('handOverNeedsDevice');
    expect(reasonOf(handOver(s, { to: 'ghost', by: 'ana' }))).toBe('handOverNeedsDevice');
  });
});

describe('setControlMode', () => {
  it('lets the facilitator open the pages to anyone with a device, and close them again', () => {
    let s = table();
    expect(canControl(s, 'ben')).toBe(false);
    s = apply(s, setControlMode(s, { mode: 'anyone', by: 'ana' }));
    expect(s.controlMode).toBe('anyone');
    expect(canControl(s, 'ben')).toBe(true);
    expect(canControl(s, 'cleo')).toBe(false);
    s = apply(s, setControlMode(s, { mode: 'facilitator', by: 'ana' }));
    expect(canControl(s, 'ben')).toBe(false);
    expect(canControl(s, 'ana')).toBe(true);
  });

  it('is for the facilitator only', () => {
    const s = table({ controlMode: 'anyone' });
    expect(reasonOf(setControlMode(s, { mode: 'facilitator', by: 'ben' }))).toBe('onlyFacilitatorSetsControl');
  });
});

describe('the clock', () => {
  it('counts the running time, not the pauses', () => {
    let s = table();
    expect(elapsedMs(s.clock, T0 + 5 * MINUTE)).toBe(0);
    s = apply(s, startClock(s, { now: T0, by: 'ana' }));
    expect(s.clock).toEqual({ startedAt: T0, pausedAt: null, pausedMs: 0 });
    expect(elapsedMs(s.clock, T0 + MINUTE)).toBe(MINUTE);

    s = apply(s, pauseClock(s, { now: T0 + MINUTE, by: 'ana' }));
    expect(s.clock).toEqual({ startedAt: T0, pausedAt: T0 + MINUTE, pausedMs: 0 });
    expect(elapsedMs(s.clock, T0 + 90_000)).toBe(MINUTE); // frozen while paused

    s = apply(s, startClock(s, { now: T0 + 90_000, by: 'ana' })); // resume after 30 s
    expect(s.clock).toEqual({ startedAt: T0, pausedAt: null, pausedMs: 30_000 });
    expect(elapsedMs(s.clock, T0 + 150_000)).toBe(120_000);

    s = apply(s, pauseClock(s, { now: T0 + 150_000, by: 'ana' }));
    s = apply(s, startClock(s, { now: T0 + 155_000, by: 'ana' })); // a 5 s pause
    expect(s.clock.pausedMs).toBe(35_000);
    expect(elapsedMs(s.clock, T0 + 200_000)).toBe(165_000);
  });

  it('ignores a start while running, and a pause while paused or not started', () => {
    let s = table();
    expect(changeOf(pauseClock(s, { now: T0, by: 'ana' }))).toEqual({});
    s = apply(s, startClock(s, { now: T0, by: 'ana' }));
    expect(changeOf(startClock(s, { now: T0 + MINUTE, by: 'ana' }))).toEqual({});
    s = apply(s, pauseClock(s, { now: T0 + MINUTE, by: 'ana' }));
    expect(changeOf(pauseClock(s, { now: T0 + 2 * MINUTE, by: 'ana' }))).toEqual({});
  });

  it('never runs backwards when clocks disagree', () => {
    expect(elapsedMs({ startedAt: T0, pausedAt: null, pausedMs: 0 }, T0 - 5_000)).toBe(0);
    const s = applyChange(table(), { clock: { startedAt: T0, pausedAt: T0 + MINUTE, pausedMs: 0 } });
    // Resumed by a device whose clock is behind the pause: no negative pause is counted.
    expect(changeOf(startClock(s, { now: T0 + 30_000, by: 'ana' })).clock).toEqual({ startedAt: T0, pausedAt: null, pausedMs: 0 });
  });

  it('is for the facilitator only', () => {
    const s = table();
    expect(reasonOf(startClock(s, { now: T0, by: 'ben' }))).toBe('onlyFacilitatorStartsClock');
    const running = apply(s, startClock(s, { now: T0, by: 'ana' }));
    expect(reasonOf(pauseClock(running, { now: T0, by: 'ben' }))).toBe('onlyFacilitatorPausesClock');
  });
});

describe('the meeting length', () => {
  it('is 90 minutes unless the session starts with another whole length between 10 and 240', () => {
    const start = (meetingMinutes?: number) => createSession({ module: MODULE, creator: { id: 'ana', name: 'Ana' }, now: T0, ...(meetingMinutes !== undefined && { meetingMinutes }) }).meetingMinutes;
    expect(start()).toBe(90);
    expect(start(60)).toBe(60);
    expect(start(10)).toBe(10);
    expect(start(240)).toBe(240);
    for (const bad of [9, 241, 62.5, Number.NaN, Number.POSITIVE_INFINITY, -90]) expect(start(bad)).toBe(90);
  });

  it('is changed by the facilitator, within the bounds, and then the plan follows it', () => {
    let s = table();
    s = apply(s, setMeetingLength(s, { minutes: 60, by: 'ana' }));
    expect(s.meetingMinutes).toBe(60);
    expect(changeOf(setMeetingLength(s, { minutes: 60, by: 'ana' }))).toEqual({});
    expect(refusalOf(setMeetingLength(s, { minutes: 5, by: 'ana' }))).toEqual({ ok: false, reason: 'meetingLengthOutOfRange', min: 10, max: 240 });
    expect(refusalOf(setMeetingLength(s, { minutes: 75.5, by: 'ana' }))).toEqual({ ok: false, reason: 'meetingLengthOutOfRange', min: 10, max: 240 });
    expect(reasonOf(setMeetingLength(s, { minutes: 120, by: 'ben' }))).toBe('onlyFacilitatorSetsLength');
    const ended = apply(s, endSession(s, { now: T0, by: 'ana' }));
    expect(reasonOf(setMeetingLength(ended, { minutes: 120, by: 'ana' }))).toBe('onlyFacilitatorSetsLength');
  });
});

describe('endSession', () => {
  it('ends the session, stops the clock and freezes everything', () => {
    let s = table();
    s = apply(s, startClock(s, { now: T0, by: 'ana' }));
    s = advance(s);
    const end = T0 + 45 * MINUTE;
    const change = changeOf(endSession(s, { now: end, by: 'ana' }));
    expect(change).toEqual({ phase: 'ended', endedAt: end, clock: { startedAt: T0, pausedAt: end, pausedMs: 0 } });
    s = applyChange(s, change);
    expect(s.phase).toBe('ended');
    expect(s.endedAt).toBe(end);
    expect(elapsedMs(s.clock, end + 3 * 60 * MINUTE)).toBe(45 * MINUTE);

    expect(canControl(s, 'ana')).toBe(false);
    expect(reasonOf(movePage(s, { to: 2, by: 'ana', now: end + 1, moveId: 'late' }))).toBe('onlyFacilitatorMovesPages');
    expect(reasonOf(movePage(s, { to: 0, by: 'ana', now: end + 1, moveId: 'late' }))).toBe('onlyFacilitatorMovesPages');
    expect(addPerson(s, { id: 'fay', name: 'Fay', by: 'ana' }).ok).toBe(false);
    expect(moveSeat(s, { id: 'dan', index: 0, by: 'ana' }).ok).toBe(false);
    expect(startClock(s, { now: end + 1, by: 'ana' }).ok).toBe(false);
    expect(setPresent(s, { id: 'ben', present: false, by: 'ana' }).ok).toBe(false);

    // Ending again changes nothing.
    const again = endSession(s, { now: end + MINUTE, by: 'ana' });
    const after = again.ok ? applyChange(s, again.change) : s;
    expect(after.endedAt).toBe(end);
    expect(after.clock).toEqual(s.clock);
  });

  it('lets nobody move the pages after the end in anyone mode either', () => {
    let s = table({ controlMode: 'anyone' });
    s = apply(s, endSession(s, { now: T0 + MINUTE, by: 'ana' }));
    expect(canControl(s, 'ben')).toBe(false);
    expect(movePage(s, { to: 1, by: 'ben', now: T0 + 2 * MINUTE, moveId: 'late' }).ok).toBe(false);
  });

  it('keeps a paused clock as it is, and an unstarted clock unstarted', () => {
    let s = table();
    s = apply(s, startClock(s, { now: T0, by: 'ana' }));
    s = apply(s, pauseClock(s, { now: T0 + 10 * MINUTE, by: 'ana' }));
    expect(changeOf(endSession(s, { now: T0 + 20 * MINUTE, by: 'ana' })).clock).toEqual({ startedAt: T0, pausedAt: T0 + 10 * MINUTE, pausedMs: 0 });
    const unstarted = table();
    expect(changeOf(endSession(unstarted, { now: T0 + MINUTE, by: 'ana' })).clock).toEqual({ startedAt: null, pausedAt: null, pausedMs: 0 });
  });

  it('is for the facilitator only', () => {
    expect(reasonOf(endSession(table(), { now: T0, by: 'ben' }))).toBe('onlyFacilitatorEnds');
  });
});

describe('applyChange', () => {
  it('merges participants by id, appends moves and merges readers', () => {
    const s = advance(table()); // readers 0 ana, 1 ben; one move
    const ben = s.participants.find((p) => p.id === 'ben')!;
    const next = applyChange(s, {
      participants: [{ ...ben, name: 'Benny', present: false }, person('eve', 0.5)],
      move: { id: 'x', from: 1, to: 2, at: T0 + 7, by: 'ana' },
      readers: { 1: 'dan', 2: 'eve' },
      page: 2,
    });
    expect(next.participants.map((p) => p.id)).toEqual(['ana', 'eve', 'ben', 'cleo', 'dan']);
    expect(next.participants.find((p) => p.id === 'ben')).toEqual({ id: 'ben', name: 'Benny', seat: 1, present: false, hasDevice: true });
    expect(next.moves).toHaveLength(2);
    expect(next.moves[0]).toEqual(s.moves[0]);
    expect(next.moves[1]).toEqual({ id: 'x', from: 1, to: 2, at: T0 + 7, by: 'ana' });
    expect(next.readers).toEqual({ 0: 'ana', 1: 'dan', 2: 'eve' });
    expect(next.page).toBe(2);
    // Untouched fields stay.
    expect(next.controlMode).toBe(s.controlMode);
    expect(next.facilitatorId).toBe('ana');
    expect(next.clock).toEqual(s.clock);
    expect(next.phase).toBe('pages');
    expect(next.endedAt).toBeNull();
    expect(next.module).toBe(s.module);
  });

  it('leaves the original snapshot as it was', () => {
    const s = table();
    const before = structuredClone(s);
    applyChange(s, { participants: [person('eve', 9)], readers: { 1: 'eve' }, move: { id: 'm', from: 0, to: 1, at: T0, by: 'ana' }, page: 1 });
    expect(s).toEqual(before);
  });

  it('sets the simple fields it is given, including an endedAt of null', () => {
    const s = applyChange(table(), { controlMode: 'anyone', facilitatorId: 'ben', phase: 'closing', endedAt: T0 + 1, clock: { startedAt: T0, pausedAt: null, pausedMs: 4 } });
    expect([s.controlMode, s.facilitatorId, s.phase, s.endedAt]).toEqual(['anyone', 'ben', 'closing', T0 + 1]);
    expect(s.clock).toEqual({ startedAt: T0, pausedAt: null, pausedMs: 4 });
    expect(applyChange(s, { endedAt: null }).endedAt).toBeNull();
    expect(applyChange(s, {}).endedAt).toBe(T0 + 1);
  });
});

describe('rotation properties over random sessions', () => {
  /** Independent of session.ts: the first present person after `afterId` in (seat, id) order, wrapping. */
  function expectedNext(participants: Participant[], afterId: string): string | undefined {
    const seated = [...participants].sort((a, b) => (a.seat !== b.seat ? a.seat - b.seat : a.id < b.id ? -1 : 1));
    const at = seated.findIndex((p) => p.id === afterId);
    for (let step = 1; step <= seated.length; step++) {
      const p = seated[(at + step) % seated.length]!;
      if (p.present) return p.id;
    }
    return undefined;
  }

  it('always gives the current page to a present, known participant', () => {
    const actions = ['advance', 'advance', 'advance', 'back', 'absent', 'present', 'add', 'seat'] as const;
    let checkedAdvances = 0;
    const problems: string[] = [];
    for (let run = 0; run < 500; run++) {
      const random = mulberry32(0x5eed + run);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
      let s = table({ pageCount: 12 });
      let added = 0;
      for (let step = 0; step < 40; step++) {
        const action = pick(actions);
        const before = s;
        const target = pick(s.participants).id;
        if (action === 'advance' && s.page + 1 < s.module.pageCount) s = advance(s);
        else if (action === 'back' && s.page > 0) s = goTo(s, s.page - 1);
        else if (action === 'absent') s = mark(s, target, false);
        else if (action === 'present') s = mark(s, target, true);
        else if (action === 'add') s = apply(s, addPerson(s, { id: `p${(added += 1)}`, name: `Person ${added}`, by: 'ana' }));
        else if (action === 'seat') s = apply(s, moveSeat(s, { id: target, index: Math.floor(random() * (s.participants.length + 2)) - 1, by: 'ana' }));

        // Plain checks, gathered: 20,000 steps of expect() calls would be slow for no gain.
        const context = `run ${run}, step ${step}, ${action}`;
        const ids = new Set(s.participants.map((p) => p.id));
        for (const id of Object.values(s.readers)) if (!ids.has(id)) problems.push(`${context}: reader ${id} is missing`);
        if (s.participants.map((p) => p.id).join() !== order(s).join()) problems.push(`${context}: participants out of seat order`);

        const anyonePresent = s.participants.some((p) => p.present);
        const reader = readerOf(s, s.page);
        if (anyonePresent) {
          if (!reader || !ids.has(reader.id)) problems.push(`${context}: no known reader`);
          else if (!s.participants.find((p) => p.id === reader.id)?.present) problems.push(`${context}: reader ${reader.id} is absent`);
        } else if (reader) {
          problems.push(`${context}: a reader while nobody is present`);
        }

        // A first visit to the next page goes to the next present person after the one who read the page before.
        if (action === 'advance' && s.page === before.page + 1 && before.readers[s.page] === undefined && anyonePresent) {
          const previous = readerOf(before, before.page)!.id;
          const expected = expectedNext(before.participants, previous);
          if (reader?.id !== expected) problems.push(`${context}: read by ${reader?.id}, expected ${expected}`);
          if (s.readers[s.page] !== reader?.id) problems.push(`${context}: the reader is not recorded`);
          checkedAdvances += 1;
        }
      }
    }
    expect(problems).toEqual([]);
    // The check above really ran, many times.
    expect(checkedAdvances).toBeGreaterThan(1000);
  });
});
