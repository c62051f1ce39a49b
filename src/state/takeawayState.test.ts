import { computed, effect, signal } from '@preact/signals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addDays, localDate } from '../core/journal/dates.ts';
import type { Module } from '../core/module.ts';
import type { SessionGroup } from '../core/session.ts';
import { applyChange, createSession, join, movePage } from '../core/session.ts';
import type { CommitmentRecord, RoundtableDb } from '../storage/db.ts';
import { createDb } from '../storage/db.ts';
import { rememberSession } from '../storage/deviceRepo.ts';
import { createJournalRepo } from '../storage/journalRepo.ts';
import { applySessionChange, readSession, readSharedTakeaways, seedSession, sessionMaps } from '../sync/sessionDoc.ts';
import type { TakeawayState } from './takeawayState.ts';
import { groupsMetBefore } from '../storage/deviceRepo.ts';
import { createTakeawayState, startOptions } from './takeawayState.ts';

const NOW = new Date(2025, 5, 3, 10, 0, 0).getTime();
const ROOM = 'room-june';
const GROUP: SessionGroup = { id: 'g-blue', name: 'Blue group' };
let dbCount = 0;
const opened: RoundtableDb[] = [];

afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) await db.delete();
});

function module(): Module {
  return {
    id: 'feedback-module', title: 'Feedback', mindset: 'collaboration', summary: 'S', author: 'A', minutes: 45, version: 1, tags: [], pageCount: 3, source: 'user', format: 1, intro: [],
    pages: [0, 1, 2].map((i) => ({ title: `P${i}`, minutes: 5, blocks: [], prompt: { kind: 'question' as const, text: `Q${i}?` } })),
  };
}

function freshDb(): RoundtableDb {
  const db = createDb(`takeaway-state-${++dbCount}-${Date.now()}`);
  opened.push(db);
  return db;
}

/** Two documents whose updates travel only when `flush()` is called, as a test network would carry them. */
function twoDocs() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const queue: [Y.Doc, Uint8Array][] = [];
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'net' && queue.push([b, u]));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'net' && queue.push([a, u]));
  const flush = () => {
    for (const [to, update] of queue.splice(0)) Y.applyUpdate(to, update, 'net');
  };
  return { a, b, flush };
}

/** One device: its own database, its document, and its takeaway state. */
async function device(doc: Y.Doc, deviceId: string, db = freshDb(), clock = { t: NOW }) {
  const repo = createJournalRepo(db);
  await rememberSession(db, { roomId: ROOM, secret: 's', role: 'participant', creator: false, moduleId: 'm1', moduleTitle: 'Feedback', joinedAt: NOW, lastOpenedAt: NOW });
  const version = signal(0);
  doc.on('update', () => version.value++);
  const session = computed(() => {
    void version.value;
    const read = readSession(doc);
    return read.state === 'ok' ? read.session : undefined;
  });
  let ids = 0;
  const state = createTakeawayState({ db, repo, doc, session, roomId: ROOM, deviceId, role: 'participant', now: () => clock.t, newId: () => `${deviceId}-id-${++ids}` });
  await state.ready;
  return { db, repo, state, clock };
}

/** Ana facilitates (and seeded the session); Ben joined. */
async function meeting(group: SessionGroup | null = GROUP) {
  const net = twoDocs();
  const seeded = createSession({ module: { id: 'feedback-module', version: 1, title: 'Feedback', mindset: 'collaboration', pageCount: 3 }, creator: { id: 'ana', name: 'Ana' }, now: NOW, group });
  seedSession(net.a, seeded, module());
  const joined = join(seeded, { id: 'ben', name: 'Ben' });
  if (joined.ok) applySessionChange(net.a, joined.change);
  net.flush();
  const ana = await device(net.a, 'ana');
  const ben = await device(net.b, 'ben');
  return { ...net, ana, ben };
}

const docHolds = (doc: Y.Doc, text: string) => new TextDecoder().decode(Y.encodeStateAsUpdate(doc)).includes(text);

async function typeInto(state: TakeawayState, id: string, text: string) {
  for (let i = 1; i <= text.length; i++) await state.editTakeaway(id, text.slice(0, i));
}

