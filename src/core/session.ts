// The rules of a live session, as pure functions: who reads which page, who may move pages,
// joining, leaving, the seats, handing over facilitation and the clock. Each action returns a
// SessionChange (what to write), which the sync layer applies to the shared document.

import type { Mindset } from './module.ts';

/**
 * The version of the session's shape, stored in the shared document. 2: withdrawals leave
 * tombstones (see src/sync/sessionDoc.ts). 3: the app stores no words of its own: a person who
 * gave no name (the facilitator, a check-in's author) has an empty name, which each device words
 * in its own language, so an older app, which would drop such a person, says to update instead.
 */
export const SESSION_SHAPE = 3;

/** Who may move the pages: the facilitator only, or anyone in the room. */
export type ControlMode = 'facilitator' | 'anyone';

/** Where the meeting is in its agenda. */
export type SessionPhase = 'checkin' | 'pages' | 'closing' | 'ended';

/** One person at the table, with or without a device. */
export interface Participant {
  id: string;
  name: string;
  /** Seat order: lower sits earlier in the rotation. Fractions let a seat move between two others. */
  seat: number;
  present: boolean;
  hasDevice: boolean;
}

/** One page move, kept as history. */
export interface PageMove {
  id: string;
  from: number;
  to: number;
  at: number;
  by: string;
}

/** The session clock: when it started, and the time it spent paused. */
export interface SessionClock {
  startedAt: number | null;
  pausedAt: number | null;
  pausedMs: number;
}

/** The module a session works through. */
export interface SessionModule {
  id: string;
  version: number;
  title: string;
  mindset: Mindset;
  pageCount: number;
}

/** The group that meets: the same id from one meeting to the next, so that a meeting can open with the last one's commitments. */
export interface SessionGroup {
  id: string;
  name: string;
}

/** The whole state of a session, as read from the shared document. */
export interface SessionSnapshot {
  shape: number;
  module: SessionModule;
  /** Null for a one-off session with no group. */
  group: SessionGroup | null;
  createdAt: number;
  creatorId: string;
  page: number;
  moves: PageMove[];
  /** In seat order. */
  participants: Participant[];
  /** Who read (or reads) each page, by page index. */
  readers: Record<number, string>;
  controlMode: ControlMode;
  facilitatorId: string;
  clock: SessionClock;
  phase: SessionPhase;
  /** Whether the meeting opened on a check-in or went to one: its plan then gives it time. */
  checkedIn: boolean;
  /** How long the meeting is planned to last, in whole minutes: the agenda shares this out. */
  meetingMinutes: number;
  endedAt: number | null;
}

/** What an action writes. Absent fields stay as they are. */
export interface SessionChange {
  page?: number;
  move?: PageMove;
  readers?: Record<number, string>;
  /** Participants to add or replace, by id. */
  participants?: Participant[];
  controlMode?: ControlMode;
  facilitatorId?: string;
  clock?: SessionClock;
  phase?: SessionPhase;
  checkedIn?: boolean;
  meetingMinutes?: number;
  endedAt?: number | null;
}

/** Why an action is not allowed: a code (`reason`) and its figures, which the interface words. */
export type SessionRefusal =
  | { reason: 'onlyFacilitatorMovesPages' }
  | { reason: 'noSuchPage'; page: number; pageCount: number }
  | { reason: 'nameNeededToJoin' }
  | { reason: 'onlyFacilitatorAddsPeople' }
  | { reason: 'personNeedsName' }
  | { reason: 'personNotInSession' }
  | { reason: 'onlyFacilitatorMarksPresence' }
  | { reason: 'onlyFacilitatorMovesSeats' }
  | { reason: 'onlyFacilitatorHandsOver' }
  | { reason: 'handOverNeedsDevice' }
  | { reason: 'onlyFacilitatorSetsControl' }
  | { reason: 'onlyFacilitatorStartsClock' }
  | { reason: 'onlyFacilitatorPausesClock' }
  | { reason: 'onlyFacilitatorSetsLength' }
  | { reason: 'meetingLengthOutOfRange'; min: number; max: number }
  | { reason: 'onlyFacilitatorMovesAgenda' }
  | { reason: 'endWithEndSession' }
  | { reason: 'onlyFacilitatorEnds' }
  // Taking over facilitation (core/takeover.ts).
  | { reason: 'sessionEnded' }
  | { reason: 'anyoneMovesAlready' }
  | { reason: 'facilitatesAlready' }
  | { reason: 'takeOverNeedsDevice' }
  | { reason: 'facilitatorStillHere' };

/** A refusal's code. */
export type SessionRefusalCode = SessionRefusal['reason'];

