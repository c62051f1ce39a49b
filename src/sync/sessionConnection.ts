// A device's connection to a live session: the Y.Doc, stored on the device as it changes
// (sessionStore.ts), shared with the other devices through y-webrtc (WebRTC between devices,
// BroadcastChannel between windows of one browser). The only module that touches WebrtcProvider.
// It also reports the connection's state and tells a wrong secret from an empty room.

import * as encoding from 'lib0/encoding';
import { WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';
import type { RoomKey } from '../core/roomLink.ts';
import { guardRoomMessages, type GuardableRoom } from './guardedRoom.ts';
import { linksSignature, meshComplete, readLinks } from './meshRelay.ts';
import { encryptMessage, lobbyFor, openMessage, topicFor } from './roomCrypto.ts';
import { readSession } from './sessionDoc.ts';
import { openStoredSession, sessionStoreName } from './sessionStore.ts';

export { sessionStoreName };

/** Where to find the other devices. */
export interface TransportSettings {
  /** Our own signaling servers (ws:// or wss:// URLs). Empty: this browser's windows only. */
  signaling: string[];
  /** STUN/TURN servers; none by default, which suits a room's own network. */
  iceServers: RTCIceServer[];
}

/** The state of the connection, as shown to people. */
export interface ConnectionStatus {
  /** Other devices connected over WebRTC. */
  devices: number;
  /** Other windows of this browser (a projector window) connected over BroadcastChannel. */
  windows: number;
  /** The signaling server: only needed to find devices, not to keep them. */
  signaling: 'off' | 'connecting' | 'connected' | 'lost';
  /** Messages for this room arrive that our secret cannot open, and none that it can. */
  wrongSecret: boolean;
}

/** An open connection. */
export interface SessionConnection {
  doc: Y.Doc;
  status: () => ConnectionStatus;
  /** Calls `listener` on every change of status; returns a function that stops it. */
  onStatus: (listener: (status: ConnectionStatus) => void) => () => void;
  /** The number of WebRTC connections, for tests that must prove traffic went over WebRTC. */
  webrtcConnections: () => number;
  /** Messages from peers dropped because they could not be read (see guardedRoom.ts). */
  droppedMessages?: () => number;
  /**
   * The devices whose windows are connected to this one now, by the id each says it is (this
   * device's own other windows included); `onStatus` calls its listeners when this may change.
   * Absent on a connection that cannot tell.
   */
  presentDevices?: () => ReadonlySet<string>;
  destroy: () => Promise<void>;
}

/**
 * Other devices and other windows of this browser, from y-webrtc's two peer lists and the device
 * each peer says it belongs to (`deviceOf`, from awareness). Every window of a browser has its
 * own peer id, so a laptop that also opened a projector window is two peers but one device. A
 * window of this browser can also be reached over WebRTC, when the signaling server's
 * announcement beats the BroadcastChannel handshake; it is still a window, not another device.
 * A peer whose device is not known yet counts as a device of its own.
 */
export function countPeers(
  webrtcPeers: readonly string[],
  bcPeers: readonly string[],
  deviceOf: ReadonlyMap<string, string> = new Map(),
  ownDevice?: string,
): { devices: number; windows: number } {
  const windows = new Set(bcPeers);
  const devices = new Set<string>();
  for (const peer of webrtcPeers) {
    if (windows.has(peer)) continue;
    const device = deviceOf.get(peer);
    if (device !== undefined && device === ownDevice) windows.add(peer);
    else devices.add(device === undefined ? `peer ${peer}` : `device ${device}`);
  }
  return { devices: devices.size, windows: windows.size };
}

/**
 * Which device each peer belongs to, from the awareness states peers publish as
 * `{ device: { id, peer } }`. A state of any other shape is ignored: it comes from another
 * device, and at worst a peer is counted on its own.
 */
export function devicesByPeer(states: Iterable<unknown>): Map<string, string> {
  const byPeer = new Map<string, string>();
  for (const state of states) {
    const device = (state as { device?: unknown } | null)?.device as { id?: unknown; peer?: unknown } | null | undefined;
    if (typeof device?.id === 'string' && typeof device.peer === 'string') byPeer.set(device.peer, device.id);
  }
  return byPeer;
}

/**
 * What each peer says it is connected to, from the same awareness states as devicesByPeer (as
 * `device.links`): undefined for a peer whose list is missing or malformed.
 */
export function linksByPeer(states: Iterable<unknown>): Map<string, string[] | undefined> {
  const byPeer = new Map<string, string[] | undefined>();
  for (const state of states) {
    const device = (state as { device?: unknown } | null)?.device as { peer?: unknown; links?: unknown } | null | undefined;
    if (typeof device?.peer === 'string' && device.peer.length > 0) byPeer.set(device.peer, readLinks(device.links));
  }
  return byPeer;
}

/** The parts of y-webrtc's room that relayOnlyWhereNeeded uses; y-webrtc does not export its type. */
interface YWebrtcRoom {
  peerId: string;
  webrtcConns: Map<string, { connected: boolean; peer: { send: (data: Uint8Array) => void; once: (event: 'connect', listener: () => void) => void } }>;
  bcConns: Set<string>;
  /** Sends an update of the document to every peer; the room adds it to the document's update listeners when it connects. */
  _docUpdateHandler: (update: Uint8Array, origin: unknown) => void;
}

/** How soon after the connections in the room change a device asks its peers for what it lacks. */
const CATCH_UP_AFTER_MS = 200;

/**
 * Makes the room pass on another device's change only while some peer may not have it from that
 * device directly (see meshRelay.ts): always when another window of this browser is connected
 * over BroadcastChannel, since such a window may hear the room only through this one. Keeps
 * this window's list of connections in its awareness state (`publish`, called when connections
 * change), and, each time some peer's connections change, asks every connected peer for what
 * this device lacks (a Yjs sync step 1, which y-webrtc answers with the missing changes).
 */
function relayOnlyWhereNeeded(room: YWebrtcRoom, doc: Y.Doc, awareness: WebrtcProvider['awareness'], deviceId: string) {
  const ownLinks = () => [...[...room.webrtcConns].filter(([, conn]) => conn.connected).map(([peer]) => peer), ...room.bcConns].sort();
  const peerLinks = () => linksByPeer(awareness.getStates().values());

  const relayAll = room._docUpdateHandler;
  const handler = (update: Uint8Array, origin: unknown) => {
    // The room is the origin of every change that came from a peer.
    if (origin === room && room.bcConns.size === 0 && meshComplete(room.peerId, ownLinks(), peerLinks())) return;
    relayAll(update, origin);
  };
  doc.off('update', relayAll);
  room._docUpdateHandler = handler;
  doc.on('update', handler);

  const catchUp = () => {
    catchUpTimer = undefined;
    // y-webrtc's sync message (0), holding a Yjs sync step 1 (0) with this document's state vector.
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
    const message = encoding.toUint8Array(encoder);
    for (const conn of room.webrtcConns.values()) {
      try {
        if (conn.connected) conn.peer.send(message);
      } catch {
        // A connection closing as it is used; its peer catches up when it comes back.
      }
    }
  };
  let catchUpTimer: ReturnType<typeof setTimeout> | undefined;
  let signature = '';
  const onChange = () => {
    const next = linksSignature(room.peerId, ownLinks(), peerLinks());
    if (next === signature) return;
    signature = next;
    catchUpTimer ??= setTimeout(catchUp, CATCH_UP_AFTER_MS);
  };
  awareness.on('change', onChange);

  let published: string | undefined;
  const watched = new WeakSet<object>();
  const publish = () => {
    // A connection that opens changes the list: watch each one until it does.
    for (const conn of room.webrtcConns.values()) {
      if (conn.connected || watched.has(conn)) continue;
      watched.add(conn);
      conn.peer.once('connect', publish);
    }
    const links = ownLinks();
    const key = links.join(' ');
    if (key === published) return;
    published = key;
    awareness.setLocalStateField('device', { id: deviceId, peer: room.peerId, links });
  };
  return {
    publish,
    stop() {
      clearTimeout(catchUpTimer);
      awareness.off('change', onChange);
    },
  };
}

interface SignalingSocket {
  connected: boolean;
  on: (event: string, handler: (...args: never[]) => void) => void;
  off: (event: string, handler: (...args: never[]) => void) => void;
  send: (message: unknown) => void;
}

/** How long undecryptable traffic must go unanswered by any readable message to count as a wrong secret. */
const WRONG_SECRET_AFTER_MS = 1500;

/** Opens a session's document and connects it to the other devices; `deviceId` tells this device's windows apart from other devices. */
export async function connectSession(room: RoomKey, transport: TransportSettings, deviceId: string): Promise<SessionConnection> {
  const stored = await openStoredSession(sessionStoreName(room.roomId));
  const { doc, compaction } = stored;

  const [topic, lobby] = await Promise.all([topicFor(room), lobbyFor(room.roomId)]);
  const provider = new WebrtcProvider(topic, doc, {
    signaling: transport.signaling,
    password: room.secret,
    peerOpts: { config: { iceServers: transport.iceServers } },
  });
  const key = (await provider.key) as CryptoKey;
  // The provider opens its room once the key is derived, before this line runs.
  const webrtcRoom = provider.room as unknown as YWebrtcRoom | null;
  if (!webrtcRoom) throw new Error('y-webrtc did not open the room');
  const guard = guardRoomMessages(provider.room as unknown as GuardableRoom);
  const relay = relayOnlyWhereNeeded(webrtcRoom, doc, provider.awareness, deviceId);
  // Every change is stored as it comes; a page that is closing compacts a withdrawal that waits.
  const onPageHide = () => void compaction.flush();
  addEventListener('pagehide', onPageHide);

  const listeners = new Set<(status: ConnectionStatus) => void>();
  let devices = 0;
  let windows = 0;
  let readable = 0;
  let unreadableSince: number | undefined;
  let lastBeacon = 0;
  let everConnected = false;
  let wrongSecretTimer: ReturnType<typeof setTimeout> | undefined;

  const sockets = provider.signalingConns as unknown as SignalingSocket[];
  const isMember = () => readSession(doc).state !== 'empty';
  const status = (): ConnectionStatus => {
    const connected = sockets.some((socket) => socket.connected);
    return {
      devices,
      windows,
      signaling: transport.signaling.length === 0 ? 'off' : connected ? 'connected' : everConnected ? 'lost' : 'connecting',
      // A device that holds the session has the right secret: strangers' messages say nothing of it.
      wrongSecret: readable === 0 && devices === 0 && unreadableSince !== undefined && Date.now() - unreadableSince >= WRONG_SECRET_AFTER_MS && !isMember(),
    };
  };
  const emit = () => {
    const current = status();
    for (const listener of listeners) listener(current);
  };

  let peers: { webrtcPeers: string[]; bcPeers: string[] } = { webrtcPeers: [], bcPeers: [] };
  const recount = () => {
    ({ devices, windows } = countPeers(peers.webrtcPeers, peers.bcPeers, devicesByPeer(provider.awareness.getStates().values()), deviceId));
    emit();
  };
  provider.on('peers', (event: { webrtcPeers: string[]; bcPeers: string[] }) => {
    peers = event;
    relay.publish();
    recount();
  });
  // Each window says which device it is on, so the other devices count a laptop once, and
  // which peers it is connected to, so that they know whether to pass changes on.
  relay.publish();
  provider.awareness.on('change', recount);

  // The session's topic holds only devices with the right secret, so a wrong or stale secret
  // is told apart in the room's lobby: every device there says hello, encrypted with its key,
  // and a member answers a hello it cannot open with a beacon of its own. A message we can read
  // proves our secret right; only ones we cannot, from the others, point to a wrong secret.
  const sayHello = (socket: SignalingSocket) =>
    void encryptMessage(key, { type: 'roundtable-hello', from: provider.room?.peerId ?? '' }).then((data) => {
      if (socket.connected) socket.send({ type: 'publish', topic: lobby, data });
    });
  const onConnect = (_event: unknown, socket: SignalingSocket) => {
    everConnected = true;
    socket.send({ type: 'subscribe', topics: [lobby] });
    sayHello(socket);
    emit();
  };
  const onMessage = (message: { type?: unknown; topic?: unknown; data?: unknown }, socket: SignalingSocket) => {
    if (message.type !== 'publish' || message.topic !== lobby) return;
    const ownId = provider.room?.peerId;
    void openMessage(key, message.data).then(async (content) => {
      if (content !== undefined) {
        // The server echoes our own messages back; only another device's proves the secret.
        const from = (content as { from?: unknown } | null)?.from;
        if (from !== ownId) {
          readable++;
          emit();
        }
        return;
      }
      unreadableSince ??= Date.now();
      clearTimeout(wrongSecretTimer);
      wrongSecretTimer = setTimeout(emit, WRONG_SECRET_AFTER_MS + 50);
      // So that a device holding a wrong secret sees messages it cannot open and can say so,
      // instead of waiting forever.
      if (isMember() && Date.now() - lastBeacon > 2000) {
        lastBeacon = Date.now();
        socket.send({ type: 'publish', topic: lobby, data: await encryptMessage(key, { type: 'roundtable-beacon', from: ownId ?? '' }) });
      }
    });
  };
  // y-webrtc announces itself only when it subscribes, so a handshake that fails is never
  // retried. Announcing again now and then (often while alone) heals that; a peer that is
  // already connected ignores it.
  let lastAnnounce = Date.now();
  const announceTimer = setInterval(() => {
    relay.publish();
    const alone = devices === 0;
    if (Date.now() - lastAnnounce < (alone ? 5000 : 15000) || status().wrongSecret) return;
    const peerId = provider.room?.peerId;
    if (!peerId) return;
    lastAnnounce = Date.now();
    void encryptMessage(key, { type: 'announce', from: peerId }).then((data) => {
      for (const socket of sockets) if (socket.connected) socket.send({ type: 'publish', topic, data });
    });
    // Alone, a device also greets the lobby again: a member may have come since.
    if (alone && !isMember()) for (const socket of sockets) if (socket.connected) sayHello(socket);
  }, 1000);

  for (const socket of sockets) {
    if (socket.connected) onConnect(undefined, socket);
    socket.on('connect', onConnect);
    socket.on('disconnect', emit);
    socket.on('message', onMessage as never);
  }

  return {
    doc,
    status,
    onStatus(listener) {
      listeners.add(listener);
      listener(status());
      return () => listeners.delete(listener);
    },
    webrtcConnections: () => provider.room?.webrtcConns.size ?? 0,
    droppedMessages: guard.dropped,
    presentDevices() {
      const byPeer = devicesByPeer(provider.awareness.getStates().values());
      return new Set([...peers.webrtcPeers, ...peers.bcPeers].flatMap((peer) => byPeer.get(peer) ?? []));
    },
    async destroy() {
      removeEventListener('pagehide', onPageHide);
      clearTimeout(wrongSecretTimer);
      clearInterval(announceTimer);
      provider.awareness.off('change', recount);
      relay.stop();
      guard.stop();
      listeners.clear();
      for (const socket of sockets) {
        socket.off('connect', onConnect);
        socket.off('disconnect', emit);
        socket.off('message', onMessage as never);
        // The socket may serve another session of this page after this one.
        if (socket.connected) socket.send({ type: 'unsubscribe', topics: [lobby] });
      }
      provider.destroy();
      await stored.close();
      doc.destroy();
    },
  };
}
