import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { SharedCheckIn, SharedTakeaway } from '../core/takeaways.ts';
import { MAX_SHARED_ENTRIES, MAX_TAKEAWAY_LENGTH } from '../core/takeaways.ts';
import {
  readNextMeeting,
  readSharedCheckIns,
  readSharedTakeaways,
  readWithdrawn,
  sessionMaps,
  setNextMeeting,
  shareCheckIn,
  shareTakeaway,
  withdrawCheckIn,
  withdrawTakeaway,
} from './sessionDoc.ts';

const named: SharedTakeaway = { id: 's1', text: 'Ask before advising', authorId: 'ana', authorName: 'Ana', sharedAt: 10 };
const anonymous: SharedTakeaway = { id: 's2', text: 'Silence is fine', authorId: null, authorName: null, sharedAt: 20 };
const checkIn: SharedCheckIn = { id: 'c1', authorId: 'ana', authorName: 'Ana', what: 'Weekly 1:1s', status: 'partly', note: 'Two of four', sharedAt: 30 };

/** Two documents that exchange every update at once, as two connected peers would. */
function twoPeers(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(b, update, 'remote'));
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(a, update, 'remote'));
  return [a, b];
}

/** The Yjs client ids that wrote any item holding `text`. */
function writersOf(doc: Y.Doc, text: string): number[] {
  const { structs } = Y.decodeUpdate(Y.encodeStateAsUpdate(doc));
  return structs.filter((s) => JSON.stringify((s as { content?: unknown }).content ?? null).includes(text)).map((s) => s.id.client);
}

/** The Yjs client ids that wrote the tombstone `key`. */
function tombstoneWriters(doc: Y.Doc, key: string): number[] {
  const { structs } = Y.decodeUpdate(Y.encodeStateAsUpdate(doc));
  return structs.filter((s) => (s as { parentSub?: string | null }).parentSub === key).map((s) => s.id.client);
}

describe('withdrawals in the session document', () => {
  it('leave a tombstone on every peer, so that a withdrawn entry is told apart from one never received', () => {
    const [a, b] = twoPeers();
    shareTakeaway(a, named);
    shareCheckIn(a, checkIn);
    // A copy taken before the withdrawal: it lacks nothing it knows to be withdrawn.
    const stale = new Y.Doc();
    Y.applyUpdate(stale, Y.encodeStateAsUpdate(a));
    expect(readWithdrawn(b)).toEqual({ shared: new Set(), checkins: new Set() });
    withdrawTakeaway(a, 's1', 'ana');
    withdrawCheckIn(a, 'c1', 'ana');
    expect(readWithdrawn(b)).toEqual({ shared: new Set(['s1']), checkins: new Set(['c1']) });
    expect(readWithdrawn(stale)).toEqual({ shared: new Set(), checkins: new Set() });
    // A refused withdrawal leaves none.
    shareTakeaway(a, { ...named, id: 's3' });
    expect(withdrawTakeaway(b, 's3', 'ben')).toBe(false);
    expect(readWithdrawn(a).shared.has('s3')).toBe(false);
  });

  it('are undone when the same entry is shared again', () => {
    const [a, b] = twoPeers();
    shareTakeaway(a, named);
    withdrawTakeaway(a, 's1', 'ana');
    shareTakeaway(a, named);
    expect(readWithdrawn(b).shared.size).toBe(0);
    expect(readSharedTakeaways(b)).toEqual([named]);
    shareCheckIn(a, checkIn);
    withdrawCheckIn(a, 'c1', 'ana');
    shareCheckIn(a, checkIn);
    expect(readWithdrawn(b).checkins.size).toBe(0);
  });

  it('write an anonymous takeaway’s tombstone under a client id of its own, not the author device’s', () => {
    const [a, b] = twoPeers();
    shareTakeaway(a, named);
    shareTakeaway(a, anonymous);
    withdrawTakeaway(a, 's1', 'ana');
    withdrawTakeaway(a, 's2', 'ana');
    expect(tombstoneWriters(b, 'shared/s1')).toEqual([a.clientID]);
    const writers = tombstoneWriters(b, 'shared/s2');
    expect(writers).toHaveLength(1);
    expect(writers[0]).not.toBe(a.clientID);
  });

  it('ignore hostile tombstones of any other shape', () => {
    const doc = new Y.Doc();
    const { withdrawn } = sessionMaps(doc);
    withdrawn.set('shared/ok', true);
    withdrawn.set('shared/', true);
    withdrawn.set('nothing', true);
    withdrawn.set('other/x', true);
    withdrawn.set('checkins/y', 'yes');
    withdrawn.set(`shared/${'x'.repeat(101)}`, true);
    expect(readWithdrawn(doc)).toEqual({ shared: new Set(['ok']), checkins: new Set() });
  });
});

