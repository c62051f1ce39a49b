// The browser side of the raw sync benchmark: a bare Y.Map shared over plain y-webrtc, with
// nothing of the app around it. syncLatency.ts bundles this file with Vite as an IIFE whose
// named exports become the global `RawPeer`, and drives it from Playwright.

import { WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';

/** How a peer joins the room. */
export interface RawPeerOptions {
  room: string;
  password: string;
  /** Our own signaling server only, never y-webrtc's public default. */
  signaling: string[];
}

/** When this peer saw a page: epoch times of the change arriving and of the next animation frame. */
export interface RawSeen {
  page: number;
  changedAt: number;
  frameAt: number;
}

const epochNow = (): number => performance.timeOrigin + performance.now();

let provider: WebrtcProvider | undefined;
let map: Y.Map<number> | undefined;
const seen: RawSeen[] = [];
const waiting = new Map<number, Array<(record: RawSeen) => void>>();

function record(page: number, changedAt: number): void {
  const entry = { page, changedAt, frameAt: epochNow() };
  seen.push(entry);
  for (const resolve of waiting.get(page) ?? []) resolve(entry);
  waiting.delete(page);
}

/** Joins the room and starts recording every remote change of `page`. */
export function start(options: RawPeerOptions): void {
  if (provider) throw new Error('RawPeer.start() called twice');
  const doc = new Y.Doc();
  map = doc.getMap<number>('bench');
  map.observe((event, transaction) => {
    if (transaction.local || !event.keysChanged.has('page')) return;
    const page = map!.get('page');
    const changedAt = epochNow();
    if (typeof page === 'number') requestAnimationFrame(() => record(page, changedAt));
  });
  provider = new WebrtcProvider(options.room, doc, {
    signaling: options.signaling,
    password: options.password,
    peerOpts: { config: { iceServers: [] } },
  });
}

/** How many other peers have an open data channel with this one. */
export function connectedPeers(): number {
  let count = 0;
  provider?.room?.webrtcConns.forEach((conn) => {
    if (conn.connected) count++;
  });
  return count;
}

/** Sets the page (a fresh value each time); returns the epoch time just before the change. */
export function setPage(page: number): number {
  const at = epochNow();
  map!.set('page', page);
  return at;
}

/** Resolves with the record of `page` once this peer has seen it. */
export function waitFor(page: number): Promise<RawSeen> {
  const found = seen.find((entry) => entry.page === page);
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    const list = waiting.get(page) ?? [];
    list.push(resolve);
    waiting.set(page, list);
  });
}

/** Forgets what was seen, so that a page can be measured again. */
export function clearSeen(): void {
  seen.length = 0;
}

/** Leaves the room. */
export function stop(): void {
  provider?.destroy();
  provider = undefined;
}
