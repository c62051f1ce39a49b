// A deterministic in-memory network of Y.Docs for sync tests, after Yjs's own tests/testHelper.js.
//
// Each peer's local updates (caught by doc.on('update')) are queued for every peer it can reach
// and nothing is delivered until the test says so: flush() delivers until quiet, step() and
// flushSome(n) deliver one message at a time. Which queued message goes next, and whether it is
// dropped, comes from a seeded PRNG (mulberry32), so a seed replays exactly, including the
// Y.Doc client ids (peer i has client id i).
//
// Like y-webrtc, two peers that become connected (reconnect, heal, resync) run the sync protocol:
// each sends its state vector (sync step 1) and answers the other's with the diff it lacks
// (sync step 2), computed when the step 1 arrives. That exchange is what recovers dropped
// messages (a pair already waiting for a step 1 gets no second one). Unlike y-webrtc, updates
// received from others are not relayed, so a dropped update stays missing until the next
// resync: a stronger test of the resync.
//
// Connectivity: a peer is online or not (disconnect/reconnect); while partitioned, peers only
// reach the peers in their own group. Disconnecting a peer loses the messages in flight to and
// from it, as a closed connection does; a partition holds cross-group messages back until heal().

import * as Y from 'yjs';

/** A seeded pseudo-random source (mulberry32): returns numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The kinds of message peers exchange. */
export type MessageKind = 'update' | 'sync-step-1' | 'sync-step-2';

/** One message taken off the queue, delivered or dropped: the network's log. */
export interface Delivery {
  from: number;
  to: number;
  kind: MessageKind;
  dropped: boolean;
}

/** Options of a test network. */
export interface TestNetworkOptions {
  /** The chance (0 to 1) that a message taken off the queue is lost. 0 by default. */
  dropRate?: number;
}

/** A network of `docs.length` peers that delivers only when told. */
export interface TestNetwork {
  /** The peers' documents; peer i's client id is i. */
  readonly docs: Y.Doc[];
  /** Every message taken off the queue so far, in order. */
  readonly log: readonly Delivery[];
  /** Delivers (or drops) queued messages, in random order, until none can be delivered; returns how many it took. */
  flush(): number;
  /** Delivers (or drops) one random deliverable message; false when there is none. */
  step(): boolean;
  /** Delivers (or drops) up to `n` random messages; returns how many it took. */
  flushSome(n: number): number;
  /** Splits the peers into groups that only reach each other until heal(); unlisted peers are alone. */
  partition(groups: number[][]): void;
  /** Ends the partition; peers that were apart run the sync protocol with each other. */
  heal(): void;
  /** Takes peer `i` offline: it sends and receives nothing, and its messages in flight are lost. */
  disconnect(i: number): void;
  /** Brings peer `i` (back) online; it runs the sync protocol with every peer it reaches. */
  reconnect(i: number): void;
  /** Every pair of connected peers runs the sync protocol again. */
  resync(): void;
  /** Changes the chance that a message is lost. */
  setDropRate(rate: number): void;
  /** Messages queued, deliverable now or held back by a partition. */
  pending(): number;
  /** Destroys the documents. */
  destroy(): void;
}

/** The origin of updates applied from the network, so that they are not sent on again. */
const NETWORK = Symbol('test network');

interface Message {
  from: number;
  to: number;
  kind: MessageKind;
  data: Uint8Array;
}

/** Most messages one flush() takes before it decides the network is looping. */
const FLUSH_LIMIT = 1_000_000;

function checkRate(rate: number): number {
  if (!(rate >= 0 && rate <= 1)) throw new Error(`A drop rate is from 0 to 1, not ${rate}.`);
  return rate;
}