describe('shared takeaways in the session document', () => {
  it('reaches the other peer, named or anonymous, and is withdrawn', () => {
    const [a, b] = twoPeers();
    shareTakeaway(a, named);
    shareTakeaway(a, anonymous);
    expect(readSharedTakeaways(b)).toEqual([named, anonymous]);

    expect(withdrawTakeaway(b, 's1', 'ben')).toBe(false);
    expect(readSharedTakeaways(a)).toHaveLength(2);
    expect(withdrawTakeaway(a, 's1', 'ana')).toBe(true);
    expect(withdrawTakeaway(a, 's2', 'ana')).toBe(true);
    expect(readSharedTakeaways(b)).toEqual([]);
  });

  it('writes an anonymous takeaway under a client id of its own, not the author device’s', () => {
    const [a, b] = twoPeers();
    sessionMaps(a).participants.set('ana', { id: 'ana', name: 'Ana', seat: 0, present: true, hasDevice: true });
    shareTakeaway(a, named);
    shareTakeaway(a, anonymous);
    expect(writersOf(b, named.text)).toEqual([a.clientID]);
    const anonymousWriters = writersOf(b, anonymous.text);
    expect(anonymousWriters).toHaveLength(1);
    expect(anonymousWriters[0]).not.toBe(a.clientID);
    // The author's device keeps writing under its own id afterwards.
    sessionMaps(a).session.set('later', 'written-later');
    expect(writersOf(b, 'written-later')).toEqual([a.clientID]);
  });

  it('never carries a name with an anonymous takeaway, even a half-filled one', () => {
    const doc = new Y.Doc();
    shareTakeaway(doc, { ...anonymous, authorId: 'ana' });
    const stored = sessionMaps(doc).shared.get('s2') as Record<string, unknown>;
    expect(stored.authorId).toBeNull();
    expect(stored.authorName).toBeNull();
  });

  it('cuts an oversized takeaway before writing it', () => {
    const doc = new Y.Doc();
    shareTakeaway(doc, { ...named, text: 'x'.repeat(MAX_TAKEAWAY_LENGTH + 50) });
    expect(readSharedTakeaways(doc)[0]!.text).toHaveLength(MAX_TAKEAWAY_LENGTH);
  });

  it('skips hostile writes: garbage, wrong types, oversized, shared types; never throws', () => {
    const doc = new Y.Doc();
    const { shared } = sessionMaps(doc);
    shareTakeaway(doc, named);
    shared.set('g1', 'just text');
    shared.set('g2', 42);
    shared.set('g3', null);
    shared.set('g4', [named]);
    shared.set('g5', { ...named, id: 'g5', text: 'x'.repeat(MAX_TAKEAWAY_LENGTH + 1) });
    shared.set('g6', { ...named, id: 'not-g6' });
    shared.set('g7', { ...named, id: 'g7', sharedAt: 'yesterday' });
    shared.set('g8', new Y.Map());
    shared.set('g9', new Y.Text('<script>alert(1)</script>'));
    shared.set('', { ...named, id: '' });
    expect(readSharedTakeaways(doc)).toEqual([named]);
    // Withdrawing garbage clears it; withdrawing what is not there is a no-op.
    expect(withdrawTakeaway(doc, 'g1', 'anyone')).toBe(true);
    expect(withdrawTakeaway(doc, 'nothing', 'anyone')).toBe(false);
  });

  it('shows a flood of entries only up to the cap, in a stable order', () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      for (let i = 0; i < MAX_SHARED_ENTRIES + 100; i++) sessionMaps(doc).shared.set(`f${i}`, { id: `f${i}`, text: 'flood', authorId: null, authorName: null, sharedAt: 1 });
    });
    const read = readSharedTakeaways(doc);
    expect(read).toHaveLength(MAX_SHARED_ENTRIES);
    expect(read.map((e) => e.id)).toEqual([...read.map((e) => e.id)].sort());
  });
});

describe('shared check-ins in the session document', () => {
  it('reaches the other peer, updates, and only its author withdraws it', () => {
    const [a, b] = twoPeers();
    shareCheckIn(a, checkIn);
    expect(readSharedCheckIns(b)).toEqual([checkIn]);
    shareCheckIn(a, { ...checkIn, status: 'done', note: '' });
    expect(readSharedCheckIns(b)[0]!.status).toBe('done');
    expect(withdrawCheckIn(b, 'c1', 'ben')).toBe(false);
    expect(withdrawCheckIn(a, 'c1', 'ana')).toBe(true);
    expect(readSharedCheckIns(b)).toEqual([]);
  });

  it('skips hostile check-ins', () => {
    const doc = new Y.Doc();
    const { checkins } = sessionMaps(doc);
    shareCheckIn(doc, checkIn);
    checkins.set('h1', { ...checkIn, id: 'h1', status: 'victory' });
    checkins.set('h2', { ...checkIn, id: 'h2', what: 'x'.repeat(100_000) });
    checkins.set('h3', { ...checkIn, id: 'h3', authorName: { toString: 'x' } });
    checkins.set('h4', 'garbage');
    expect(readSharedCheckIns(doc)).toEqual([checkIn]);
  });
});

describe('the next meeting’s date', () => {
  it('is set, read on the other peer, and cleared', () => {
    const [a, b] = twoPeers();
    expect(readNextMeeting(b)).toBeNull();
    expect(setNextMeeting(a, '2025-07-01')).toBe(true);
    expect(readNextMeeting(b)).toBe('2025-07-01');
    expect(setNextMeeting(a, 'next tuesday')).toBe(false);
    expect(readNextMeeting(b)).toBe('2025-07-01');
    setNextMeeting(a, null);
    expect(readNextMeeting(b)).toBeNull();
  });

  it('ignores a hostile value', () => {
    const doc = new Y.Doc();
    for (const bad of [20250701, '2025-02-30', { date: '2025-07-01' }, 'x'.repeat(10_000)]) {
      sessionMaps(doc).session.set('nextMeeting', bad);
      expect(readNextMeeting(doc)).toBeNull();
    }
  });
});