describe('my takeaways', () => {
  it('are saved on this device as typed and never enter the shared document', async () => {
    const { a, b, flush, ana } = await meeting();
    const id = ana.state.draftId.value;
    const saves = vi.spyOn(ana.repo, 'saveTakeaway');
    await typeInto(ana.state, id, 'PRIVATE-marker');
    flush();
    expect(saves).toHaveBeenCalledTimes('PRIVATE-marker'.length);
    expect((await ana.repo.listTakeaways(ROOM)).map((t) => t.text)).toEqual(['PRIVATE-marker']);
    expect(ana.state.saveStatus.value).toBe('saved');
    // The draft became a takeaway, and a new draft waits.
    expect(ana.state.draftId.value).not.toBe(id);
    expect(docHolds(a, 'PRIVATE-marker')).toBe(false);
    expect(docHolds(b, 'PRIVATE-marker')).toBe(false);
    // The record knows its group and room.
    expect((await ana.db.takeaways.get(id))).toMatchObject({ roomId: ROOM, groupId: GROUP.id, shared: null });
  });

  it('tells people when storage is full, and keeps the words on screen', async () => {
    const { ana } = await meeting();
    const id = ana.state.draftId.value;
    await ana.state.editTakeaway(id, 'Kept');
    vi.spyOn(ana.db.takeaways, 'put').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(await ana.state.editTakeaway(id, 'Kept and more')).toBe(false);
    expect(ana.state.saveStatus.value).toBe('full');
    expect(ana.state.saveProblem.value).toMatch(/Storage is full/);
    expect(ana.state.mine.value[0]!.text).toBe('Kept and more');
    expect((await ana.db.takeaways.get(id))!.text).toBe('Kept');
    vi.restoreAllMocks();
    await ana.state.editTakeaway(id, 'Kept and more!');
    expect(ana.state.saveStatus.value).toBe('saved');
  });

  it('an emptied takeaway leaves storage but stays on screen', async () => {
    const { ana } = await meeting();
    const id = ana.state.draftId.value;
    await ana.state.editTakeaway(id, 'x');
    await ana.state.editTakeaway(id, '');
    expect(await ana.db.takeaways.get(id)).toBeUndefined();
    expect(ana.state.mine.value.map((t) => t.id)).toEqual([id]);
  });
});

