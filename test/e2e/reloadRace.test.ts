// A device that reloads right after another device's change keeps that change: a page move, a
// shared takeaway, the end of the session. The reload comes 0, 50, 150 and 400 ms after the
// change is shown, and the reloaded page cannot reach the signaling server, so that what it
// shows comes from its own storage, not from the peers; then it reconnects and catches up.
// Its journal never shrinks: pages covered and shared takeaways only grow. The same holds when
// the device's browser is killed at those moments and comes back offline.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parseLibrary } from '../../src/content/library.ts';
import { readLibraryFiles } from '../../src/content/libraryFiles.ts';
import { parseRoomFragment } from '../../src/core/roomLink.ts';
import { browserPid, launchPersistent } from './browser.ts';
import { LibraryPage } from './pages/LibraryPage.ts';
import { SessionPage } from './pages/SessionPage.ts';
import { TakeawaysPage } from './pages/TakeawaysPage.ts';
import { useSessionRig } from './rig.ts';

const baseUrl = inject('baseUrl');
const module = parseLibrary(readLibraryFiles('modules-content')).modules.find((m) => m.id === 'feedback-both-ways')!;
const rig = useSessionRig();

/** The moments after a change arrives at which the device reloads, in ms. */
const DELAYS = [0, 50, 150, 400];

/**
 * Run in every page of the reloading device: while the tab's sessionStorage says so, the page
 * has no WebSocket that ever connects, so it finds no peer and shows only what it stored.
 */
function cutOffWhenAsked(): void {
  if (sessionStorage.getItem('test-cut-off') !== 'yes') return;
  class NeverOpens extends EventTarget {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSING = 2;
    static readonly CLOSED = 3;
    readyState = 0;
    binaryType = 'blob';
    bufferedAmount = 0;
    onopen = null;
    onclose = null;
    onerror = null;
    onmessage = null;
    constructor(readonly url: string) {
      super();
    }
    send(): void {}
    close(): void {}
  }
  (window as unknown as { WebSocket: unknown }).WebSocket = NeverOpens;
}

/** Waits `ms` in the page: the race this test is about is a reload at a given moment after a change. */
const pause = (page: Page, ms: number) => page.evaluate((delay) => new Promise<void>((resolve) => setTimeout(resolve, delay)), ms);

/** Reloads the page cut off from every peer, as if it had crashed and come back with no network. */
async function reloadCutOff(page: Page): Promise<void> {
  await page.evaluate(() => sessionStorage.setItem('test-cut-off', 'yes'));
  await page.reload();
}

/** Reloads the page connected again. */
async function reloadConnected(page: Page): Promise<void> {
  await page.evaluate(() => sessionStorage.removeItem('test-cut-off'));
  await page.reload();
}

/** What this device's journal holds of a room, read straight from its storage. */
async function journalOf(page: Page, roomId: string): Promise<{ pagesCovered: number[]; shared: string[]; moduleTitle: string }> {
  return page.evaluate(async (room) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('roundtable');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const get = <T,>(store: string, run: (s: IDBObjectStore) => IDBRequest) =>
      new Promise<T>((resolve, reject) => {
        const request = run(db.transaction(store).objectStore(store));
        request.onsuccess = () => resolve(request.result as T);
        request.onerror = () => reject(request.error);
      });
    const session = await get<{ pagesCovered?: number[]; moduleTitle?: string } | undefined>('sessions', (s) => s.get(room));
    const shared = await get<{ roomId: string; text: string }[]>('sharedTakeaways', (s) => s.getAll());
    db.close();
    return { pagesCovered: session?.pagesCovered ?? [], shared: shared.filter((s) => s.roomId === room).map((s) => s.text).sort(), moduleTitle: session?.moduleTitle ?? '' };
  }, roomId);
}

/** Fay starts a session; Ana and Cy join by its link; all three are connected over WebRTC. */
async function meetingOfThree() {
  const url = await rig.startSignaling();
  const fay = await rig.device(url);
  const ana = await rig.device(url);
  const cy = await rig.device(url, { initScript: cutOffWhenAsked });
  await fay.start(module.id, 'Fay');
  const link = await fay.joinLink();
  await ana.join(link, 'Ana');
  await cy.join(link, 'Cy');
  for (const d of [fay, ana, cy]) await d.waitForDevices(2);
  const parsed = parseRoomFragment(new URL(link).hash);
  if (!parsed.ok) throw new Error(parsed.problem);
  return { fay, ana, cy, roomId: parsed.room.roomId };
}

/** Every journal reading is at least as full as the one before it. */
function expectGrows(before: { pagesCovered: number[]; shared: string[] }, after: { pagesCovered: number[]; shared: string[] }): void {
  for (const page of before.pagesCovered) expect(after.pagesCovered).toContain(page);
  for (const text of before.shared) expect(after.shared).toContain(text);
}

