// Eight peers run one session over a network that partitions, drops, reorders and disconnects,
// each acting on what its own document says, as a device would. Once the network heals and every
// peer resyncs, all eight must hold the same document, and nothing any peer wrote may be lost.
// Every seed is a different schedule; a failing seed replays exactly.

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ActionResult, SessionSnapshot } from '../../src/core/session.ts';
import { addPerson, canControl, createSession, join, movePage, setControlMode, setPresent } from '../../src/core/session.ts';
import { applySessionChange, readSession, seedSession, sessionMaps } from '../../src/sync/sessionDoc.ts';
import type { TestNetwork } from '../helpers/testNetwork.ts';
import { createTestNetwork, mulberry32 } from '../helpers/testNetwork.ts';
import { testModule } from '../helpers/testModule.ts';

const SEEDS = Array.from({ length: 500 }, (_, i) => i + 1);
const PEERS = 8;
const PAGES = 10;
const NOW = 1_700_000_000_000;


/** What the peers wrote, which every document must hold at the end. */
interface Written {
  participants: Set<string>;
  moves: Set<string>;
  takeaways: Map<string, { id: string; by: string; text: string; at: number }>;
}

/** Runs one seed's schedule, then heals the network and delivers everything. */
function runSchedule(seed: number): { net: TestNetwork; written: Written } {
  const net = createTestNetwork(PEERS, seed);
  const random = mulberry32(seed * 2_654_435_761);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const peerId = (i: number) => `peer-${i}`;
  let clock = NOW;
  let serial = 0;
  const unique = (kind: string) => `${kind}-${seed}-${++serial}`;
  const written: Written = { participants: new Set([peerId(0)]), moves: new Set(), takeaways: new Map() };

  const content = testModule(PAGES);
  const session = createSession({
    module: { id: content.id, version: content.version, title: content.title, mindset: content.mindset, pageCount: PAGES },
    creator: { id: peerId(0), name: 'Peer 0' },
    now: clock,
  });
  seedSession(net.docs[0]!, session, content);
  net.flush();

  const view = (i: number): SessionSnapshot => {
    const read = readSession(net.docs[i]!);
    if (read.state !== 'ok') throw new Error(`seed ${seed}: peer ${i} cannot read the session (${read.state})`);
    return read.session;
  };
  const write = (i: number, result: ActionResult): boolean => {
    if (!result.ok) return false;
    applySessionChange(net.docs[i]!, result.change);
    return true;
  };

  // In half the seeds, the facilitator lets anyone move the pages, early on.
  if (random() < 0.5) write(0, setControlMode(view(0), { mode: 'anyone', by: peerId(0) }));

  const act = (i: number) => {
    const me = peerId(i);
    const session = view(i);
    clock += 1000 + Math.floor(random() * 5000);
    // A device's person joins before anything else.
    if (!session.participants.some((p) => p.id === me) || random() < 0.05) {
      if (write(i, join(session, { id: me, name: `Peer ${i}` }))) written.participants.add(me);
      return;
    }
    const roll = random();
    if (roll < 0.4) {
      if (!canControl(session, me)) return;
      const moveId = unique('move');
      const result = movePage(session, { to: Math.floor(random() * PAGES), by: me, now: clock, moveId });
      if (result.ok && result.change.move) written.moves.add(moveId);
      write(i, result);
    } else if (roll < 0.6) {
      const someone = random() < 0.5 ? me : pick(session.participants).id;
      write(i, setPresent(session, { id: someone, present: random() < 0.5, by: me }));
    } else if (roll < 0.7) {
      const id = unique('guest');
      if (write(i, addPerson(session, { id, name: `Guest ${serial}`, by: me }))) written.participants.add(id);
    } else {
      const takeaway = { id: unique('takeaway'), by: me, text: `Takeaway ${serial} from ${me}`, at: clock };
      sessionMaps(net.docs[i]!).shared.set(takeaway.id, takeaway);
      written.takeaways.set(takeaway.id, takeaway);
    }
  };

  const peers = Array.from({ length: PEERS }, (_, i) => i);
  const offline = new Set<number>();
  const steps = 40 + Math.floor(random() * 40);
  for (let s = 0; s < steps; s++) {
    const roll = random();
    if (roll < 0.55) act(pick(peers));
    else if (roll < 0.62) {
      const shuffled = [...peers];
      for (let k = shuffled.length - 1; k > 0; k--) {
        const j = Math.floor(random() * (k + 1));
        [shuffled[k], shuffled[j]] = [shuffled[j]!, shuffled[k]!];
      }
      const cut = 1 + Math.floor(random() * (PEERS - 1));
      net.partition([shuffled.slice(0, cut), shuffled.slice(cut)]);
    } else if (roll < 0.67) net.heal();
    else if (roll < 0.72) net.setDropRate(random() < 0.5 ? 0 : random() * 0.4);
    else if (roll < 0.77) {
      const i = pick(peers);
      net.disconnect(i);
      offline.add(i);
    } else if (roll < 0.82 && offline.size > 0) {
      const i = pick([...offline]);
      net.reconnect(i);
      offline.delete(i);
    } else if (roll < 0.92) net.flushSome(1 + Math.floor(random() * 20));
    else if (roll < 0.96) net.step();
    else net.flush();
  }

  net.setDropRate(0);
  net.heal();
  for (const i of peers) net.reconnect(i);
  net.flush();
  return { net, written };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, k) => byte === b[k]);
}

