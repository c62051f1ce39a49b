// The shape of a session's Y.Doc, in one place: how a SessionSnapshot is seeded into it, read
// back out of it (tolerating anything a faulty or hostile peer may have written), and changed.
//
//   session       Y.Map   shape, module, group, content, createdAt, creatorId, page, controlMode,
//                         facilitatorId, clock, phase, checkedIn, meetingMinutes, endedAt,
//                         nextMeeting (YYYY-MM-DD)
//   participants  Y.Map   participant id → Participant
//   readers       Y.Map   page index (as text) → participant id
//   moves         Y.Array PageMove, in the order they were made
//   shared        Y.Map   shared takeaway id → SharedTakeaway (private takeaways never enter the document)
//   checkins      Y.Map   commitment id → SharedCheckIn (a commitment's status its author chose to share)
//   withdrawn     Y.Map   'shared/<id>' or 'checkins/<id>' → true: what its author withdrew (since shape 2)
//
// Shape 2 added `withdrawn`: a withdrawal deletes the entry and leaves a tombstone, so that a
// stale copy of the document, which lacks an entry it never received, is told apart from one
// whose entry was withdrawn. A shape 1 document opens as it is; its withdrawals left no tombstone.

import type * as Y from 'yjs';
import type { Module } from '../core/module.ts';
import { isMindset } from '../core/module.ts';
import type { ControlMode, PageMove, Participant, SessionChange, SessionClock, SessionGroup, SessionPhase, SessionSnapshot } from '../core/session.ts';
import { MAX_NAME_LENGTH, MEETING_MINUTES, SESSION_SHAPE, bySeat, cleanName, isMeetingLength } from '../core/session.ts';
import type { FieldProblem } from '../core/storedRecord.ts';
import { checkModule } from '../content/moduleRecord.ts';
import { Doc as YDoc, applyUpdate, encodeStateAsUpdate, encodeStateVector } from 'yjs';
import { isCalendarDate } from '../core/journal/dates.ts';
import type { SharedCheckIn, SharedTakeaway } from '../core/takeaways.ts';
import { MAX_COMMITMENT_TEXT, MAX_NOTE_LENGTH, MAX_SHARED_ENTRIES, MAX_TAKEAWAY_LENGTH, clip, readSharedCheckIn, readSharedTakeaway } from '../core/takeaways.ts';

/**
 * Why a session document cannot be read, as a code the interface words: no valid shape
 * version, or a module that does not read (with what the module check found wrong with it).
 */
export type SessionProblem = { code: 'noShape' } | { code: 'unreadableModule'; problem: FieldProblem };

/** What reading a session document gives. */
export type SessionRead =
  | { state: 'empty' }
  | { state: 'newer'; shape: number }
  | { state: 'invalid'; problem: SessionProblem }
  | { state: 'ok'; session: SessionSnapshot; content: Module };

/** The parts of the document, by name. */
export function sessionMaps(doc: Y.Doc) {
  return {
    session: doc.getMap<unknown>('session'),
    participants: doc.getMap<unknown>('participants'),
    readers: doc.getMap<unknown>('readers'),
    moves: doc.getArray<unknown>('moves'),
    shared: doc.getMap<unknown>('shared'),
    checkins: doc.getMap<unknown>('checkins'),
    withdrawn: doc.getMap<unknown>('withdrawn'),
  };
}

/** The shared parts whose entries can be withdrawn. */
type Withdrawable = 'shared' | 'checkins';

const tombstone = (part: Withdrawable, id: string) => `${part}/${id}`;

/**
 * Runs `write` on a copy of `doc` under a fresh, one-time Yjs client id and applies what it
 * wrote to `doc`: the stored document then does not tie the write to this device's others.
 */
function writeAsStranger(doc: Y.Doc, write: (stranger: Y.Doc) => void, origin?: unknown): void {
  const stranger = new YDoc();
  applyUpdate(stranger, encodeStateAsUpdate(doc));
  stranger.transact(() => write(stranger));
  applyUpdate(doc, encodeStateAsUpdate(stranger, encodeStateVector(doc)), origin);
  stranger.destroy();
}

/**
 * Writes a new session into an empty document. Only the device that creates the session calls
 * this: a device that joins never writes defaults, since it cannot know what the others have.
 */
