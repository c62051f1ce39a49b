// Takeaways, commitments and the check-in across real devices: isolated browser contexts over
// real WebRTC through our own signaling server. A private takeaway must never leave its device;
// shared ones reach the others and the projector, and go when withdrawn; the closing round's
// commitments open the group's next meeting; and a crash mid-typing loses nothing that was typed.
// Withdrawn text leaves every device's stored document, not only the screen.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parseLibrary } from '../../src/content/library.ts';
import { readLibraryFiles } from '../../src/content/libraryFiles.ts';
import { parseRoomFragment } from '../../src/core/roomLink.ts';
import { browserPid, launchPersistent } from './browser.ts';
import { LibraryPage } from './pages/LibraryPage.ts';
import { SessionPage } from './pages/SessionPage.ts';
import { TakeawaysPage } from './pages/TakeawaysPage.ts';
import { NO_SIGNALING, useSessionRig } from './rig.ts';

const baseUrl = inject('baseUrl');
const module = parseLibrary(readLibraryFiles('modules-content')).modules.find((m) => m.id === 'feedback-both-ways')!;
/** The y-indexeddb store of a room's document (see sessionStoreName in src/sync/sessionConnection.ts). */
const storeOf = (roomId: string) => `roundtable-session-${roomId}`;

const rig = useSessionRig();

/**
 * Records, in every page of a context, the plaintext of everything it sends: what it encrypts
 * (before encryption), BroadcastChannel messages, WebRTC data-channel messages and WebSocket
 * frames. Binary data is decoded as UTF-8, where Yjs keeps strings.
 */
function recordOutgoing(): void {
  const sent: string[] = [];
  (window as unknown as { __sent: string[] }).__sent = sent;
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const text = (data: unknown): string => {
    if (typeof data === 'string') return data;
    if (data instanceof ArrayBuffer) return decoder.decode(new Uint8Array(data));
    if (ArrayBuffer.isView(data)) return decoder.decode(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    try {
      return JSON.stringify(data, (_key, value: unknown) => (value instanceof ArrayBuffer || ArrayBuffer.isView(value) ? text(value) : value));
    } catch {
      return String(data);
    }
  };
  const wrap = (proto: object, name: string, kind: string, pick: (args: unknown[]) => unknown) => {
    const target = proto as Record<string, (...args: unknown[]) => unknown>;
    const original = target[name]!;
    target[name] = function (this: unknown, ...args: unknown[]) {
      sent.push(`${kind}:${text(pick(args))}`);
      return original.apply(this, args);
    };
  };
  wrap(SubtleCrypto.prototype, 'encrypt', 'encrypt', (args) => args[2]);
  wrap(BroadcastChannel.prototype, 'postMessage', 'broadcast', (args) => args[0]);
  wrap(RTCDataChannel.prototype, 'send', 'datachannel', (args) => args[0]);
  wrap(WebSocket.prototype, 'send', 'websocket', (args) => args[0]);
}

/** Everything the page has sent so far, as recorded by recordOutgoing. */
async function sentBy(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __sent: string[] }).__sent);
}

/** The whole stored document of a room on this device: every update in its y-indexeddb store, decoded as UTF-8. */
async function storedDocument(page: Page, roomId: string): Promise<string> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const updates = await new Promise<Uint8Array[]>((resolve, reject) => {
      const request = db.transaction('updates').objectStore('updates').getAll();
      request.onsuccess = () => resolve(request.result as Uint8Array[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    const decoder = new TextDecoder('utf-8', { fatal: false });
    return updates.map((u) => decoder.decode(u)).join('\n');
  }, storeOf(roomId));
}

/**
 * How many withdrawals the last compaction of a room's stored document covered, from the
 * marker it leaves (see CompactionMarker in src/sync/sessionStore.ts); 0 before any.
 */
async function compactedWithdrawals(page: Page, roomId: string): Promise<number> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const marker = await new Promise<{ withdrawals?: number } | undefined>((resolve, reject) => {
      const request = db.transaction('custom').objectStore('custom').get('compacted');
      request.onsuccess = () => resolve(request.result as { withdrawals?: number } | undefined);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return marker?.withdrawals ?? 0;
  }, storeOf(roomId));
}