describe('a session converges over an unreliable network', () => {
  it.each(SEEDS)('seed %i: 8 peers end with the same session, and nothing written is lost', (seed) => {
    const { net, written } = runSchedule(seed);
    const at = (i: number, what: string) => `seed ${seed}, peer ${i}: ${what}`;

    const reads = net.docs.map((doc) => readSession(doc));
    const first = reads[0]!;
    if (first.state !== 'ok') throw new Error(at(0, `the session reads as '${first.state}'`));
    const reference = Y.encodeStateAsUpdate(net.docs[0]!);

    net.docs.forEach((doc, i) => {
      expect(doc.store.pendingStructs, at(i, 'updates still wait for missing ones')).toBeNull();
      expect(doc.store.pendingDs, at(i, 'deletions still wait for missing updates')).toBeNull();
      expect(reads[i]!.state, at(i, 'the session does not read as ok')).toBe('ok');
      expect(reads[i], at(i, 'reads another session than peer 0')).toEqual(first);
      expect(sameBytes(Y.encodeStateAsUpdate(doc), reference), at(i, 'holds another document than peer 0')).toBe(true);

      const session = (reads[i] as typeof first).session;
      const participants = session.participants.map((p) => p.id);
      expect(new Set(participants), at(i, 'participants differ from those added')).toEqual(written.participants);
      expect(participants, at(i, 'a participant appears twice')).toHaveLength(written.participants.size);
      const moves = session.moves.map((m) => m.id);
      expect(new Set(moves), at(i, 'page moves differ from those made')).toEqual(written.moves);
      expect(moves, at(i, 'a page move appears twice')).toHaveLength(written.moves.size);
      expect(sessionMaps(doc).shared.toJSON(), at(i, 'shared takeaways differ from those written')).toEqual(Object.fromEntries(written.takeaways));
    });
    net.destroy();
  });

  it('replays a seed exactly', () => {
    const once = runSchedule(7);
    const again = runSchedule(7);
    expect(again.net.log).toEqual(once.net.log);
    expect(sameBytes(Y.encodeStateAsUpdate(again.net.docs[3]!), Y.encodeStateAsUpdate(once.net.docs[3]!))).toBe(true);
  });

  it('exercises what it claims to: moves, joins, guests, takeaways, drops and resyncs', () => {
    // Guards the schedule itself: a change that stopped it writing or disturbing would pass vacuously.
    const totals = { moves: 0, participants: 0, takeaways: 0, dropped: 0, syncs: 0, anyoneMoves: 0 };
    for (const seed of SEEDS.slice(0, 50)) {
      const { net, written } = runSchedule(seed);
      totals.moves += written.moves.size;
      totals.participants += written.participants.size;
      totals.takeaways += written.takeaways.size;
      totals.dropped += net.log.filter((d) => d.dropped).length;
      totals.syncs += net.log.filter((d) => d.kind === 'sync-step-2').length;
      const read = readSession(net.docs[0]!);
      if (read.state === 'ok') totals.anyoneMoves += read.session.moves.filter((m) => m.by !== 'peer-0').length;
      net.destroy();
    }
    expect(totals.moves).toBeGreaterThan(100);
    expect(totals.anyoneMoves).toBeGreaterThan(20);
    expect(totals.participants).toBeGreaterThan(50 * PEERS);
    expect(totals.takeaways).toBeGreaterThan(100);
    expect(totals.dropped).toBeGreaterThan(100);
    expect(totals.syncs).toBeGreaterThan(1000);
    // Fifty whole schedules take seconds on a busy machine: the timeout only catches a hang.
  }, 60_000);
});