export function seedSession(doc: Y.Doc, session: SessionSnapshot, content: Module): void {
  const maps = sessionMaps(doc);
  if (maps.session.size > 0) throw new Error('seedSession() on a document that already holds a session');
  doc.transact(() => {
    maps.session.set('shape', session.shape);
    maps.session.set('module', session.module);
    if (session.group) maps.session.set('group', session.group);
    maps.session.set('content', content);
    maps.session.set('createdAt', session.createdAt);
    maps.session.set('creatorId', session.creatorId);
    writeScalars(maps.session, session);
    for (const p of session.participants) maps.participants.set(p.id, p);
    for (const [page, id] of Object.entries(session.readers)) maps.readers.set(page, id);
    maps.moves.push(session.moves);
  });
}

function writeScalars(map: Y.Map<unknown>, change: SessionChange): void {
  if (change.page !== undefined) map.set('page', change.page);
  if (change.controlMode !== undefined) map.set('controlMode', change.controlMode);
  if (change.facilitatorId !== undefined) map.set('facilitatorId', change.facilitatorId);
  if (change.clock !== undefined) map.set('clock', change.clock);
  if (change.phase !== undefined) map.set('phase', change.phase);
  if (change.checkedIn !== undefined) map.set('checkedIn', change.checkedIn);
  if (change.meetingMinutes !== undefined) map.set('meetingMinutes', change.meetingMinutes);
  if (change.endedAt !== undefined) map.set('endedAt', change.endedAt);
}

/** Applies a change in one transaction, so that peers see it whole. */
export function applySessionChange(doc: Y.Doc, change: SessionChange, origin?: unknown): void {
  const maps = sessionMaps(doc);
  doc.transact(() => {
    writeScalars(maps.session, change);
    for (const p of change.participants ?? []) maps.participants.set(p.id, p);
    for (const [page, id] of Object.entries(change.readers ?? {})) maps.readers.set(page, id);
    if (change.move) maps.moves.push([change.move]);
  }, origin);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max = 200): value is string => typeof value === 'string' && value.length > 0 && value.length <= max;
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/**
 * One participant as stored, or undefined for one that is not. Only the session's creator may be
 * nameless (they gave no name, and the app stores none for them); anyone else needs a name.
 */
function readParticipant(id: string, value: unknown, creatorId: unknown): Participant | undefined {
  if (!isObject(value) || value.id !== id || !isText(id, 100) || typeof value.name !== 'string') return undefined;
  const name = cleanName(value.name.slice(0, MAX_NAME_LENGTH * 4));
  if ((!name && id !== creatorId) || typeof value.seat !== 'number' || !Number.isFinite(value.seat)) return undefined;
  return { id, name, seat: value.seat, present: value.present === true, hasDevice: value.hasDevice === true };
}

function readMove(value: unknown): PageMove | undefined {
  if (!isObject(value) || !isText(value.id, 100) || !isText(value.by, 100)) return undefined;
  if (!Number.isInteger(value.from) || !Number.isInteger(value.to) || !isCount(value.at)) return undefined;
  return { id: value.id, from: value.from as number, to: value.to as number, at: value.at, by: value.by };
}

function readGroup(value: unknown): SessionGroup | null {
  if (!isObject(value) || !isText(value.id, 100) || typeof value.name !== 'string') return null;
  // A group without a name stays nameless: no device's word for it is ever written or read here.
  return { id: value.id, name: cleanName(value.name.slice(0, MAX_NAME_LENGTH * 4)) };
}

function readClock(value: unknown): SessionClock {
  if (!isObject(value)) return { startedAt: null, pausedAt: null, pausedMs: 0 };
  return {
    startedAt: isCount(value.startedAt) ? value.startedAt : null,
    pausedAt: isCount(value.pausedAt) ? value.pausedAt : null,
    pausedMs: isCount(value.pausedMs) ? value.pausedMs : 0,
  };
}

// The module content never changes after seeding, and Y.Map hands back the same object each
// time, so it is checked once rather than on every update.
const checkedContent = new WeakMap<object, ReturnType<typeof checkModule>>();
function checkContent(value: unknown): ReturnType<typeof checkModule> {
  if (typeof value !== 'object' || value === null) return checkModule(value);
  let checked = checkedContent.get(value);
  if (!checked) checkedContent.set(value, (checked = checkModule(value)));
  return checked;
}

// The module a document was last read with. The shape and content are written once, at
// seeding; a peer that later overwrites them with garbage must not take the session from the
// others, so a device that has read them well goes on with what it read.
const lastGoodContent = new WeakMap<Y.Doc, Module>();

