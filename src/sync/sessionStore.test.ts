// How a session's document is stored on a device: every change at once, compacted after a
// withdrawal so that withdrawn text leaves storage, with a marker a test can wait on.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { SharedCheckIn, SharedTakeaway } from '../core/takeaways.ts';
import { shareCheckIn, shareTakeaway, withdrawCheckIn, withdrawTakeaway } from './sessionDoc.ts';
import { compactAfterWithdrawals, compactStored, compactionMarker, createSessionDoc, openStoredSession, storeEveryChange } from './sessionStore.ts';

const takeaway = (id: string, text: string, named = true): SharedTakeaway => ({ id, text, authorId: named ? 'ana' : null, authorName: named ? 'Ana' : null, sharedAt: 1 });
const checkIn = (note: string): SharedCheckIn => ({ id: 'c1', authorId: 'ana', authorName: 'Ana', what: 'Weekly 1:1s', status: 'partly', note, sharedAt: 2 });
const holds = (update: Uint8Array, text: string) => new TextDecoder().decode(update).includes(text);

/** Two session documents that pass every update to each other, as connected peers do. */
function twoPeers(): [Y.Doc, Y.Doc] {
  const a = createSessionDoc();
  const b = createSessionDoc();
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(b, update, 'remote'));
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(a, update, 'remote'));
  return [a, b];
}

describe('a session document', () => {
  it('drops withdrawn text from every update it encodes, named, anonymous or a check-in note', () => {
    const [a, b] = twoPeers();
    expect(a.gc).toBe(true);
    shareTakeaway(a, takeaway('s1', 'NAMED-marker'));
    shareTakeaway(a, takeaway('s2', 'ANONYMOUS-marker', false));
    shareCheckIn(a, checkIn('FIRST-NOTE-marker'));
    shareCheckIn(a, checkIn('SECOND-NOTE-marker'));
    for (const doc of [a, b]) {
      const update = Y.encodeStateAsUpdate(doc);
      expect(['NAMED-marker', 'ANONYMOUS-marker', 'SECOND-NOTE-marker'].map((m) => holds(update, m))).toEqual([true, true, true]);
      // Replaced, the first note is already gone.
      expect(holds(update, 'FIRST-NOTE-marker')).toBe(false);
    }
    withdrawTakeaway(a, 's1', 'ana');
    withdrawTakeaway(a, 's2', 'ana');
    withdrawCheckIn(a, 'c1', 'ana');
    for (const doc of [a, b]) {
      const update = Y.encodeStateAsUpdate(doc);
      for (const marker of ['NAMED-marker', 'ANONYMOUS-marker', 'SECOND-NOTE-marker', 'Weekly 1:1s']) expect(holds(update, marker), marker).toBe(false);
    }
  });
});

let stores = 0;
const opened: { persistence: IndexeddbPersistence; doc: Y.Doc }[] = [];
afterEach(async () => {
  for (const { persistence, doc } of opened.splice(0)) {
    await persistence.clearData();
    doc.destroy();
  }
});

/** A session document stored in (fake) IndexedDB by y-indexeddb, as on a device. */
async function storedDoc() {
  const name = `compaction-test-${++stores}`;
  const doc = createSessionDoc();
  const persistence = new IndexeddbPersistence(name, doc);
  await persistence.whenSynced;
  opened.push({ persistence, doc });
  /** Everything in the store's updates, decoded as UTF-8, where Yjs keeps strings. */
  const stored = () =>
    new Promise<string>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const all = db.transaction('updates').objectStore('updates').getAll();
        all.onsuccess = () => {
          db.close();
          resolve((all.result as Uint8Array[]).map((u) => new TextDecoder().decode(u)).join('\n'));
        };
        all.onerror = () => reject(all.error);
      };
    });
  return { doc, persistence, stored };
}

