// The browser side of the raw sync benchmark: a bare Y.Map shared over plain y-webrtc, with
// nothing of the app around it. syncLatency.ts bundles this file with Vite as an IIFE whose
// named exports become the global `RawPeer`, and drives it from Playwright exactly as it drives
// the app: a click on "Next page" or "Previous page" on one device sets the page in the map, and
// every device shows "Page n of m" in a paragraph, so the benchmark measures the same thing,
// click to painted text, with the same observer.

import { WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';

/** How a peer joins the room. */
export interface RawPeerOptions {
  room: string;
  password: string;
  /** Our own signaling server only, never y-webrtc's public default. */
  signaling: string[];
  /** How many pages the buttons move between, as in the app's module. */
  pageCount: number;
}

let provider: WebrtcProvider | undefined;

function button(label: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  element.addEventListener('click', onClick);
  return element;
}

/** Joins the room, shows the page the map holds and adds the buttons that move it. */
export function start(options: RawPeerOptions): void {
  if (provider) throw new Error('RawPeer.start() called twice');
  const doc = new Y.Doc();
  const map = doc.getMap<number>('bench');
  const current = () => map.get('page') ?? 0;
  const position = document.createElement('p');
  const show = () => (position.textContent = `Page ${current() + 1} of ${options.pageCount}`);
  show();
  map.observe((event) => {
    if (event.keysChanged.has('page')) show();
  });
  const move = (by: number) => () => {
    const to = current() + by;
    if (to >= 0 && to < options.pageCount) map.set('page', to);
  };
  document.body.replaceChildren(position, button('Previous page', move(-1)), button('Next page', move(1)));
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

/** Leaves the room. */
export function stop(): void {
  provider?.destroy();
  provider = undefined;
}