/** Reads the session out of the document. Malformed entries are left out, never trusted. */
export function readSession(doc: Y.Doc): SessionRead {
  const maps = sessionMaps(doc);
  const shape = maps.session.get('shape');
  const known = lastGoodContent.get(doc);
  if (shape === undefined && !known) return { state: 'empty' };
  const shapeOk = typeof shape === 'number' && Number.isInteger(shape) && shape >= 1;
  if (!shapeOk && !known) return { state: 'invalid', problem: { code: 'noShape' } };
  if (shapeOk && shape > SESSION_SHAPE) return { state: 'newer', shape };

  const checked = checkContent(maps.session.get('content'));
  if (!checked.ok && !known) return { state: 'invalid', problem: { code: 'unreadableModule', problem: checked.problem } };
  const content = checked.ok ? checked.value : known!;
  if (checked.ok) lastGoodContent.set(doc, content);
  const module = maps.session.get('module');
  const mindset = isObject(module) && isMindset(module.mindset) ? module.mindset : content.mindset;
  const pageCount = content.pages.length;

  const creatorId = maps.session.get('creatorId');
  const participants: Participant[] = [];
  maps.participants.forEach((value, id) => {
    const p = readParticipant(id, value, creatorId);
    if (p) participants.push(p);
  });
  const readers: Record<number, string> = {};
  maps.readers.forEach((value, key) => {
    // Only a key written exactly as a page number counts: '00', ' 0' or '0e0' would let a
    // peer overwrite page 0 in an order that differs from device to device.
    const page = Number(key);
    if (key === String(page) && Number.isInteger(page) && page >= 0 && page < pageCount && isText(value, 100)) readers[page] = value;
  });
  const moves = maps.moves.toArray().map(readMove).filter((m): m is PageMove => m !== undefined);
  const page = maps.session.get('page');
  const controlMode = maps.session.get('controlMode');
  const phase = maps.session.get('phase');
  const facilitatorId = maps.session.get('facilitatorId');
  const createdAt = maps.session.get('createdAt');
  const endedAt = maps.session.get('endedAt');
  const meetingMinutes = maps.session.get('meetingMinutes');

  const readPhase = (['checkin', 'pages', 'closing', 'ended'] as SessionPhase[]).includes(phase as SessionPhase) ? (phase as SessionPhase) : 'pages';
  const session: SessionSnapshot = {
    shape: shapeOk ? shape : SESSION_SHAPE,
    module: { id: content.id, version: content.version, title: content.title, mindset, pageCount },
    group: readGroup(maps.session.get('group')),
    createdAt: isCount(createdAt) ? createdAt : 0,
    creatorId: isText(creatorId, 100) ? creatorId : '',
    page: Number.isInteger(page) ? Math.max(0, Math.min(pageCount - 1, page as number)) : 0,
    moves,
    participants: bySeat(participants),
    readers,
    controlMode: controlMode === 'anyone' ? 'anyone' : ('facilitator' satisfies ControlMode),
    facilitatorId: isText(facilitatorId, 100) ? facilitatorId : isText(creatorId, 100) ? creatorId : '',
    clock: readClock(maps.session.get('clock')),
    phase: readPhase,
    // A document from before this field: a check-in under way still counts.
    checkedIn: maps.session.get('checkedIn') === true || readPhase === 'checkin',
    // A document from before this field, or a length no one could have chosen: the standard meeting.
    meetingMinutes: isMeetingLength(meetingMinutes) ? meetingMinutes : MEETING_MINUTES,
    endedAt: isCount(endedAt) ? endedAt : null,
  };
  return { state: 'ok', session, content };
}

// Shared takeaways and check-ins

/**
 * Copies a takeaway into the shared session. An anonymous one (authorId and authorName null)
 * is written under a fresh, one-time Yjs client id, so that the stored document does not tie it
 * to the device's other writes (such as its own join). The connection that carries it can still
 * tell a modified peer where it came from: anonymity is from the people at the table.
 */
export function shareTakeaway(doc: Y.Doc, entry: SharedTakeaway, origin?: unknown): void {
  const anonymous = entry.authorId === null || entry.authorName === null;
  const value: SharedTakeaway = {
    id: entry.id,
    text: clip(entry.text, MAX_TAKEAWAY_LENGTH),
    authorId: anonymous ? null : entry.authorId,
    authorName: anonymous ? null : clip(entry.authorName ?? '', MAX_NAME_LENGTH),
    sharedAt: entry.sharedAt,
  };
  const write = (target: Y.Doc) => {
    const maps = sessionMaps(target);
    maps.shared.set(value.id, value);
    // Shared again after a withdrawal: it is no longer withdrawn.
    if (maps.withdrawn.has(tombstone('shared', value.id))) maps.withdrawn.delete(tombstone('shared', value.id));
  };
  if (anonymous) writeAsStranger(doc, write, origin);
  else doc.transact(() => write(doc), origin);
}