describe('openStoredSession', () => {
  it('compacts what an earlier tab left: a withdrawal whose compaction never ran leaves storage, the rest reads back', async () => {
    const { doc, persistence, stored } = await storedDoc();
    // The tab closed right after the withdrawal, before any compaction ran.
    shareTakeaway(doc, takeaway('s1', 'WITHDRAWN-marker'));
    shareTakeaway(doc, takeaway('s2', 'KEPT-marker', false));
    withdrawTakeaway(doc, 's1', 'ana');
    await vi.waitFor(async () => expect(await stored()).toContain('WITHDRAWN-marker'));
    await persistence.destroy();

    const reopened = await openStoredSession(persistence.name);
    opened.push(reopened);
    expect(await stored()).not.toContain('WITHDRAWN-marker');
    expect(await stored()).toContain('KEPT-marker');
    expect(Object.keys(reopened.doc.getMap('shared').toJSON())).toEqual(['s2']);
    reopened.compaction.stop();
  });
});

describe('compactAfterWithdrawals', () => {
  it('without it, y-indexeddb keeps a withdrawn text in its stored updates', async () => {
    const { doc, stored } = await storedDoc();
    shareTakeaway(doc, takeaway('s1', 'WITHDRAWN-marker'));
    withdrawTakeaway(doc, 's1', 'ana');
    await vi.waitFor(async () => expect(await stored()).toContain('WITHDRAWN-marker'));
    // A later change, once stored, shows storage has moved past the withdrawal: nothing compacted it.
    shareTakeaway(doc, takeaway('s2', 'LATER-marker'));
    await vi.waitFor(async () => expect(await stored()).toContain('LATER-marker'));
    expect(await stored()).toContain('WITHDRAWN-marker');
  });

  it('compacts the stored document once a shared takeaway is withdrawn here: its text leaves storage, the rest stays', async () => {
    const { doc, persistence, stored } = await storedDoc();
    const compact = vi.fn(() => compactStored(persistence));
    const watch = compactAfterWithdrawals(doc, compact, 10);
    shareTakeaway(doc, takeaway('s1', 'WITHDRAWN-marker'));
    shareTakeaway(doc, takeaway('s2', 'KEPT-marker', false));
    await vi.waitFor(async () => expect(await stored()).toContain('WITHDRAWN-marker'));
    // Sharing is not withdrawing: nothing was compacted.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(compact).not.toHaveBeenCalled();

    withdrawTakeaway(doc, 's1', 'ana');
    await vi.waitFor(async () => expect(await stored()).not.toContain('WITHDRAWN-marker'));
    expect(await stored()).toContain('KEPT-marker');
    expect(compact).toHaveBeenCalledTimes(1);
    // What is stored still reads back as the document.
    const reread = createSessionDoc();
    const again = new IndexeddbPersistence(persistence.name, reread);
    await again.whenSynced;
    expect(reread.getMap('shared').toJSON()).toEqual(doc.getMap('shared').toJSON());
    await again.destroy();
    watch.stop();
  });

  it('compacts when another device withdraws, and when a shared check-in note is replaced or withdrawn', async () => {
    const { doc, persistence, stored } = await storedDoc();
    compactAfterWithdrawals(doc, () => compactStored(persistence), 10);
    const peer = createSessionDoc();
    doc.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(peer, update, 'remote'));
    peer.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(doc, update, 'remote'));

    shareTakeaway(peer, takeaway('s1', 'PEER-marker', false));
    shareCheckIn(peer, checkIn('OLD-NOTE-marker'));
    await vi.waitFor(async () => expect(await stored()).toContain('OLD-NOTE-marker'));
    shareCheckIn(peer, checkIn('NEW-NOTE-marker'));
    await vi.waitFor(async () => expect(await stored()).not.toContain('OLD-NOTE-marker'));
    expect(await stored()).toContain('NEW-NOTE-marker');

    withdrawTakeaway(peer, 's1', 'anyone');
    withdrawCheckIn(peer, 'c1', 'ana');
    await vi.waitFor(async () => {
      const text = await stored();
      expect(text).not.toContain('PEER-marker');
      expect(text).not.toContain('NEW-NOTE-marker');
    });
    peer.destroy();
  });

  it('runs a waiting compaction at once on flush, and none after stop', async () => {
    const doc = createSessionDoc();
    const compact = vi.fn(async () => undefined);
    const watch = compactAfterWithdrawals(doc, compact, 60_000);
    shareTakeaway(doc, takeaway('s1', 'x'));
    withdrawTakeaway(doc, 's1', 'ana');
    expect(compact).not.toHaveBeenCalled();
    await watch.flush();
    expect(compact).toHaveBeenCalledTimes(1);
    await watch.flush();
    expect(compact).toHaveBeenCalledTimes(1);
    watch.stop();
    shareTakeaway(doc, takeaway('s2', 'y'));
    withdrawTakeaway(doc, 's2', 'ana');
    await watch.flush();
    expect(compact).toHaveBeenCalledTimes(1);
  });
});

