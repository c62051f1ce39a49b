// Keeps a peer's malformed messages from raising errors on this device: y-webrtc reads each
// message from a data channel or from the BroadcastChannel with no try/catch around y-protocols.

import * as bc from 'lib0/broadcastchannel';
import * as decoding from 'lib0/decoding';

/** How y-webrtc's connection (simple-peer) hands over the messages of a data channel. */
type DataListener = (data: Uint8Array) => void;

/** A simple-peer connection, as far as the guard uses it (simple-peer's EventEmitter). */
export interface DataChannelPeer {
  listeners: (event: 'data') => unknown[];
  on: (event: 'data', listener: DataListener) => unknown;
  removeListener: (event: 'data', listener: DataListener) => unknown;
}

/** The parts of y-webrtc's room the guard uses; y-webrtc does not export its type. */
export interface GuardableRoom {
  /** The room's name, which is also the name of its BroadcastChannel (lib0/broadcastchannel). */
  name: string;
  /** The room's key: with one, every BroadcastChannel message is an AES-GCM envelope. */
  key: CryptoKey | null;
  /** Whether the room is subscribed to its BroadcastChannel (between connect and disconnect). */
  bcconnected: boolean;
  webrtcConns: Map<string, { peer: DataChannelPeer }>;
  /** Reads a BroadcastChannel message; `connect` subscribes it and `disconnect` unsubscribes it, by this property. */
  _bcSubscriber: (data: ArrayBuffer | Uint8Array) => unknown;
}

/** A guard on a room's incoming messages; see guardRoomMessages. */
export interface MessageGuard {
  /** How many messages were dropped because reading them threw. */
  dropped: () => number;
  /** Gives the room back its own, unguarded listeners. */
  stop: () => void;
}

/** How many dropped messages are reported before the guard goes quiet: one bad peer must not fill the console. */
export const REPORTED_DROPS = 10;

/** Warns of the first few dropped messages (the count is in the message), then says nothing more. */
export function warnOfFirstDrops(error: unknown, count: number): void {
  if (count > REPORTED_DROPS) return;
  const later = count === REPORTED_DROPS ? ' Later ones are dropped without a word.' : '';
  console.warn(`A message from a peer could not be read and was dropped (${count} dropped so far).${later}`, error);
}

/** Whether `data` starts as y-webrtc's encrypted envelope does; y-webrtc leaves a rejected promise unhandled for one that does not. */
function isEnvelope(data: ArrayBuffer | Uint8Array): boolean {
  try {
    return decoding.readVarString(decoding.createDecoder(new Uint8Array(data))) === 'AES-GCM';
  } catch {
    return false;
  }
}

/**
 * Wraps every way a message reaches `room` in a try/catch: the data listener of each WebRTC
 * connection, now and as connections are added (peers that join later, and after the room
 * reconnects), and the room's BroadcastChannel subscriber, which the room subscribes again on
 * each connect. A message whose reading throws is dropped, counted and passed to `report`;
 * every other message is read by y-webrtc's own code, so its answers are sent as before.
 */
export function guardRoomMessages(room: GuardableRoom, report: (error: unknown, count: number) => void = warnOfFirstDrops): MessageGuard {
  let dropped = 0;
  const drop = (error: unknown) => {
    dropped++;
    report(error, dropped);
  };

  const wrapped = new WeakMap<DataChannelPeer, Array<[DataListener, DataListener]>>();
  const guardPeer = (peer: DataChannelPeer) => {
    if (wrapped.has(peer)) return;
    const pairs = (peer.listeners('data') as DataListener[]).map((original): [DataListener, DataListener] => [
      original,
      (data) => {
        try {
          original.call(peer, data);
        } catch (error) {
          drop(error);
        }
      },
    ]);
    for (const [original, guarded] of pairs) {
      peer.removeListener('data', original);
      peer.on('data', guarded);
    }
    wrapped.set(peer, pairs);
  };
  const unguardPeer = (peer: DataChannelPeer) => {
    for (const [original, guarded] of wrapped.get(peer) ?? []) {
      peer.removeListener('data', guarded);
      peer.on('data', original);
    }
    wrapped.delete(peer);
  };

  // y-webrtc creates each connection (its data listener included) before it adds it to the map,
  // and no message can arrive before the connection opens.
  const conns = room.webrtcConns;
  const ownSet = Object.getOwnPropertyDescriptor(conns, 'set');
  const setConn = conns.set;
  conns.set = (peerId, conn) => {
    guardPeer(conn.peer);
    return setConn.call(conns, peerId, conn);
  };
  for (const conn of conns.values()) guardPeer(conn.peer);

  const readBc = room._bcSubscriber;
  const guardedBc = (data: ArrayBuffer | Uint8Array) => {
    if (room.key && !isEnvelope(data)) {
      drop(new Error('A BroadcastChannel message is not an encrypted envelope'));
      return;
    }
    try {
      // The room decrypts, then reads: an error while reading rejects the promise it returns.
      void Promise.resolve(readBc(data)).then(undefined, drop);
    } catch (error) {
      drop(error);
    }
  };
  const useSubscriber = (next: GuardableRoom['_bcSubscriber']) => {
    const previous = room._bcSubscriber;
    room._bcSubscriber = next;
    if (!room.bcconnected) return;
    // Subscribing first keeps the channel open: lib0 closes it when its last subscriber leaves.
    bc.subscribe(room.name, next);
    bc.unsubscribe(room.name, previous);
  };
  useSubscriber(guardedBc);

  return {
    dropped: () => dropped,
    stop() {
      if (ownSet) Object.defineProperty(conns, 'set', ownSet);
      else Reflect.deleteProperty(conns, 'set');
      for (const conn of conns.values()) unguardPeer(conn.peer);
      if (room._bcSubscriber === guardedBc) useSubscriber(readBc);
    },
  };
}