/** Creates `count` connected peers with empty documents; `seed` decides delivery order and drops. */
export function createTestNetwork(count: number, seed: number, options: TestNetworkOptions = {}): TestNetwork {
  const random = mulberry32(seed);
  let dropRate = checkRate(options.dropRate ?? 0);
  const online = Array.from({ length: count }, () => true);
  /** Group of each peer while partitioned; null when every peer reaches every other. */
  let groups: number[] | null = null;
  let queue: Message[] = [];
  const log: Delivery[] = [];

  const docs = Array.from({ length: count }, (_, i) => {
    const doc = new Y.Doc();
    doc.clientID = i;
    return doc;
  });

  const linked = (a: number, b: number): boolean => a !== b && online[a]! && online[b]! && (groups === null || groups[a] === groups[b]);
  const send = (from: number, to: number, kind: MessageKind, data: Uint8Array) => queue.push({ from, to, kind, data });
  /** Queues sync step 1 both ways, unless one is already on its way: its older state vector asks for more, never less. */
  const greet = (a: number, b: number) => {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!queue.some((m) => m.kind === 'sync-step-1' && m.from === from && m.to === to)) send(from, to, 'sync-step-1', Y.encodeStateVector(docs[from]!));
    }
  };
  /** Runs `change` and greets every pair it connects that was not connected before. */
  const relink = (change: () => void) => {
    const before = docs.map((_, a) => docs.map((__, b) => linked(a, b)));
    change();
    for (let a = 0; a < count; a++) for (let b = a + 1; b < count; b++) if (!before[a]![b] && linked(a, b)) greet(a, b);
  };

  docs.forEach((doc, i) => {
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === NETWORK) return;
      for (let j = 0; j < count; j++) if (linked(i, j)) send(i, j, 'update', update);
    });
  });

  const deliver = (message: Message) => {
    const dropped = dropRate > 0 && random() < dropRate;
    log.push({ from: message.from, to: message.to, kind: message.kind, dropped });
    if (dropped) return;
    const doc = docs[message.to]!;
    if (message.kind === 'sync-step-1') send(message.to, message.from, 'sync-step-2', Y.encodeStateAsUpdate(doc, message.data));
    else Y.applyUpdate(doc, message.data, NETWORK);
  };

  const step = (): boolean => {
    const ready: number[] = [];
    queue.forEach((message, k) => {
      if (linked(message.from, message.to)) ready.push(k);
    });
    if (ready.length === 0) return false;
    const [message] = queue.splice(ready[Math.floor(random() * ready.length)]!, 1);
    deliver(message!);
    return true;
  };

  const checkPeer = (i: number) => {
    if (!Number.isInteger(i) || i < 0 || i >= count) throw new Error(`There is no peer ${i} in a network of ${count}.`);
  };

  return {
    docs,
    log,
    flush() {
      let taken = 0;
      while (step()) if (++taken > FLUSH_LIMIT) throw new Error(`flush() took over ${FLUSH_LIMIT} messages: the network loops`);
      return taken;
    },
    step,
    flushSome(n) {
      let taken = 0;
      while (taken < n && step()) taken++;
      return taken;
    },
    partition(list) {
      const next = docs.map((_, i) => -1 - i);
      list.forEach((group, g) =>
        group.forEach((i) => {
          checkPeer(i);
          if (next[i] !== -1 - i) throw new Error(`Peer ${i} is in two groups.`);
          next[i] = g;
        }),
      );
      relink(() => {
        groups = next;
      });
    },
    heal() {
      relink(() => {
        groups = null;
      });
    },
    disconnect(i) {
      checkPeer(i);
      online[i] = false;
      queue = queue.filter((message) => message.from !== i && message.to !== i);
    },
    reconnect(i) {
      checkPeer(i);
      online[i] = true;
      for (let j = 0; j < count; j++) if (linked(i, j)) greet(i, j);
    },
    resync() {
      for (let a = 0; a < count; a++) for (let b = a + 1; b < count; b++) if (linked(a, b)) greet(a, b);
    },
    setDropRate(rate) {
      dropRate = checkRate(rate);
    },
    pending: () => queue.length,
    destroy() {
      for (const doc of docs) doc.destroy();
    },
  };
}