describe('storeEveryChange', () => {
  it('stores another device’s change in the task that applies it, with nothing to wait for', async () => {
    const { doc, persistence, stored } = await storedDoc();
    storeEveryChange(persistence, (error) => {
      throw error;
    });
    const peer = createSessionDoc();
    shareTakeaway(peer, takeaway('s1', 'REMOTE-marker'));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer), 'room');
    shareTakeaway(doc, takeaway('s2', 'MINE-marker'));
    // Read at once: a read that begins after the write was issued finds it.
    const text = await stored();
    expect(text).toContain('REMOTE-marker');
    expect(text).toContain('MINE-marker');
    // Read back, the stored document is the document.
    const reread = createSessionDoc();
    const again = new IndexeddbPersistence(persistence.name, reread);
    await again.whenSynced;
    expect(Object.keys(reread.getMap('shared').toJSON()).sort()).toEqual(['s1', 's2']);
    await again.destroy();
    peer.destroy();
  });

  it('compacts the stored updates on its own once there are many, and loses none', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { doc, persistence } = await storedDoc();
      storeEveryChange(persistence, (error) => {
        throw error;
      });
      for (let i = 0; i < 520; i++) doc.getMap('session').set('page', i);
      const count = () => new Promise<number>((resolve) => {
        const request = indexedDB.open(persistence.name);
        request.onsuccess = () => {
          const all = request.result.transaction('updates').objectStore('updates').count();
          all.onsuccess = () => {
            request.result.close();
            resolve(all.result);
          };
        };
      });
      expect(await count()).toBeGreaterThan(500);
      await vi.advanceTimersByTimeAsync(1000);
      await vi.waitFor(async () => expect(await count()).toBe(1));
      const reread = createSessionDoc();
      const again = new IndexeddbPersistence(persistence.name, reread);
      await again.whenSynced;
      expect(reread.getMap('session').get('page')).toBe(519);
      await again.destroy();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('compactStored', () => {
  it('has the withdrawn text gone, and its marker stored, when it resolves', async () => {
    const { doc, persistence, stored } = await storedDoc();
    storeEveryChange(persistence, (error) => {
      throw error;
    });
    expect(await compactionMarker(persistence)).toBeUndefined();
    shareTakeaway(doc, takeaway('s1', 'WITHDRAWN-marker'));
    shareTakeaway(doc, takeaway('s2', 'ANONYMOUS-marker', false));
    withdrawTakeaway(doc, 's1', 'ana');
    expect(await stored()).toContain('WITHDRAWN-marker');
    await compactStored(persistence);
    expect(await stored()).not.toContain('WITHDRAWN-marker');
    expect(await compactionMarker(persistence)).toEqual({ withdrawals: 1 });
    withdrawTakeaway(doc, 's2', 'whoever');
    await compactStored(persistence);
    expect(await stored()).not.toContain('ANONYMOUS-marker');
    expect(await compactionMarker(persistence)).toEqual({ withdrawals: 2 });
  });
});