/** The outcome of an action: a change to write, or why it is not allowed. */
export type ActionResult = { ok: true; change: SessionChange } | ({ ok: false } & SessionRefusal);

const ok = (change: SessionChange): ActionResult => ({ ok: true, change });
const refuse = (refusal: SessionRefusal): ActionResult => ({ ok: false, ...refusal });

/** The longest name kept; longer ones are cut, so that no peer can flood the screens. */
export const MAX_NAME_LENGTH = 60;

/** Tidies a display name: trimmed, single spaces, at most MAX_NAME_LENGTH characters. */
export function cleanName(name: string): string {
  // Cut by code points, not UTF-16 units, so that an emoji is never split in half.
  return Array.from(name.replace(/\s+/g, ' ').trim()).slice(0, MAX_NAME_LENGTH).join('').trim();
}

/**
 * The seed of a new session: its creator sits first, facilitates and reads the first page. A
 * creator who gave no name is stored nameless (''), never under a word the app chose, so that
 * each device words them in its own language; so is a group without a name.
 */
export function createSession(input: {
  module: SessionModule;
  creator: { id: string; name: string };
  now: number;
  controlMode?: ControlMode;
  group?: SessionGroup | null;
  /** 'checkin' when the group met before and has commitments to look back on. */
  phase?: 'checkin' | 'pages';
  meetingMinutes?: number;
}): SessionSnapshot {
  const creator: Participant = { id: input.creator.id, name: cleanName(input.creator.name), seat: 0, present: true, hasDevice: true };
  return {
    shape: SESSION_SHAPE,
    module: input.module,
    group: input.group ? { id: input.group.id, name: cleanName(input.group.name) } : null,
    createdAt: input.now,
    creatorId: creator.id,
    page: 0,
    moves: [],
    participants: [creator],
    readers: { 0: creator.id },
    controlMode: input.controlMode ?? 'facilitator',
    facilitatorId: creator.id,
    clock: { startedAt: null, pausedAt: null, pausedMs: 0 },
    phase: input.phase ?? 'pages',
    checkedIn: input.phase === 'checkin',
    meetingMinutes: isMeetingLength(input.meetingMinutes) ? input.meetingMinutes : MEETING_MINUTES,
    endedAt: null,
  };
}