describe('sharing with the group', () => {
  it('shares with my name or anonymously, copies into the journal, and withdraws', async () => {
    const { a, b, flush, ana, ben } = await meeting();
    expect(ana.state.canShareNamed.value).toBe(true);
    const first = ana.state.draftId.value;
    await ana.state.editTakeaway(first, 'Ask before advising');
    const second = ana.state.draftId.value;
    await ana.state.editTakeaway(second, 'Silence helps');
    expect(await ana.state.share(first, false)).toBe(true);
    expect(await ana.state.share(second, true)).toBe(true);
    flush();

    expect(ben.state.shared.value.map((s) => [s.text, s.authorName])).toEqual([
      ['Ask before advising', 'Ana'],
      ['Silence helps', null],
    ]);
    expect(ben.state.shared.value[1]!.authorId).toBeNull();
    // Ana's device remembers which shared copy is hers, the anonymous one too.
    expect((await ana.db.takeaways.get(second))!.shared).toEqual({ sharedId: ben.state.shared.value[1]!.id, anonymous: true });
    await vi.waitFor(async () => expect((await ben.db.sharedTakeaways.where('roomId').equals(ROOM).toArray()).map((s) => s.text).sort()).toEqual(['Ask before advising', 'Silence helps']));

    // Later edits stay private: the shared copy is what was shared.
    await ana.state.editTakeaway(first, 'Ask before advising, mostly');
    flush();
    expect(docHolds(b, 'mostly')).toBe(false);

    await ana.state.withdraw(second);
    flush();
    expect(ben.state.shared.value.map((s) => s.text)).toEqual(['Ask before advising']);
    // Withdrawn, its text is collected out of the documents, not only hidden.
    expect(docHolds(a, 'Silence helps')).toBe(false);
    expect(docHolds(b, 'Silence helps')).toBe(false);
    await vi.waitFor(async () => expect((await ben.db.sharedTakeaways.toArray()).map((s) => s.text)).toEqual(['Ask before advising']));
    expect((await ana.db.takeaways.get(second))!.shared).toBeNull();

    // Deleting a shared takeaway withdraws it as well.
    await ana.state.removeTakeaway(first);
    flush();
    expect(ben.state.shared.value).toEqual([]);
    expect(await ana.db.takeaways.get(first)).toBeUndefined();
  });

  it('re-reads the shared takeaways, check-ins and next meeting only when they change, not on a page move', async () => {
    const { a, flush, ana, ben } = await meeting();
    const before = { shared: ben.state.shared.value, checkIns: ben.state.checkIns.value };
    const seeded = readSession(a);
    if (seeded.state !== 'ok') throw new Error('no session');
    const moved = movePage(seeded.session, { to: 1, by: 'ana', now: NOW, moveId: 'm1' });
    if (!moved.ok) throw new Error(moved.reason);
    applySessionChange(a, moved.change);
    flush();
    // The same arrays, not equal copies: nothing that shows them has to draw again.
    expect(ben.state.shared.value).toBe(before.shared);
    expect(ben.state.checkIns.value).toBe(before.checkIns);

    const id = ana.state.draftId.value;
    await ana.state.editTakeaway(id, 'Ask first');
    expect(await ana.state.share(id, false)).toBe(true);
    expect(ana.state.setNextMeeting('2027-01-12')).toBe(true);
    flush();
    expect(ben.state.shared.value.map((s) => s.text)).toEqual(['Ask first']);
    expect(ben.state.nextMeeting.value).toBe('2027-01-12');
    expect(ben.state.checkIns.value).toBe(before.checkIns);
  });

  it('never sends “with my name” out anonymous: without a name in the session it is refused, and anonymous still works', async () => {
    const { a, b, flush } = await meeting();
    // Cleo's device has the session open but no place in it, so the session has no name for her.
    const cleo = await device(a, 'cleo');
    expect(cleo.state.canShareNamed.value).toBe(false);
    const id = cleo.state.draftId.value;
    await cleo.state.editTakeaway(id, 'Nobody knows who wrote this');
    expect(await cleo.state.share(id, false)).toBe(false);
    flush();
    expect(docHolds(b, 'Nobody knows who wrote this')).toBe(false);
    expect((await cleo.db.takeaways.get(id))!.shared).toBeNull();

    expect(await cleo.state.share(id, true)).toBe(true);
    flush();
    const [entry] = readSharedTakeaways(b);
    expect(entry).toMatchObject({ text: 'Nobody knows who wrote this', authorId: null, authorName: null });
    // The record says what went out.
    expect((await cleo.db.takeaways.get(id))!.shared).toEqual({ sharedId: entry!.id, anonymous: true });
  });

  it('shares nothing empty, and nothing twice', async () => {
    const { ana } = await meeting();
    const id = ana.state.draftId.value;
    expect(await ana.state.share(id, false)).toBe(false);
    await ana.state.editTakeaway(id, 'Once');
    expect(await ana.state.share(id, false)).toBe(true);
    expect(await ana.state.share(id, true)).toBe(false);
    expect(ana.state.shared.value).toHaveLength(1);
  });
});

describe('the closing round', () => {
  it('makes one to three commitments, due by the next meeting or four weeks on', async () => {
    const { flush, ana, ben } = await meeting();
    const first = ben.state.commitmentDraftId.value;
    await ben.state.editCommitment(first, { what: 'Weekly 1:1s' });
    expect(ben.state.commitments.value[0]).toMatchObject({ what: 'Weekly 1:1s', byWhen: addDays(localDate(NOW), 28), status: 'open', groupId: GROUP.id, roomId: ROOM });

    // Only the facilitator sets the next meeting; new commitments then default to it.
    expect(ben.state.setNextMeeting('2025-07-08')).toBe(false);
    expect(ana.state.setNextMeeting('2025-07-08')).toBe(true);
    flush();
    expect(ben.state.defaultByWhen.value).toBe('2025-07-08');
    const second = ben.state.commitmentDraftId.value;
    await ben.state.editCommitment(second, { howKnow: 'The team says so' });
    expect(ben.state.commitments.value[1]!.byWhen).toBe('2025-07-08');
    await ben.state.editCommitment(ben.state.commitmentDraftId.value, { what: 'Third' });
    expect(ben.state.canAddCommitment.value).toBe(false);
    expect(await ben.state.editCommitment(ben.state.commitmentDraftId.value, { what: 'Fourth' })).toBe(false);
    expect((await ben.repo.listCommitments({ roomId: ROOM })).map((c) => c.what)).toEqual(['Weekly 1:1s', '', 'Third']);

    await ben.state.removeCommitment(first);
    expect(ben.state.canAddCommitment.value).toBe(true);
    expect(await ben.repo.listCommitments({ roomId: ROOM })).toHaveLength(2);
  });
});

