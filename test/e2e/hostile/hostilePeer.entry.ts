// A hostile peer for end-to-end tests: plain Yjs over y-webrtc with the room's real key, which
// writes garbage into the session document and sends raw garbage and malformed messages over the
// data channels.
// Bundled for a blank page by hostileBundle.ts; never part of the app.

import { WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';
import { topicFor } from '../../../src/sync/roomCrypto.ts';
import { malformedSyncStep1, nonJsonAwareness } from '../../helpers/malformedMessages.ts';

let doc: Y.Doc | undefined;
let provider: WebrtcProvider | undefined;

interface PeerConn {
  peer: { send: (data: Uint8Array) => void };
}

function conns(): PeerConn[] {
  return [...((provider?.room?.webrtcConns.values() ?? []) as Iterable<PeerConn>)];
}

function sendToAll(message: Uint8Array): number {
  for (const conn of conns()) conn.peer.send(message);
  return conns().length;
}

const api = {
  async join(roomId: string, secret: string, signalingUrl: string): Promise<void> {
    doc = new Y.Doc();
    provider = new WebrtcProvider(await topicFor({ roomId, secret }), doc, { signaling: [signalingUrl], password: secret, peerOpts: { config: { iceServers: [] } } });
  },
  connections: (): number => conns().length,
  hasSession: (): boolean => (doc?.getMap('session').size ?? 0) > 0,
  writeGarbage(): void {
    const d = doc as Y.Doc;
    d.transact(() => {
      const participants = d.getMap<unknown>('participants');
      participants.set('number', 42);
      participants.set('array', [1, 2, 3]);
      participants.set('evil', { id: 'evil', name: `<img src=x onerror="window.pwned=1">${'A'.repeat(100_000)}`, seat: 1.5, present: true, hasDevice: true });
      participants.set('liar', { id: 'someone-else', name: 'Liar', seat: 2, present: true, hasDevice: true });
      const readers = d.getMap<unknown>('readers');
      readers.set('00', 'evil');
      readers.set('7', 12345);
      d.getArray<unknown>('moves').push([{ bogus: true }, 17, null]);
    });
  },
  sendRawGarbage(): number {
    const garbage = new Uint8Array(200_000).map((_, i) => (i * 7919) % 256);
    for (const conn of conns()) {
      conn.peer.send(new Uint8Array([255, 255, 255, 255, 1, 2, 3]));
      conn.peer.send(new Uint8Array([0, 2, 200, 1, 9, 9, 9]));
      conn.peer.send(garbage);
    }
    return conns().length;
  },
  /** Sends every connected peer a sync step 1 with a malformed state vector; gives the number of peers. */
  sendMalformedSyncStep1: (): number => sendToAll(malformedSyncStep1()),
  /** Sends every connected peer an awareness update that is not JSON; gives the number of peers. */
  sendNonJsonAwareness: (): number => sendToAll(nonJsonAwareness()),
  /** Overwrites the session's module and shape, written once at seeding, with garbage. */
  spoilContent(): void {
    doc?.transact(() => {
      doc!.getMap('session').set('content', { id: 'Not An Id', pages: 'none' });
      doc!.getMap('session').set('shape', 'one');
    });
  },
  claimNewerShape(): void {
    doc?.getMap('session').set('shape', 99);
  },
  restoreShape(): void {
    doc?.getMap('session').set('shape', 1);
  },
};

(globalThis as unknown as { hostile: typeof api }).hostile = api;
