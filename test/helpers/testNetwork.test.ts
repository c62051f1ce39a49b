// Tests of the deterministic test network itself: it must hold messages back until told, respect
// partitions and disconnections, recover what it drops through the sync protocol, and replay a
// seed exactly.

import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createTestNetwork, mulberry32 } from './testNetwork.ts';

const items = (doc: Y.Doc) => doc.getMap<number>('items').toJSON();
const put = (doc: Y.Doc, key: string, value = 1) => doc.getMap<number>('items').set(key, value);

describe('mulberry32', () => {
  it('gives the same numbers for the same seed, in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(first).size).toBe(100);
  });

  it('gives other numbers for another seed', () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });
});

describe('createTestNetwork', () => {
  it('gives each peer a fixed client id', () => {
    const net = createTestNetwork(3, 1);
    expect(net.docs.map((doc) => doc.clientID)).toEqual([0, 1, 2]);
  });

  it('delivers nothing before flush', () => {
    const net = createTestNetwork(3, 1);
    put(net.docs[0]!, 'a');
    expect(net.pending()).toBe(2);
    expect(items(net.docs[1]!)).toEqual({});
    expect(items(net.docs[2]!)).toEqual({});
    expect(net.flush()).toBe(2);
    expect(items(net.docs[1]!)).toEqual({ a: 1 });
    expect(items(net.docs[2]!)).toEqual({ a: 1 });
    expect(net.pending()).toBe(0);
  });

  it('delivers one message per step, and at most n with flushSome', () => {
    const net = createTestNetwork(4, 2);
    put(net.docs[0]!, 'a');
    expect(net.step()).toBe(true);
    expect(net.docs.filter((doc) => items(doc).a === 1)).toHaveLength(2);
    expect(net.flushSome(1)).toBe(1);
    expect(net.docs.filter((doc) => items(doc).a === 1)).toHaveLength(3);
    expect(net.flushSome(10)).toBe(1);
    expect(net.step()).toBe(false);
  });

  it('does not send on updates it received', () => {
    const net = createTestNetwork(3, 3);
    put(net.docs[0]!, 'a');
    net.flush();
    expect(net.log.map((d) => d.from)).toEqual([0, 0]);
  });

  it('keeps a partition until heal, then converges', () => {
    const net = createTestNetwork(4, 4);
    net.partition([
      [0, 1],
      [2, 3],
    ]);
    put(net.docs[0]!, 'a');
    put(net.docs[3]!, 'b');
    net.flush();
    expect(items(net.docs[1]!)).toEqual({ a: 1 });
    expect(items(net.docs[2]!)).toEqual({ b: 1 });
    expect(net.log.every((d) => (d.from < 2) === (d.to < 2))).toBe(true);

    net.heal();
    net.flush();
    for (const doc of net.docs) expect(items(doc)).toEqual({ a: 1, b: 1 });
  });

  it('leaves unlisted peers alone in a partition', () => {
    const net = createTestNetwork(3, 5);
    net.partition([[0, 1]]);
    put(net.docs[2]!, 'c');
    put(net.docs[0]!, 'a');
    net.flush();
    expect(items(net.docs[1]!)).toEqual({ a: 1 });
    expect(items(net.docs[2]!)).toEqual({ c: 1 });
  });

  it('refuses a peer in two groups, or one that does not exist', () => {
    const net = createTestNetwork(3, 6);
    expect(() => net.partition([[0], [0, 1]])).toThrow(/two groups/);
    expect(() => net.partition([[0, 3]])).toThrow(/no peer 3/);
    expect(() => net.disconnect(-1)).toThrow(/no peer/);
  });

  it('loses nothing for good when a peer disconnects: it catches up on reconnect', () => {
    const net = createTestNetwork(3, 7);
    put(net.docs[0]!, 'before');
    net.disconnect(2);
    put(net.docs[0]!, 'during');
    put(net.docs[2]!, 'offline');
    net.flush();
    expect(items(net.docs[2]!)).toEqual({ offline: 1 });
    expect(items(net.docs[1]!)).toEqual({ before: 1, during: 1 });

    net.reconnect(2);
    // A sync step 1 each way with peers 0 and 1, and nothing delivered before flush.
    expect(net.pending()).toBe(4);
    expect(items(net.docs[2]!)).toEqual({ offline: 1 });
    net.flush();
    for (const doc of net.docs) expect(items(doc)).toEqual({ before: 1, during: 1, offline: 1 });
    // Peer 2 greets peers 0 and 1: a step 1 and a step 2 each way, per pair.
    expect(net.log.filter((d) => d.kind === 'sync-step-2')).toHaveLength(4);
  });

  it('drops messages at the drop rate, and a resync recovers them', () => {
    const net = createTestNetwork(3, 8, { dropRate: 1 });
    put(net.docs[0]!, 'a');
    put(net.docs[1]!, 'b');
    net.flush();
    expect(net.log.every((d) => d.dropped)).toBe(true);
    expect(items(net.docs[2]!)).toEqual({});

    net.setDropRate(0);
    net.resync();
    net.flush();
    for (const doc of net.docs) expect(items(doc)).toEqual({ a: 1, b: 1 });
  });

  it('drops some but not all at a middling rate', () => {
    const net = createTestNetwork(4, 9, { dropRate: 0.5 });
    for (let i = 0; i < 20; i++) put(net.docs[i % 4]!, `k${i}`);
    net.flush();
    const dropped = net.log.filter((d) => d.dropped).length;
    expect(dropped).toBeGreaterThan(10);
    expect(dropped).toBeLessThan(50);
  });

  it('refuses a drop rate outside 0 to 1', () => {
    expect(() => createTestNetwork(2, 1, { dropRate: 2 })).toThrow(/drop rate/);
    expect(() => createTestNetwork(2, 1).setDropRate(Number.NaN)).toThrow(/drop rate/);
  });

  it('reorders deliveries, and Yjs still converges', () => {
    const net = createTestNetwork(2, 10);
    const text = net.docs[0]!.getText('t');
    for (let i = 0; i < 20; i++) text.insert(text.length, String(i % 10));
    // An update that arrives before the one it builds on waits in the pending store.
    let outOfOrder = false;
    while (net.step()) outOfOrder ||= net.docs[1]!.store.pendingStructs !== null;
    expect(outOfOrder).toBe(true);
    expect(net.docs[1]!.store.pendingStructs).toBeNull();
    expect(net.docs[1]!.getText('t').toString()).toBe(text.toString());
  });

  it('replays a seed exactly, and another seed differs', () => {
    const run = (seed: number) => {
      const net = createTestNetwork(5, seed, { dropRate: 0.2 });
      for (let i = 0; i < 30; i++) {
        put(net.docs[i % 5]!, `k${i}`, i);
        if (i === 10) net.partition([[0, 1, 2], [3]]);
        if (i === 20) net.heal();
        net.flushSome(3);
      }
      net.flush();
      return net.log.map((d) => `${d.kind} ${d.from}>${d.to}${d.dropped ? ' dropped' : ''}`);
    };
    expect(run(11)).toEqual(run(11));
    expect(run(12)).not.toEqual(run(11));
  });
});