/**
 * Takes a shared takeaway back out of the session, leaving a tombstone. A named one is removed
 * only for its author (`by`); an anonymous one by whoever holds its id, which only the author's
 * device keeps, and its tombstone is written as the share was, by no device the others know.
 */
export function withdrawTakeaway(doc: Y.Doc, id: string, by: string, origin?: unknown): boolean {
  const { shared } = sessionMaps(doc);
  if (!shared.has(id)) return false;
  const entry = readSharedTakeaway(id, shared.get(id));
  if (entry?.authorId && entry.authorId !== by) return false;
  const write = (target: Y.Doc) => {
    const maps = sessionMaps(target);
    maps.shared.delete(id);
    maps.withdrawn.set(tombstone('shared', id), true);
  };
  if (entry && entry.authorId === null) writeAsStranger(doc, write, origin);
  else doc.transact(() => write(doc), origin);
  return true;
}

/** The ids of the shared takeaways and check-ins their authors withdrew, from the document's tombstones. */
export function readWithdrawn(doc: Y.Doc): Record<Withdrawable, Set<string>> {
  const withdrawn: Record<Withdrawable, Set<string>> = { shared: new Set(), checkins: new Set() };
  sessionMaps(doc).withdrawn.forEach((value, key) => {
    const slash = key.indexOf('/');
    const part = key.slice(0, slash);
    const id = key.slice(slash + 1);
    if (value === true && (part === 'shared' || part === 'checkins') && id.length > 0 && id.length <= 100) withdrawn[part].add(id);
  });
  return withdrawn;
}

function readEntries<T extends { id: string; sharedAt: number }>(map: Y.Map<unknown>, read: (id: string, value: unknown) => T | undefined): T[] {
  const entries: T[] = [];
  map.forEach((value, id) => {
    const entry = read(id, value);
    if (entry) entries.push(entry);
  });
  entries.sort((a, b) => a.sharedAt - b.sharedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return entries.slice(0, MAX_SHARED_ENTRIES);
}

/** The group's shared takeaways, oldest first. Malformed or oversized entries are left out. */
export function readSharedTakeaways(doc: Y.Doc): SharedTakeaway[] {
  return readEntries(sessionMaps(doc).shared, readSharedTakeaway);
}

/** Shares (or updates) the status of one of my commitments with the group. */
export function shareCheckIn(doc: Y.Doc, entry: SharedCheckIn, origin?: unknown): void {
  const value: SharedCheckIn = {
    ...entry,
    authorName: clip(entry.authorName, MAX_NAME_LENGTH),
    what: clip(entry.what, MAX_COMMITMENT_TEXT),
    note: clip(entry.note, MAX_NOTE_LENGTH),
  };
  doc.transact(() => {
    const maps = sessionMaps(doc);
    maps.checkins.set(value.id, value);
    if (maps.withdrawn.has(tombstone('checkins', value.id))) maps.withdrawn.delete(tombstone('checkins', value.id));
  }, origin);
}

/** Stops sharing a commitment's status, leaving a tombstone; only its author (`by`) can. */
export function withdrawCheckIn(doc: Y.Doc, id: string, by: string, origin?: unknown): boolean {
  const { checkins, withdrawn } = sessionMaps(doc);
  const entry = readSharedCheckIn(id, checkins.get(id));
  if (!checkins.has(id) || (entry && entry.authorId !== by)) return false;
  doc.transact(() => {
    checkins.delete(id);
    withdrawn.set(tombstone('checkins', id), true);
  }, origin);
  return true;
}

/** The commitment statuses shared with the group, oldest first. Malformed entries are left out. */
export function readSharedCheckIns(doc: Y.Doc): SharedCheckIn[] {
  return readEntries(sessionMaps(doc).checkins, readSharedCheckIn);
}

/** Sets (or with null clears) the next meeting's date, YYYY-MM-DD. An invalid date is not written. */
export function setNextMeeting(doc: Y.Doc, date: string | null, origin?: unknown): boolean {
  const { session } = sessionMaps(doc);
  if (date !== null && !isCalendarDate(date)) return false;
  doc.transact(() => (date === null ? session.delete('nextMeeting') : session.set('nextMeeting', date)), origin);
  return true;
}

/** The next meeting's date, or null when none (or no valid one) is set. */
export function readNextMeeting(doc: Y.Doc): string | null {
  const value = sessionMaps(doc).session.get('nextMeeting');
  return isCalendarDate(value) ? value : null;
}