describe('the check-in', () => {
  async function earlierCommitment(db: RoundtableDb, fields: Partial<CommitmentRecord> = {}) {
    const record: CommitmentRecord = { id: 'c-may', roomId: 'room-may', groupId: GROUP.id, what: 'Weekly 1:1s', byWhen: '2025-06-01', howKnow: '', status: 'open', note: '', statusShared: false, createdAt: 1, updatedAt: 1, ...fields };
    await db.commitments.put(record);
    return record;
  }

  it('opens on my commitments from the group’s last meeting; a shared status reaches the others', async () => {
    const net = twoDocs();
    const seeded = createSession({ module: { id: 'feedback-module', version: 1, title: 'Feedback', mindset: 'collaboration', pageCount: 3 }, creator: { id: 'ana', name: 'Ana' }, now: NOW, group: GROUP, phase: 'checkin' });
    seedSession(net.a, seeded, module());
    const joined = join(seeded, { id: 'ben', name: 'Ben' });
    if (joined.ok) applySessionChange(net.a, joined.change);
    net.flush();
    const ana = await device(net.a, 'ana');
    // Ben's device holds his commitment from May before the session state opens.
    const benDb = freshDb();
    await earlierCommitment(benDb);
    await earlierCommitment(benDb, { id: 'c-done-long-ago', status: 'done' });
    await earlierCommitment(benDb, { id: 'c-other-group', groupId: 'g-red' });
    const { state: ben } = await device(net.b, 'ben', benDb, { t: NOW + 1000 });
    await vi.waitFor(() => expect(ben.earlier.value.map((c) => c.id)).toEqual(['c-may']));

    // Sharing before marking a status shares nothing.
    expect(await ben.shareStatus('c-may', true)).toBe(false);
    await ben.setStatus('c-may', 'partly', 'Two of four');
    expect(await ben.shareStatus('c-may', true)).toBe(true);
    net.flush();
    expect(ana.state.checkIns.value).toEqual([{ id: 'c-may', authorId: 'ben', authorName: 'Ben', what: 'Weekly 1:1s', status: 'partly', note: 'Two of four', sharedAt: NOW + 1000 }]);
    // A changed status follows; the record keeps it on Ben's device.
    await ben.setStatus('c-may', 'done', 'All four');
    net.flush();
    expect(ana.state.checkIns.value[0]).toMatchObject({ status: 'done', note: 'All four' });
    expect(await benDb.commitments.get('c-may')).toMatchObject({ status: 'done', note: 'All four', statusShared: true });
    // Marked during this meeting, it stays in view.
    expect(ben.earlier.value.map((c) => c.id)).toEqual(['c-may']);

    await ben.shareStatus('c-may', false);
    net.flush();
    expect(ana.state.checkIns.value).toEqual([]);
  });

  it('shares a nameless person’s status with an empty name, which each device words itself', async () => {
    const net = twoDocs();
    const seeded = createSession({ module: { id: 'feedback-module', version: 1, title: 'Feedback', mindset: 'collaboration', pageCount: 3 }, creator: { id: 'ana', name: 'Ana' }, now: NOW, group: GROUP, phase: 'checkin' });
    seedSession(net.a, seeded, module());
    net.flush();
    const ana = await device(net.a, 'ana');
    // Cleo's device has the session open but no place in it, so the session has no name for her.
    const cleoDb = freshDb();
    await earlierCommitment(cleoDb);
    const { state: cleo } = await device(net.b, 'cleo', cleoDb);
    await vi.waitFor(() => expect(cleo.earlier.value.map((c) => c.id)).toEqual(['c-may']));
    await cleo.setStatus('c-may', 'done');
    expect(await cleo.shareStatus('c-may', true)).toBe(true);
    net.flush();
    expect(sessionMaps(net.a).checkins.get('c-may')).toMatchObject({ authorId: 'cleo', authorName: '' });
    expect(ana.state.checkIns.value).toMatchObject([{ id: 'c-may', authorName: '', status: 'done' }]);
  });

  it('starts a group’s next session on the check-in when this device knows the group met before, commitments of its own or not', async () => {
    const db = freshDb();
    const repo = createJournalRepo(db);
    const record = { secret: 's', role: 'participant' as const, creator: true, moduleId: 'm1', moduleTitle: 'Feedback', joinedAt: NOW, lastOpenedAt: NOW };
    // The new session's own record is stored before it starts: that alone is not "met before".
    await rememberSession(db, { ...record, roomId: ROOM, groupId: GROUP.id, groupName: GROUP.name });
    expect(await startOptions({ db, repo }, null, ROOM)).toEqual({ group: null, phase: 'pages' });
    expect(await startOptions({ db, repo }, GROUP, ROOM)).toEqual({ group: GROUP, phase: 'pages' });
    // Another group's meeting says nothing about this one.
    await rememberSession(db, { ...record, roomId: 'room-red', groupId: 'g-red', groupName: 'Red group' });
    expect(await startOptions({ db, repo }, GROUP, ROOM)).toEqual({ group: GROUP, phase: 'pages' });
    // The facilitator made no commitment last time, but this device was there: the check-in opens.
    await rememberSession(db, { ...record, roomId: 'room-may', groupId: GROUP.id, groupName: GROUP.name });
    expect(await repo.listCommitments({ groupId: GROUP.id })).toEqual([]);
    expect(await startOptions({ db, repo }, GROUP, ROOM)).toEqual({ group: GROUP, phase: 'checkin' });
  });

  it('starts on the check-in when this device holds the group’s earlier commitments, even without their session', async () => {
    const db = freshDb();
    const repo = createJournalRepo(db);
    await earlierCommitment(db);
    expect(await startOptions({ db, repo }, GROUP, ROOM)).toEqual({ group: GROUP, phase: 'checkin' });
    // A commitment of this very session does not count.
    expect(await startOptions({ db, repo }, GROUP, 'room-may')).toEqual({ group: GROUP, phase: 'pages' });
  });
});