describe('a reload right after another device’s change', () => {
  it('keeps a page move, from storage alone, and the pages covered only grow', async () => {
    const { fay, ana, cy, roomId } = await meetingOfThree();
    let journal = await journalOf(cy.page, roomId);
    let page = 1;
    for (const delay of DELAYS) {
      await fay.nextButton.click();
      page++;
      await cy.waitForPage(page);
      await pause(cy.page, delay);
      await reloadCutOff(cy.page);
      await cy.pageTitle.waitFor();
      expect(await cy.pageNumber(), `reloaded ${delay} ms after the move`).toBe(page);
      await expect.poll(async () => (await journalOf(cy.page, roomId)).pagesCovered).toContain(page - 1);
      const now = await journalOf(cy.page, roomId);
      expectGrows(journal, now);
      journal = now;
      await reloadConnected(cy.page);
      await cy.waitForDevices(2);
    }
    // Connected again, the device follows the room as before.
    await fay.nextButton.click();
    for (const d of [ana, cy]) await d.waitForPage(page + 1);
  });

  it('keeps a shared takeaway, from storage alone, and the journal never loses one', async () => {
    const { ana, cy, roomId } = await meetingOfThree();
    const anaPad = new TakeawaysPage(ana.page);
    const cyPad = new TakeawaysPage(cy.page);
    const texts: string[] = [];
    let journal = await journalOf(cy.page, roomId);
    for (const [i, delay] of DELAYS.entries()) {
      const text = `Shared thought ${i + 1}, reloaded after ${delay} ms`;
      texts.push(text);
      await anaPad.write(text);
      await anaPad.share(i + 1, 'with my name');
      await cyPad.sharedList.getByText(text).waitFor();
      await pause(cy.page, delay);
      await reloadCutOff(cy.page);
      await cy.pageTitle.waitFor();
      for (const t of texts) expect(await cyPad.sharedList.getByText(t).count(), `“${t}” after a reload ${delay} ms later`).toBe(1);
      await expect.poll(async () => (await journalOf(cy.page, roomId)).shared).toContain(text);
      const now = await journalOf(cy.page, roomId);
      expectGrows(journal, now);
      journal = now;
      await reloadConnected(cy.page);
      await cy.waitForDevices(2);
    }
    expect((await journalOf(cy.page, roomId)).shared).toEqual([...texts].sort());
  });

  it('gives a participant who joined by link the module in its journal', async () => {
    const { cy, roomId } = await meetingOfThree();
    await expect.poll(async () => (await journalOf(cy.page, roomId)).moduleTitle).toBe(module.title);
    await cy.page.goto(`${baseUrl}/journal`);
    await cy.page.getByRole('heading', { name: module.title }).first().waitFor();
  });

  for (const delay of DELAYS) {
    it(`keeps the end of the session, reloaded ${delay} ms after it, and offline too`, async () => {
      const { fay, cy, roomId } = await meetingOfThree();
      await fay.nextButton.click();
      await cy.waitForPage(2);
      const before = await journalOf(cy.page, roomId);
      await fay.endSession();
      const ended = cy.page.getByRole('heading', { name: 'The session has ended' });
      await ended.waitFor();
      await pause(cy.page, delay);
      await reloadCutOff(cy.page);
      await cy.page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await ended.count(), `reloaded ${delay} ms after the end`).toBe(1);
      expectGrows(before, await journalOf(cy.page, roomId));

      // Offline, from the service worker and storage alone, it is still over.
      await cy.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await cy.page.context().setOffline(true);
      await cy.page.reload();
      await ended.waitFor();
      expectGrows(before, await journalOf(cy.page, roomId));
    });
  }

  it('keeps a page move and a shared takeaway when the browser is killed right after them, and comes back offline', async () => {
    const url = await rig.startSignaling();
    const fay = await rig.device(url);
    const ana = await rig.device(url);
    const profile = mkdtempSync(join(tmpdir(), 'roundtable-race-'));
    let context: BrowserContext | undefined;
    const launch = async (offline: boolean) => {
      context = await launchPersistent(profile, { viewport: { width: 1366, height: 768 }, offline });
      return new SessionPage(context.pages()[0] ?? (await context.newPage()), baseUrl);
    };
    const kill = async () => {
      process.kill(browserPid(profile), 'SIGKILL');
      await context!.close().catch(() => undefined);
    };
    try {
      let cy = await launch(false);
      const library = new LibraryPage(cy.page, baseUrl);
      await library.open();
      await library.waitForServiceWorker();
      await cy.useSignaling(url);
      await fay.start(module.id, 'Fay');
      const link = await fay.joinLink();
      await ana.join(link, 'Ana');
      await cy.join(link, 'Cy');
      await cy.waitForDevices(2);
      const roomId = (parseRoomFragment(new URL(link).hash) as { ok: true; room: { roomId: string } }).room.roomId;
      const anaPad = new TakeawaysPage(ana.page);
      let page = 1;
      for (const [i, delay] of DELAYS.entries()) {
        await fay.nextButton.click();
        page++;
        const text = `Said before the crash ${i + 1}`;
        await anaPad.write(text);
        await anaPad.share(i + 1, 'with my name');
        await cy.waitForPage(page);
        await new TakeawaysPage(cy.page).sharedList.getByText(text).waitFor();
        await pause(cy.page, delay);
        await kill();

        // Back with no network at all: only this laptop's own storage can show these.
        cy = await launch(true);
        await cy.page.goto(link);
        await cy.pageTitle.waitFor();
        expect(await cy.pageNumber(), `killed ${delay} ms after the move`).toBe(page);
        expect(await new TakeawaysPage(cy.page).sharedList.getByText(text).count(), `killed ${delay} ms after the share`).toBe(1);
        await expect.poll(async () => (await journalOf(cy.page, roomId)).shared).toContain(text);
        await context!.close();

        cy = await launch(false);
        await cy.page.goto(link);
        await cy.waitForDevices(2);
      }
    } finally {
      await context?.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
