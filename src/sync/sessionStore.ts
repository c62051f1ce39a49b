// A session's Y.Doc as this device stores it (y-indexeddb's database and record format): every
// change, this device's or another's, is written in the task that applies it, and the stored
// copy is compacted once shared text is withdrawn, so that the text leaves this device.

import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { readWithdrawn, sessionMaps } from './sessionDoc.ts';

export { sessionStoreName } from './sessionStoreName.ts';

/**
 * A new, empty session document. Garbage collection stays on (the Yjs default, kept explicit):
 * a withdrawn takeaway's text is then dropped from the document and from every update it
 * encodes, not only hidden.
 */
export function createSessionDoc(): Y.Doc {
  return new Y.Doc({ gc: true });
}

/** The key, in y-indexeddb's `custom` store, of the marker a compaction leaves (see CompactionMarker). */
export const COMPACTION_MARKER_KEY = 'compacted';

/**
 * What the last compaction covered: `withdrawals` is how many tombstones the document held
 * when it was compacted. Once it reaches N, the text of the first N withdrawals is gone from
 * this device's stored copy.
 */
export interface CompactionMarker {
  withdrawals: number;
}

/** The parts of y-indexeddb's persistence that storing and compacting use. */
type Persistence = IndexeddbPersistence & { db: IDBDatabase | null; _dbsize: number };

/** Resolves once `transaction` has committed; rejects if it fails. */
function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('the stored session document was not written'));
  });
}

/**
 * Replaces every stored update of `persistence` with the document's whole state, and leaves a
 * CompactionMarker, in one transaction: the old updates, and any withdrawn text in them, are
 * gone exactly when the promise resolves. Updates stored after it began are kept.
 */
export function compactStored(persistence: IndexeddbPersistence): Promise<void> {
  const { db, doc } = persistence as Persistence;
  if (!db) return Promise.reject(new Error('the stored session document is not open'));
  const transaction = db.transaction(['updates', 'custom'], 'readwrite');
  const updates = transaction.objectStore('updates');
  const whole = updates.add(Y.encodeStateAsUpdate(doc));
  whole.onsuccess = () => {
    updates.delete(IDBKeyRange.upperBound(whole.result, true));
    const withdrawn = readWithdrawn(doc);
    const marker: CompactionMarker = { withdrawals: withdrawn.shared.size + withdrawn.checkins.size };
    transaction.objectStore('custom').put(marker, COMPACTION_MARKER_KEY);
    transaction.commit();
  };
  return committed(transaction).then(() => {
    (persistence as Persistence)._dbsize = 1;
  });
}

/** How many stored updates make the stored copy worth compacting on its own (y-indexeddb's own figure). */
const TRIM_AT = 500;

/** How soon after the stored updates reach TRIM_AT they are compacted: a burst of changes compacts once. */
const TRIM_AFTER_MS = 1000;

/**
 * Makes `persistence` write every change of its document to IndexedDB in the task that applies
 * it, committed at once: a reload or a crash an instant later keeps it. This replaces
 * y-indexeddb's own writer, which waits for the transaction to end by itself, and trims the
 * stored updates once there are many. Returns a function that stops it.
 */
export function storeEveryChange(persistence: IndexeddbPersistence, onFailure: (error: unknown) => void): () => void {
  const p = persistence as Persistence;
  const { doc } = p;
  let trimTimer: ReturnType<typeof setTimeout> | undefined;
  const store = (update: Uint8Array, origin: unknown) => {
    // Updates read back from storage are stored already.
    if (origin === persistence || !p.db) return;
    // Relaxed: once the browser has it, a reload or a crashed tab keeps it; only a power cut
    // before the system writes it out could lose it, and the other devices still hold it then.
    const transaction = p.db.transaction('updates', 'readwrite', { durability: 'relaxed' });
    transaction.objectStore('updates').add(update);
    transaction.commit();
    committed(transaction).catch(onFailure);
    if (++p._dbsize < TRIM_AT || trimTimer !== undefined) return;
    trimTimer = setTimeout(() => {
      trimTimer = undefined;
      compactStored(persistence).catch(onFailure);
    }, TRIM_AFTER_MS);
  };
  doc.off('update', p._storeUpdate);
  doc.on('update', store);
  return () => {
    clearTimeout(trimTimer);
    doc.off('update', store);
  };
}

