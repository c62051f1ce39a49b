// The browser side of the raw sync benchmark: a bare Y.Map shared over plain y-webrtc, with
// nothing of the app around it. syncLatency.ts bundles this file with Vite as an IIFE whose
// named exports become the global `RawPeer`, and drives it from Playwright exactly as it drives
// the app: a click on "Next page" or "Previous page" on one device sets the page in the map, and
// every device shows "Page n of m" in a paragraph, so the benchmark measures the same thing,
// click to painted text, with the same observer. Given the module's pages, it also draws the
// page's text below, so that a second baseline tells the cost of drawing a page apart from the
// app's own overhead.

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
  /** The module's pages, to draw each one's text as the app does, or none for the position line alone. */
  pages?: RawPage[];
}

/** The text of one page: its title, its paragraphs and list items, and its question. */
export interface RawPage {
  title: string;
  paragraphs: string[];
  prompt: string;
}

function textElement(tag: string, text: string, className?: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (className) element.className = className;
  return element;
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
  const article = document.createElement('article');
  const show = () => {
    position.textContent = `Page ${current() + 1} of ${options.pageCount}`;
    const page = options.pages?.[current()];
    if (page) article.replaceChildren(textElement('h1', page.title), ...page.paragraphs.map((text) => textElement('p', text)), textElement('p', page.prompt, 'prompt'));
  };
  show();
  map.observe((event) => {
    if (event.keysChanged.has('page')) show();
  });
  const move = (by: number) => () => {
    const to = current() + by;
    if (to >= 0 && to < options.pageCount) map.set('page', to);
  };
  document.body.replaceChildren(position, button('Previous page', move(-1)), button('Next page', move(1)), article);
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
