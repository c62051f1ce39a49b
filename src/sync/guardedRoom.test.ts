// The guard on a room's incoming messages: a real y-webrtc room for the BroadcastChannel path,
// fake simple-peer connections (with a listener that reads as y-webrtc's does) for the data path.

import { EventEmitter } from 'node:events';
import * as bc from 'lib0/broadcastchannel';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import { WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';
import type { DataChannelPeer, GuardableRoom } from './guardedRoom.ts';
import { guardRoomMessages } from './guardedRoom.ts';
import { malformedSyncStep1, nonJsonAwareness, sealWithKey } from '../../test/helpers/malformedMessages.ts';

const MALFORMED_SYNC_STEP_1 = malformedSyncStep1();

function syncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
  return encoding.toUint8Array(encoder);
}

const seal = sealWithKey;

async function unseal(key: CryptoKey, data: Uint8Array): Promise<Uint8Array> {
  const decoder = decoding.createDecoder(data);
  decoding.readVarString(decoder);
  const iv = decoding.readVarUint8Array(decoder) as Uint8Array<ArrayBuffer>;
  const cipher = decoding.readVarUint8Array(decoder) as Uint8Array<ArrayBuffer>;
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, cipher));
}

let rooms = 0;
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A real y-webrtc room with no signaling: only its BroadcastChannel, here within this process. */
async function openRoom() {
  const doc = new Y.Doc();
  doc.getText('notes').insert(0, 'hello');
  const name = `guarded-room-test-${++rooms}`;
  const provider = new WebrtcProvider(name, doc, { signaling: [], password: 'secret' });
  const key = (await provider.key) as CryptoKey;
  const room = provider.room as unknown as GuardableRoom;
  cleanups.push(() => {
    provider.destroy();
    doc.destroy();
  });
  return { doc, provider, room, key, name };
}

interface FakePeer extends DataChannelPeer {
  emit: (event: 'data', data: Uint8Array) => boolean;
  sent: Uint8Array[];
}

/** A connection whose data listener reads a state vector and answers with what the peer lacks, as y-webrtc answers a sync step 1. */
function fakeConn(doc: Y.Doc): { peer: FakePeer; destroy: () => void } {
  const peer = Object.assign(new EventEmitter(), { sent: [] as Uint8Array[] }) as unknown as FakePeer;
  peer.on('data', (data) => {
    peer.sent.push(Y.encodeStateAsUpdate(doc, data));
  });
  return { peer, destroy: () => undefined };
}

function fakeRoom(): GuardableRoom {
  return { name: 'fake', key: null, bcconnected: false, webrtcConns: new Map(), _bcSubscriber: () => undefined };
}