/** How soon after shared text is withdrawn the stored document is compacted: a burst of changes compacts once. */
export const COMPACT_AFTER_MS = 250;

/** A watch on a document's shared takeaways and check-ins; see compactAfterWithdrawals. */
export interface WithdrawalCompaction {
  /** Runs a compaction that is waiting, at once; resolves once it is stored. */
  flush: () => Promise<void>;
  stop: () => void;
}

/**
 * Calls `compact` soon after a shared takeaway or check-in leaves `doc` or is replaced (its
 * author withdrew it, or changed a shared note), on this device or another. The document drops
 * the old text at once; the stored updates keep it until they are compacted, so they are
 * compacted now. A compaction that fails is tried again after the next change.
 */
export function compactAfterWithdrawals(doc: Y.Doc, compact: () => Promise<void>, delayMs = COMPACT_AFTER_MS): WithdrawalCompaction {
  const { shared, checkins } = sessionMaps(doc);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    timer = undefined;
    // One compaction at a time, in order: the last one covers every withdrawal before it.
    running = running.then(compact).catch((error: unknown) => {
      console.warn('The stored session document could not be compacted:', error);
    });
    return running;
  };
  const observer = (event: Y.YMapEvent<unknown>) => {
    if (![...event.changes.keys.values()].some((change) => change.action !== 'add')) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delayMs);
  };
  shared.observe(observer);
  checkins.observe(observer);
  return {
    async flush() {
      if (timer !== undefined) {
        clearTimeout(timer);
        await run();
      } else {
        await running;
      }
    },
    stop() {
      clearTimeout(timer);
      timer = undefined;
      shared.unobserve(observer);
      checkins.unobserve(observer);
    },
  };
}

/** A session document opened from this device's storage, stored as it changes and watched for withdrawals. */
export interface StoredSession {
  doc: Y.Doc;
  persistence: IndexeddbPersistence;
  compaction: WithdrawalCompaction;
  /** Waits for the writes under way and a waiting compaction, then closes the stored copy. */
  close: () => Promise<void>;
}

/**
 * Opens the stored document of a session (a new one if none is stored), stores every change
 * from now on as it happens, and compacts it once: a withdrawal whose compaction never ran,
 * because the tab closed or died first, leaves this device's storage now.
 */
export async function openStoredSession(storeName: string): Promise<StoredSession> {
  const doc = createSessionDoc();
  const persistence = new IndexeddbPersistence(storeName, doc);
  await persistence.whenSynced;
  const stopStoring = storeEveryChange(persistence, (error) => console.warn('A change to the session could not be stored on this device:', error));
  const compact = () => compactStored(persistence);
  // Storage that refuses the write (full, say) must not keep the session from opening.
  await compact().catch((error: unknown) => console.warn('The stored session document could not be compacted:', error));
  const compaction = compactAfterWithdrawals(doc, compact);
  return {
    doc,
    persistence,
    compaction,
    async close() {
      stopStoring();
      // A withdrawal just before closing still leaves this device's storage.
      await compaction.flush();
      compaction.stop();
      await persistence.destroy();
    },
  };
}

/** Reads the marker the last compaction of a stored session left, if any. */
export async function compactionMarker(persistence: IndexeddbPersistence): Promise<CompactionMarker | undefined> {
  const value = (await persistence.get(COMPACTION_MARKER_KEY)) as Partial<CompactionMarker> | undefined;
  return typeof value?.withdrawals === 'number' ? { withdrawals: value.withdrawals } : undefined;
}