describe('the session record', () => {
  it('follows the group and the pages covered, and lists the groups met', async () => {
    const { a, ana } = await meeting();
    await vi.waitFor(async () => expect(await ana.db.sessions.get(ROOM)).toMatchObject({ groupId: GROUP.id, groupName: GROUP.name, pagesCovered: [0] }));
    const read = readSession(a);
    if (read.state !== 'ok') throw new Error('no session');
    const moved = movePage(read.session, { to: 2, by: 'ana', now: NOW, moveId: 'mv1' });
    if (!moved.ok) throw new Error(moved.reason);
    applySessionChange(a, moved.change);
    expect(applyChange(read.session, moved.change).page).toBe(2);
    await vi.waitFor(async () => expect((await ana.db.sessions.get(ROOM))!.pagesCovered).toEqual([0, 2]));
    expect(await groupsMetBefore(ana.db)).toEqual([GROUP]);
    expect(sessionMaps(a).shared.size).toBe(0);
  });

  it('is written without the save line saying "Saving…" or "Saved": that line is about my words', async () => {
    const { a, ana } = await meeting();
    const seen: string[] = [];
    const stop = effect(() => void seen.push(ana.state.saveStatus.value));
    const read = readSession(a);
    if (read.state !== 'ok') throw new Error('no session');
    const moved = movePage(read.session, { to: 1, by: 'ana', now: NOW, moveId: 'mv1' });
    if (!moved.ok) throw new Error(moved.reason);
    applySessionChange(a, moved.change);
    await vi.waitFor(async () => expect((await ana.db.sessions.get(ROOM))!.pagesCovered).toEqual([0, 1]));
    expect(seen).toEqual(['idle']);
    // Words typed do say so.
    expect(await ana.state.editTakeaway(ana.state.draftId.value, 'Ask first')).toBe(true);
    expect(seen).toEqual(['idle', 'saving', 'saved']);
    stop();
  });

  it('says so when full storage refuses the session record, and tries again on the next change', async () => {
    const net = twoDocs();
    const seeded = createSession({ module: { id: 'feedback-module', version: 1, title: 'Feedback', mindset: 'collaboration', pageCount: 3 }, creator: { id: 'ana', name: 'Ana' }, now: NOW, group: GROUP });
    seedSession(net.a, seeded, module());
    const db = freshDb();
    const put = db.sessions.put.bind(db.sessions);
    // Storage refuses the record once the session adds its pages to it.
    const update = vi.spyOn(db.sessions, 'put').mockImplementation((record, key) => (record.pagesCovered ? (Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) as never) : put(record, key)));
    const ana = await device(net.a, 'ana', db);
    await vi.waitFor(() => expect(ana.state.saveStatus.value).toBe('full'));
    expect(ana.state.saveProblem.value).toContain('quota');
    expect((await db.sessions.get(ROOM))!.pagesCovered).toBeUndefined();
    // A takeaway stored meanwhile does not make the session record saved.
    expect(await ana.state.editTakeaway(ana.state.draftId.value, 'Stored')).toBe(true);
    expect(ana.state.saveStatus.value).toBe('full');

    update.mockRestore();
    const moved = movePage(seeded, { to: 1, by: 'ana', now: NOW, moveId: 'mv1' });
    if (!moved.ok) throw new Error(moved.reason);
    applySessionChange(net.a, moved.change);
    await vi.waitFor(async () => expect((await db.sessions.get(ROOM))!.pagesCovered).toEqual([0, 1]));
    expect(ana.state.saveStatus.value).toBe('saved');
  });

  it('fills in the module once the session arrives, for a device that joined by link before it had it', async () => {
    const net = twoDocs();
    const db = freshDb();
    const repo = createJournalRepo(db);
    // Joined by link: the record is saved before the session reaches this device.
    await rememberSession(db, { roomId: ROOM, secret: 's', role: 'participant', creator: false, moduleId: '', moduleTitle: '', joinedAt: NOW, lastOpenedAt: NOW });
    const version = signal(0);
    net.b.on('update', () => version.value++);
    const session = computed(() => {
      void version.value;
      const read = readSession(net.b);
      return read.state === 'ok' ? read.session : undefined;
    });
    createTakeawayState({ db, repo, doc: net.b, session, roomId: ROOM, deviceId: 'ben', role: 'participant', now: () => NOW, newId: () => 'id' });
    const seeded = createSession({ module: { id: 'feedback-module', version: 1, title: 'Feedback', mindset: 'collaboration', pageCount: 3 }, creator: { id: 'ana', name: 'Ana' }, now: NOW, group: null });
    seedSession(net.a, seeded, module());
    net.flush();
    await vi.waitFor(async () => expect(await db.sessions.get(ROOM)).toMatchObject({ moduleId: 'feedback-module', moduleTitle: 'Feedback' }));
    const exported = await repo.exportJournal(NOW);
    expect(exported.sessions[0]).toMatchObject({ moduleId: 'feedback-module', moduleTitle: 'Feedback' });
  });

  it('only grows: a stale copy of the session takes no pages and no shared takeaway away; a withdrawal does', async () => {
    const { a, flush, ana, ben } = await meeting();
    await ben.db.sessions.update(ROOM, { pagesCovered: [0, 1, 2] });
    await ben.db.sharedTakeaways.put({ id: 'received-before', roomId: ROOM, text: 'Heard before the reload', authorName: 'Ana', sharedAt: NOW });
    // The session as this (stale) copy holds it: on page 0, with no shared takeaway.
    const first = ana.state.draftId.value;
    await ana.state.editTakeaway(first, 'Ask before advising');
    expect(await ana.state.share(first, false)).toBe(true);
    flush();
    const texts = async () => (await ben.db.sharedTakeaways.where('roomId').equals(ROOM).toArray()).map((s) => s.text).sort();
    await vi.waitFor(async () => expect(await texts()).toEqual(['Ask before advising', 'Heard before the reload']));
    expect((await ben.db.sessions.get(ROOM))!.pagesCovered).toEqual([0, 1, 2]);

    // The tombstone of a withdrawal takes it out, even of a journal that never saw it leave.
    sessionMaps(a).withdrawn.set('shared/received-before', true);
    await ana.state.withdraw(first);
    flush();
    await vi.waitFor(async () => expect(await texts()).toEqual([]));
  });
});