/** Participants in seat order (ties broken by id, so that every device agrees). */
export function bySeat(participants: Participant[]): Participant[] {
  return [...participants].sort((a, b) => a.seat - b.seat || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The next present participant after `afterId` in seat order, wrapping round; the first present one if `afterId` is unknown. */
export function nextPresent(participants: Participant[], afterId: string | undefined): Participant | undefined {
  const seated = bySeat(participants);
  const present = seated.filter((p) => p.present);
  if (present.length === 0) return undefined;
  const from = seated.findIndex((p) => p.id === afterId);
  if (from < 0) return present[0];
  for (let step = 1; step <= seated.length; step++) {
    const candidate = seated[(from + step) % seated.length] as Participant;
    if (candidate.present) return candidate;
  }
  return undefined;
}

/**
 * Who reads `page`: the one assigned if still present (or, if they left, the next present one
 * after them); for a page nobody has read yet, the next present one after whoever read the last
 * page read before it (skipped pages were not read). "Next:", a move and a jump all agree.
 */
export function readerOf(session: SessionSnapshot, page: number): Participant | undefined {
  const assignedId = session.readers[page];
  if (assignedId !== undefined) {
    const assigned = session.participants.find((p) => p.id === assignedId);
    return assigned?.present ? assigned : nextPresent(session.participants, assignedId);
  }
  // The last page read before this one: one with a reader, or the page the group is on.
  const read = Object.keys(session.readers).map(Number).filter((p) => p < page);
  if (session.page < page) read.push(session.page);
  const last = read.length > 0 ? Math.max(...read) : undefined;
  return nextPresent(session.participants, last === undefined ? undefined : readerOf(session, last)?.id);
}

/** Who reads the page after the current one. */
export function nextReaderOf(session: SessionSnapshot): Participant | undefined {
  return session.page + 1 < session.module.pageCount ? readerOf(session, session.page + 1) : undefined;
}

/** Whether `participantId` may move pages now. */
export function canControl(session: SessionSnapshot, participantId: string | undefined): boolean {
  if (!participantId || session.phase === 'ended') return false;
  if (session.facilitatorId === participantId) return true;
  return session.controlMode === 'anyone' && session.participants.some((p) => p.id === participantId && p.hasDevice);
}

/** Moves to page `to` (0-based), assigning its reader if it has none yet. */
export function movePage(session: SessionSnapshot, input: { to: number; by: string; now: number; moveId: string }): ActionResult {
  const { to, by } = input;
  if (!canControl(session, by)) return refuse({ reason: 'onlyFacilitatorMovesPages' });
  if (!Number.isInteger(to) || to < 0 || to >= session.module.pageCount) return refuse({ reason: 'noSuchPage', page: to + 1, pageCount: session.module.pageCount });
  if (to === session.page) return ok({});
  const readers: Record<number, string> = {};
  if (session.readers[to] === undefined) {
    const reader = readerOf(session, to);
    if (reader) readers[to] = reader.id;
  }
  return ok({ page: to, move: { id: input.moveId, from: session.page, to, at: input.now, by }, readers });
}

/** Joins a device's person, or marks them present again with their (new) name. */
export function join(session: SessionSnapshot, person: { id: string; name: string }): ActionResult {
  const name = cleanName(person.name);
  if (!name) return refuse({ reason: 'nameNeededToJoin' });
  const existing = session.participants.find((p) => p.id === person.id);
  if (existing) return ok({ participants: [{ ...existing, name, present: true, hasDevice: true }] });
  return ok({ participants: [{ id: person.id, name, seat: lastSeat(session) + 1, present: true, hasDevice: true }] });
}

/** Adds a person who has no device; they take their turn at reading all the same. */
export function addPerson(session: SessionSnapshot, input: { id: string; name: string; by: string }): ActionResult {
  if (!canManage(session, input.by)) return refuse({ reason: 'onlyFacilitatorAddsPeople' });
  const name = cleanName(input.name);
  if (!name) return refuse({ reason: 'personNeedsName' });
  return ok({ participants: [{ id: input.id, name, seat: lastSeat(session) + 1, present: true, hasDevice: false }] });
}

/** Marks someone present or absent. An absent person is skipped in the rotation. */
export function setPresent(session: SessionSnapshot, input: { id: string; present: boolean; by: string }): ActionResult {
  const person = session.participants.find((p) => p.id === input.id);
  if (!person) return refuse({ reason: 'personNotInSession' });
  if (input.by !== input.id && !canManage(session, input.by)) return refuse({ reason: 'onlyFacilitatorMarksPresence' });
  const change: SessionChange = { participants: [{ ...person, present: input.present }] };
  // If the current reader leaves, the page passes to the next person at once.
  if (!input.present && readerOf(session, session.page)?.id === person.id) {
    const others = session.participants.map((p) => (p.id === person.id ? { ...p, present: false } : p));
    const next = nextPresent(others, person.id);
    if (next) change.readers = { [session.page]: next.id };
  }
  return ok(change);
}

/** Moves a person to position `index` (0-based) in the seat order. */
export function moveSeat(session: SessionSnapshot, input: { id: string; index: number; by: string }): ActionResult {
  if (!canManage(session, input.by)) return refuse({ reason: 'onlyFacilitatorMovesSeats' });
  const seated = bySeat(session.participants);
  const person = seated.find((p) => p.id === input.id);
  if (!person) return refuse({ reason: 'personNotInSession' });
  const others = seated.filter((p) => p.id !== input.id);
  const index = Math.max(0, Math.min(others.length, input.index));
  // Seats are renumbered 0, 1, 2… in the new order, which also separates people who joined at
  // the same moment and took the same seat. Only those whose seat changes are written.
  const order = [...others.slice(0, index), person, ...others.slice(index)];
  const moved = order.map((p, seat) => ({ ...p, seat })).filter((p, i) => p.seat !== (order[i] as Participant).seat || p.id === person.id);
  return ok({ participants: moved });
}

/** Hands facilitation to another participant with a device. */
export function handOver(session: SessionSnapshot, input: { to: string; by: string }): ActionResult {
  if (!canManage(session, input.by)) return refuse({ reason: 'onlyFacilitatorHandsOver' });
  const to = session.participants.find((p) => p.id === input.to);
  if (!to?.hasDevice) return refuse({ reason: 'handOverNeedsDevice' });
  return ok({ facilitatorId: to.id });
}

/** Switches who may move the pages. */
export function setControlMode(session: SessionSnapshot, input: { mode: ControlMode; by: string }): ActionResult {
  if (!canManage(session, input.by)) return refuse({ reason: 'onlyFacilitatorSetsControl' });
  return ok({ controlMode: input.mode });
}

/** Starts the clock, or resumes it after a pause. */
export function startClock(session: SessionSnapshot, input: { now: number; by: string }): ActionResult {
  if (!canManage(session, input.by)) return refuse({ reason: 'onlyFacilitatorStartsClock' });
  const { clock } = session;
  if (clock.startedAt === null) return ok({ clock: { startedAt: input.now, pausedAt: null, pausedMs: 0 } });
  if (clock.pausedAt === null) return ok({});
  return ok({ clock: { ...clock, pausedAt: null, pausedMs: clock.pausedMs + Math.max(0, input.now - clock.pausedAt) } });
}

/** Pauses the clock. */
export function pauseClock(session: SessionSnapshot, input: { now: number; by: string }): ActionResult {
  if (!canManage(session, input.by)) return refuse({ reason: 'onlyFacilitatorPausesClock' });
  if (session.clock.startedAt === null || session.clock.pausedAt !== null) return ok({});
  return ok({ clock: { ...session.clock, pausedAt: input.now } });
}

/** The standard length of a meeting, in minutes. */
export const MEETING_MINUTES = 90;

/** The shortest and longest meeting a facilitator can plan, in minutes: the range a module may suggest. */
export const MIN_MEETING_MINUTES = 10;
export const MAX_MEETING_MINUTES = 240;

/** Whether `minutes` is a meeting length the agenda can plan: whole minutes, within the bounds. */
export function isMeetingLength(minutes: unknown): minutes is number {
  return Number.isInteger(minutes) && (minutes as number) >= MIN_MEETING_MINUTES && (minutes as number) <= MAX_MEETING_MINUTES;
}

/** Changes how long the meeting is planned to last; the agenda's steps share the new length. */
export function setMeetingLength(session: SessionSnapshot, input: { minutes: number; by: string }): ActionResult {
  if (!canManage(session, input.by)) return refuse({ reason: 'onlyFacilitatorSetsLength' });
  if (!isMeetingLength(input.minutes)) return refuse({ reason: 'meetingLengthOutOfRange', min: MIN_MEETING_MINUTES, max: MAX_MEETING_MINUTES });
  if (input.minutes === session.meetingMinutes) return ok({});
  return ok({ meetingMinutes: input.minutes });
}

/** Milliseconds the session has run, not counting pauses. */
export function elapsedMs(clock: SessionClock, now: number): number {
  if (clock.startedAt === null) return 0;
  const end = clock.pausedAt ?? now;
  return Math.max(0, end - clock.startedAt - clock.pausedMs);
}

/** The agenda's steps before the end, in order. */
export const AGENDA: readonly SessionPhase[] = ['checkin', 'pages', 'closing'];

/** Moves the meeting to another step of its agenda: check-in, pages or closing round. Ending is `endSession`. */
export function setPhase(session: SessionSnapshot, input: { phase: SessionPhase; by: string }): ActionResult {
  if (!canControl(session, input.by)) return refuse({ reason: 'onlyFacilitatorMovesAgenda' });
  if (input.phase === 'ended' || !AGENDA.includes(input.phase)) return refuse({ reason: 'endWithEndSession' });
  if (input.phase === session.phase) return ok({});
  return ok(input.phase === 'checkin' && !session.checkedIn ? { phase: input.phase, checkedIn: true } : { phase: input.phase });
}

/** Ends the session. */
export function endSession(session: SessionSnapshot, input: { now: number; by: string }): ActionResult {
  if (!canManage(session, input.by)) return refuse({ reason: 'onlyFacilitatorEnds' });
  if (session.phase === 'ended') return ok({});
  const clock = session.clock.pausedAt === null && session.clock.startedAt !== null ? { ...session.clock, pausedAt: input.now } : session.clock;
  return ok({ phase: 'ended', endedAt: input.now, clock });
}

/** Applies a change to a snapshot, as the shared document would. */
export function applyChange(session: SessionSnapshot, change: SessionChange): SessionSnapshot {
  const participants = new Map(session.participants.map((p) => [p.id, p]));
  for (const p of change.participants ?? []) participants.set(p.id, p);
  return {
    ...session,
    page: change.page ?? session.page,
    moves: change.move ? [...session.moves, change.move] : session.moves,
    readers: { ...session.readers, ...change.readers },
    participants: bySeat([...participants.values()]),
    controlMode: change.controlMode ?? session.controlMode,
    facilitatorId: change.facilitatorId ?? session.facilitatorId,
    clock: change.clock ?? session.clock,
    phase: change.phase ?? session.phase,
    checkedIn: change.checkedIn ?? session.checkedIn,
    meetingMinutes: change.meetingMinutes ?? session.meetingMinutes,
    endedAt: change.endedAt === undefined ? session.endedAt : change.endedAt,
  };
}

function canManage(session: SessionSnapshot, by: string): boolean {
  return session.phase !== 'ended' && session.facilitatorId === by;
}

function lastSeat(session: SessionSnapshot): number {
  return session.participants.reduce((max, p) => Math.max(max, p.seat), -1);
}