/** A new device (an isolated context) that records what it sends, pointed at the signaling server. */
async function device(signalingUrl: string): Promise<{ session: SessionPage; pad: TakeawaysPage }> {
  const session = await rig.device(signalingUrl, { viewport: { width: 1280, height: 800 }, initScript: recordOutgoing });
  return { session, pad: new TakeawaysPage(session.page) };
}

/** Fay starts a session (for `group`, if any); Ana and Ben join by its link; all three are connected over WebRTC. */
async function meetingOfThree(group: { newName: string } | null = null) {
  const url = await rig.startSignaling();
  const fay = await device(url);
  const ana = await device(url);
  const ben = await device(url);
  await fay.pad.startForGroup(baseUrl, module.id, 'Fay', group);
  const link = await fay.session.joinLink();
  await ana.pad.join(link, 'Ana');
  await ben.pad.join(link, 'Ben');
  for (const d of [fay, ana, ben]) await d.session.waitForDevices(2);
  const parsed = parseRoomFragment(new URL(link).hash);
  if (!parsed.ok) throw new Error(parsed.problem);
  return { fay, ana, ben, link, roomId: parsed.room.roomId, signalingUrl: url };
}

describe('takeaways between devices', () => {
  it('keeps a private takeaway private: not in any document, message or signaling log; a shared one goes everywhere', async () => {
    const { fay, ana, ben, link, roomId } = await meetingOfThree();
    const privateMarker = `PRIVATE-${Date.now().toString(36)}-zq`;
    const sharedMarker = `SHARED-${Date.now().toString(36)}-xk`;
    // A projector window on the author's own laptop: the session reaches it over BroadcastChannel.
    const projector = await ana.session.page.context().newPage();
    await projector.goto(`${link}&as=projector`);
    await projector.getByRole('heading', { level: 1, name: module.pages[0]!.prompt.text }).waitFor();
    await ana.session.connection.filter({ hasText: '1 window on this device' }).waitFor();

    await ana.pad.write(`Only for me: ${privateMarker}`);
    await ana.pad.write(`For the group: ${sharedMarker}`);
    await ana.pad.share(2, 'with my name');
    for (const d of [fay, ben]) await d.pad.sharedList.getByText(sharedMarker).waitFor();
    // Some more meeting after it, so that anything that would leak has had its chance.
    await fay.session.nextButton.click();
    for (const d of [fay, ana, ben]) await d.session.waitForPage(2);
    expect(await ana.pad.takeaway(1).inputValue()).toContain(privateMarker);

    // Every document, the author's own included: the shared marker is there (the probe works), the private one is not.
    for (const d of [fay, ana, ben]) {
      await expect.poll(() => storedDocument(d.session.page, roomId)).toContain(sharedMarker);
      expect(await storedDocument(d.session.page, roomId)).not.toContain(privateMarker);
    }
    // Everything sent, before encryption: the shared marker went out, the private one never did.
    const sent = (await Promise.all([...[fay, ana, ben].map((d) => d.session.page), projector].map(sentBy))).flat();
    // The author's laptop and its projector window talked over BroadcastChannel, and the probe saw it.
    const ownLaptop = [...(await sentBy(ana.session.page)), ...(await sentBy(projector))];
    expect(ownLaptop.filter((m) => m.startsWith('broadcast:')).length).toBeGreaterThan(0);
    expect(ownLaptop.filter((m) => m.startsWith('broadcast:') && m.includes(privateMarker))).toEqual([]);
    expect(sent.filter((m) => m.startsWith('datachannel:')).length).toBeGreaterThan(0);
    expect(sent.filter((m) => m.startsWith('encrypt:')).length).toBeGreaterThan(0);
    expect(sent.filter((m) => m.startsWith('websocket:')).length).toBeGreaterThan(0);
    expect(sent.some((m) => m.includes(sharedMarker))).toBe(true);
    expect(sent.filter((m) => m.includes(privateMarker))).toEqual([]);
    // And the signaling server never received it.
    expect(rig.signalingLog.length).toBeGreaterThan(0);
    expect(rig.signalingLog.map((e) => e.raw).join('\n')).not.toContain(privateMarker);
  });

  it('shares with a name or anonymously; the others see it, the projector at the closing round; withdrawn, no longer, not even in storage', async () => {
    const { fay, ana, ben, link, roomId } = await meetingOfThree();
    const projector = new TakeawaysPage(await fay.session.page.context().newPage());
    await projector.page.goto(`${link}&as=projector`);
    await projector.page.getByRole('heading', { level: 1, name: module.pages[0]!.prompt.text }).waitFor();

    // Fay’s own private takeaway, on the laptop the projector runs on, must never be projected.
    await fay.pad.write('Fay’s private thought');

    await ana.pad.write('Ask before advising');
    await ana.pad.share(1, 'with my name');
    await ben.pad.write('Silence is part of the answer');
    await ben.pad.share(1, 'anonymously');
    await ben.pad.write('Name the elephant early');
    await ben.pad.share(2, 'with my name');

    const item = (p: TakeawaysPage, text: string) => p.sharedList.getByRole('listitem').filter({ hasText: text });
    for (const p of [fay.pad, ben.pad]) await expect.poll(() => item(p, 'Ask before advising').textContent()).toContain('Ana');
    for (const p of [fay.pad, ana.pad]) await expect.poll(() => item(p, 'Silence is part of the answer').textContent()).toContain('Anonymous');
    for (const p of [fay.pad, ana.pad]) expect(await item(p, 'Silence is part of the answer').textContent()).not.toContain('Ben');
    await expect.poll(() => item(ben.pad, 'Silence is part of the answer').textContent()).toContain('You, anonymously');
    // During the pages the projector keeps to the question.
    expect(await projector.sharedList.count()).toBe(0);

    // Every device stores the shared text (the probe works)…
    const devices = [fay, ana, ben];
    for (const d of devices) await expect.poll(() => storedDocument(d.session.page, roomId)).toContain('Name the elephant early');
    await ben.pad.withdraw(2);
    for (const p of [fay.pad, ana.pad]) await expect.poll(() => item(p, 'Name the elephant early').count()).toBe(0);
    // …and once each device has compacted its stored document after the withdrawal, none holds it any more.
    for (const d of devices) await expect.poll(() => compactedWithdrawals(d.session.page, roomId), { timeout: 60_000 }).toBeGreaterThanOrEqual(1);
    for (const d of devices) expect(await storedDocument(d.session.page, roomId)).not.toContain('Name the elephant early');
    for (const d of devices) expect(await storedDocument(d.session.page, roomId)).toContain('Ask before advising');

    // At the closing round the projector shows what the group shared, and nothing private.
    await fay.session.page.getByRole('button', { name: 'Go to the closing round' }).click();
    await expect.poll(() => item(projector, 'Ask before advising').textContent()).toContain('Ana');
    await expect.poll(() => item(projector, 'Silence is part of the answer').textContent()).toContain('Anonymous');
    expect(await item(projector, 'Silence is part of the answer').textContent()).not.toContain('Ben');
    expect(await item(projector, 'Name the elephant early').count()).toBe(0);
    expect(await projector.page.locator('body').textContent()).not.toContain('private thought');

    await ana.pad.withdraw(1);
    await ben.pad.withdraw(1);
    await expect.poll(() => projector.sharedList.count()).toBe(0);
    // Named or anonymous, withdrawn text leaves every stored document, the projector's laptop's too.
    for (const d of devices) {
      await expect.poll(() => compactedWithdrawals(d.session.page, roomId), { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
      expect(await storedDocument(d.session.page, roomId)).not.toContain('Ask before advising');
      expect(await storedDocument(d.session.page, roomId)).not.toContain('Silence is part of the answer');
    }
    // The private takeaways are still there for their authors.
    expect(await ben.pad.takeaway(1).inputValue()).toBe('Silence is part of the answer');
    expect(await ana.pad.takeaway(1).inputValue()).toBe('Ask before advising');
  });

  it('keeps the closing round’s commitments, and opens the group’s next meeting with their check-in', async () => {
    const first = await meetingOfThree({ newName: 'Blue group' });
    const { fay, ana, ben } = first;
    await fay.session.page.getByRole('button', { name: 'Go to the closing round' }).click();
    for (const d of [fay, ana, ben]) await d.pad.commitment(1).waitFor();
    await fay.session.page.getByLabel('Next meeting’s date').fill('2031-03-04');
    await ana.session.page.getByText(/^Next meeting: /).waitFor();
    await expect.poll(() => ana.pad.commitment(1).getByLabel('By when').inputValue()).toBe('2031-03-04');

    await ana.pad.commit(1, 'Hold a weekly one-to-one with each report', 'Each report has had four');
    await ana.pad.commit(2, 'Ask my team for feedback at the retro', 'Two concrete suggestions');
    // Three at most: after the third, no fourth appears.
    await ana.pad.commit(3, 'Read one book on coaching', 'Notes written');
    expect(await ana.pad.commitment(4).count()).toBe(0);
    await fay.pad.commit(1, 'Prepare the next module early', 'Sent a week before');

    // A month later: Fay starts the group's next meeting; it opens on the check-in.
    await rig.stopSignaling();
    const url = await rig.startSignaling();
    for (const d of [fay, ana]) await d.session.useSignaling(url);
    await fay.pad.startForGroup(baseUrl, module.id, 'Fay', { existing: 'Blue group' });
    await fay.session.page.getByRole('heading', { name: 'My commitments from last time' }).waitFor();
    const link = await fay.session.joinLink();
    await ana.pad.join(link, 'Ana');
    await ana.session.waitForDevices(1);

    // Ana's device brings back her commitments: the group was learned from the document.
    const weekly = ana.pad.checkInItem('Hold a weekly one-to-one with each report');
    await weekly.waitFor();
    expect(await ana.pad.page.getByRole('group', { name: /^Commitment \d: / }).count()).toBe(3);
    await fay.pad.checkInItem('Prepare the next module early').waitFor();
    expect(await fay.pad.page.getByText('Hold a weekly one-to-one').count()).toBe(0);

    await weekly.getByLabel('Partly done').check();
    await weekly.getByLabel('Note (optional)').fill('Three of four, the fourth is on leave');
    await weekly.getByLabel(/Share this with the group/).check();
    const shared = fay.pad.sharedCheckIns.getByRole('listitem').filter({ hasText: 'Hold a weekly one-to-one' });
    await expect.poll(() => shared.textContent()).toContain('Partly done');
    expect(await shared.textContent()).toContain('Three of four');
    expect(await shared.textContent()).toContain('Ana');
    // Not shared: the others never see it.
    await ana.pad.checkInItem('Read one book on coaching').getByLabel('Done', { exact: true }).check();
    await ana.pad.saved.waitFor();
    expect(await fay.pad.page.getByText('Read one book on coaching').count()).toBe(0);

    // Unsharing takes it back from the others.
    await weekly.getByLabel(/Share this with the group/).uncheck();
    await expect.poll(() => shared.count()).toBe(0);

    // On to the pages, and back: the facilitator can always return the group to its check-in.
    await fay.session.page.getByRole('button', { name: 'Begin the pages' }).click();
    await weekly.waitFor({ state: 'detached' });
    await fay.session.page.getByRole('button', { name: 'Go to the check-in' }).click();
    await expect.poll(() => weekly.getByLabel('Partly done').isChecked()).toBe(true);
  });
});

describe.each([
  { name: 'projector', width: 1280, height: 720 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
])('takeaway screens at $name size ($width×$height)', (size) => {
  it('fit the width: the pad, the closing round, the check-in and the projector', async () => {
    const out = 'test-results/screenshots';
    mkdirSync(out, { recursive: true });
    // No signaling server: the facilitator and the projector window share this browser's channel.
    const session = await rig.device(NO_SIGNALING, { viewport: { width: size.width, height: size.height } });
    const context = session.page.context();
    const fay = new TakeawaysPage(session.page);
    // Nothing of the takeaways' own (nor the start form) reaches past the screen's edge.
    const fits = async (page: Page, shot: string) => {
      await page.screenshot({ path: `${out}/${shot}-${size.name}.png`, fullPage: true });
      const past = await page.evaluate(() =>
        [...document.querySelectorAll('.session-takeaways *, .projector-takeaways *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5).map((e) => `${e.tagName}.${e.className}`),
      );
      expect(past).toEqual([]);
      expect(await page.locator('.session-takeaways, .projector-takeaways').count()).toBeGreaterThan(0);
    };
    await fay.startForGroup(baseUrl, module.id, 'Fay', { newName: 'Blue group' });
    await fay.write('People open up when I ask about their week before the agenda.');
    await fay.write('<b>Not bold</b> — text with markup stays text.');
    await fay.share(1, 'with my name');
    await fay.share(2, 'anonymously');
    await fay.write('A long thought, still private: ' + 'the group noticed how often we answer our own questions. '.repeat(3));
    await fits(fay.page, 'takeaways-pad');
    const projector = new TakeawaysPage(await context.newPage());
    await projector.page.goto(`${await new SessionPage(fay.page, baseUrl).joinLink()}&as=projector`);

    await fay.page.getByRole('button', { name: 'Go to the closing round' }).click();
    await projector.sharedList.getByText('People open up').waitFor();
    await projector.sharedList.getByText('<b>Not bold</b>', { exact: false }).waitFor();
    await fits(projector.page, 'takeaways-projector');
    await projector.page.close();
    await fay.page.getByLabel('Next meeting’s date').fill('2031-03-04');
    await fay.commit(1, 'Hold a weekly one-to-one with each report', 'Each report has had four by March');
    await fay.commit(2, 'Ask the team for one piece of feedback at the retro', '');
    await fits(fay.page, 'takeaways-closing');

    await fay.startForGroup(baseUrl, module.id, 'Fay', { existing: 'Blue group' });
    const weekly = fay.checkInItem('Hold a weekly one-to-one');
    await weekly.getByLabel('Partly done').check();
    await weekly.getByLabel('Note (optional)').fill('Three of four; one is on leave.');
    await weekly.getByLabel(/Share this with the group/).check();
    await fay.sharedCheckIns.getByText('Three of four').waitFor();
    await fits(fay.page, 'takeaways-checkin');
  });
});

describe('never lose a word', () => {
  it('the crash test: the browser is killed mid-typing; relaunched offline, the typed text is there', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'roundtable-crash-'));
    try {
      // First visit online: the library loads and the service worker installs.
      let context = await launchPersistent(profile, { viewport: { width: 1280, height: 800 } });
      const app = new LibraryPage(context.pages()[0] ?? (await context.newPage()), baseUrl);
      await app.open();
      await app.cards.first().waitFor();
      await app.waitForServiceWorker();
      const session = new SessionPage(app.page, baseUrl);
      await session.useSignaling('ws://127.0.0.1:9/signal');
      await session.start(module.id, 'Fay');
      const sessionUrl = app.page.url();
      const pad = new TakeawaysPage(app.page);

      const firstChunk = 'The quiet ones had the best ideas. ';
      const secondChunk = 'Next time I will ask them first, by name, before anyone else speaks.';
      await pad.draft.click();
      await app.page.keyboard.type(firstChunk, { delay: 20 });
      await pad.saved.waitFor();
      expect(await pad.takeaway(1).inputValue()).toBe(firstChunk);

      // Keep typing; partway, note what the field holds, type on for a while longer (no blur,
      // no save click), and kill the browser while keys are still going in.
      let known = '';
      let knownAt = 0;
      let typed = 0;
      for (const key of secondChunk) {
        await app.page.keyboard.type(key);
        await app.page.waitForTimeout(25);
        typed++;
        if (typed === 12) {
          known = await pad.takeaway(1).inputValue();
          knownAt = Date.now();
        }
        if (knownAt && Date.now() - knownAt > 400) break;
      }
      expect(typed).toBeLessThan(secondChunk.length);
      const stillTyping = app.page.keyboard.type(secondChunk.slice(typed), { delay: 10 }).catch(() => undefined);
      process.kill(browserPid(profile), 'SIGKILL');
      await stillTyping;
      await context.close().catch(() => undefined);

      // Relaunch on the same profile with no network: the app comes from the service worker.
      context = await launchPersistent(profile, { viewport: { width: 1280, height: 800 }, offline: true });
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(sessionUrl);
      const restored = await new TakeawaysPage(page).takeaway(1).inputValue();
      expect(known.startsWith(firstChunk)).toBe(true);
      expect(known.length).toBeGreaterThan(firstChunk.length);
      // Everything typed up to 400 ms before the kill is there, and nothing that was not typed.
      expect(restored.startsWith(known)).toBe(true);
      expect((firstChunk + secondChunk).startsWith(restored)).toBe(true);
      await context.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