describe('guardRoomMessages over the BroadcastChannel', () => {
  it('drops malformed messages, counts them, and throws nothing', async () => {
    const { room, key, name } = await openRoom();
    const reports: number[] = [];
    const guard = guardRoomMessages(room, (_error, count) => reports.push(count));

    bc.publish(name, await seal(key, MALFORMED_SYNC_STEP_1));
    await expect.poll(guard.dropped).toBe(1);
    bc.publish(name, await seal(key, nonJsonAwareness()));
    await expect.poll(guard.dropped).toBe(2);
    // Not even an envelope: y-webrtc's own decrypt would leave a rejected promise unhandled.
    bc.publish(name, new Uint8Array([3, 1, 2, 3]));
    await expect.poll(guard.dropped).toBe(3);
    expect(reports).toEqual([1, 2, 3]);
  });

  it('still reads legitimate messages and sends their answers', async () => {
    const { doc, room, key, name } = await openRoom();
    const guard = guardRoomMessages(room, () => undefined);
    const replies: Uint8Array[] = [];
    const listen = (data: Uint8Array) => void unseal(key, data).then((m) => replies.push(m));
    bc.subscribe(name, listen);
    cleanups.push(() => bc.unsubscribe(name, listen));

    // A sync step 1 from an empty document is answered with this document's content (step 2).
    bc.publish(name, await seal(key, syncStep1(new Y.Doc())));
    const other = new Y.Doc();
    await expect
      .poll(() => {
        for (const reply of replies) {
          const decoder = decoding.createDecoder(reply);
          if (decoding.readVarUint(decoder) === 0 && decoding.readVarUint(decoder) === 1) Y.applyUpdate(other, decoding.readVarUint8Array(decoder));
        }
        return other.getText('notes').toString();
      })
      .toBe('hello');

    // An update from a peer reaches the document.
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    peer.getText('notes').insert(5, ', world');
    const update = encoding.createEncoder();
    encoding.writeVarUint(update, 0);
    encoding.writeVarUint(update, 2);
    encoding.writeVarUint8Array(update, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)));
    bc.publish(name, await seal(key, encoding.toUint8Array(update)));
    await expect.poll(() => doc.getText('notes').toString()).toBe('hello, world');
    expect(guard.dropped()).toBe(0);
  });

  it('stays on when the room reconnects, and gives the room its own listeners back when stopped', async () => {
    const { doc, provider, room, key, name } = await openRoom();
    const own = room._bcSubscriber;
    const guard = guardRoomMessages(room, () => undefined);
    provider.disconnect();
    provider.connect();
    expect(room.bcconnected).toBe(true);
    bc.publish(name, await seal(key, MALFORMED_SYNC_STEP_1));
    await expect.poll(guard.dropped).toBe(1);
    // A connection the reconnected room adds is guarded too.
    const conn = fakeConn(doc);
    room.webrtcConns.set('after-reconnect', conn);
    expect(() => conn.peer.emit('data', new Uint8Array([5]))).not.toThrow();
    expect(guard.dropped()).toBe(2);

    guard.stop();
    expect(room._bcSubscriber).toBe(own);
    // Unguarded again: the room's own subscriber rejects on the same message.
    await expect(Promise.resolve(room._bcSubscriber(await seal(key, MALFORMED_SYNC_STEP_1)))).rejects.toThrow('Unexpected end of array');
    expect(() => conn.peer.emit('data', new Uint8Array([5]))).toThrow('Unexpected end of array');
    expect(guard.dropped()).toBe(2);
  });
});

describe('guardRoomMessages over data channels', () => {
  it('drops a message that throws, on connections open at the start and added later, and passes the others through', () => {
    const doc = new Y.Doc();
    doc.getText('notes').insert(0, 'hello');
    const room = fakeRoom();
    const early = fakeConn(doc);
    room.webrtcConns.set('early', early);
    const guard = guardRoomMessages(room, () => undefined);
    const later = fakeConn(doc);
    room.webrtcConns.set('later', later);

    for (const { peer } of [early, later]) {
      expect(() => peer.emit('data', new Uint8Array([5]))).not.toThrow();
      expect(peer.sent).toEqual([]);
      peer.emit('data', Y.encodeStateVector(new Y.Doc()));
      const other = new Y.Doc();
      Y.applyUpdate(other, peer.sent[0]!);
      expect(other.getText('notes').toString()).toBe('hello');
      expect(peer.listeners('data')).toHaveLength(1);
    }
    expect(guard.dropped()).toBe(2);
    expect(room.webrtcConns.size).toBe(2);
  });

  it('gives the connections their own listeners back when stopped', () => {
    const room = fakeRoom();
    const conn = fakeConn(new Y.Doc());
    const own = conn.peer.listeners('data')[0];
    room.webrtcConns.set('a', conn);
    const guard = guardRoomMessages(room, () => undefined);
    guard.stop();
    expect(conn.peer.listeners('data')).toEqual([own]);
    expect(Object.hasOwn(room.webrtcConns, 'set')).toBe(false);
    expect(() => conn.peer.emit('data', new Uint8Array([5]))).toThrow('Unexpected end of array');
    expect(guard.dropped()).toBe(0);
  });
});
