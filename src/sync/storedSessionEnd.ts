// Whether a session stored on this device has ended, read from its stored document without
// joining the room. Loaded only where rejoining is offered, since it needs Yjs.

import { IndexeddbPersistence } from 'y-indexeddb';
import { Doc } from 'yjs';
import { readSession } from './sessionDoc.ts';
import { sessionStoreName } from './sessionStoreName.ts';

/**
 * Whether the stored document of `roomId` says its session has ended. A document that is
 * empty, damaged or from a newer version says nothing: false.
 */
export async function storedSessionEnded(roomId: string): Promise<boolean> {
  const doc = new Doc();
  const persistence = new IndexeddbPersistence(sessionStoreName(roomId), doc);
  try {
    await persistence.whenSynced;
    const read = readSession(doc);
    return read.state === 'ok' && (read.session.phase === 'ended' || read.session.endedAt !== null);
  } finally {
    await persistence.destroy();
    doc.destroy();
  }
}
