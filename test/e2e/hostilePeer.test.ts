// A peer that holds the room's key but misbehaves: garbage in the shared document, raw garbage
// and oversized frames over WebRTC, protocol messages y-protocols cannot read (over WebRTC and
// over BroadcastChannel), and a claim to be a newer version. The other devices keep a valid
// session, show text as text, raise no error, keep syncing, and refuse to write a newer session.

import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLibrary } from '../../src/content/library.ts';
import { readLibraryFiles } from '../../src/content/libraryFiles.ts';
import { MAX_NAME_LENGTH } from '../../src/core/session.ts';
import type { RoomKey } from '../../src/core/roomLink.ts';
import { parseRoomFragment } from '../../src/core/roomLink.ts';
import { topicFor } from '../../src/sync/roomCrypto.ts';
import { buildHostilePeer } from './hostile/hostileBundle.ts';
import { malformedSyncStep1, nonJsonAwareness, sealForBroadcast } from '../helpers/malformedMessages.ts';
import type { SessionPage } from './pages/SessionPage.ts';
import { useSessionRig } from './rig.ts';

const module = parseLibrary(readLibraryFiles('modules-content')).modules.find((m) => m.id === 'high-performing-teams')!;

const rig = useSessionRig();
let hostileRoot: string;
beforeAll(async () => {
  hostileRoot = await buildHostilePeer();
});
afterAll(() => rmSync(hostileRoot, { recursive: true, force: true }));

type Hostile = { hostile: Record<string, (...args: string[]) => unknown> };
const call = (page: Page, method: string, ...args: string[]) => page.evaluate(({ method, args }) => (window as unknown as Hostile).hostile[method]!(...args), { method, args });

/** What an honest device's page has raised, and how many messages its guard reports dropped. */
interface Watched {
  errors: string[];
  dropped: () => number;
}

/** Collects a page's uncaught errors, and the count of dropped messages its warnings give (see src/sync/guardedRoom.ts). */
function watch(page: Page): Watched {
  const errors: string[] = [];
  let dropped = 0;
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  page.on('console', (message) => {
    const count = /\((\d+) dropped so far\)/.exec(message.text());
    if (message.type() === 'warning' && count) dropped = Math.max(dropped, Number(count[1]));
  });
  return { errors, dropped: () => dropped };
}

/** Both at once, so that a failure shows the errors that went with the count. */
const seen = (w: Watched) => ({ dropped: w.dropped(), errors: w.errors });

/** A session of two honest devices (watched from their first page), and a hostile peer connected to both. */
async function sessionWithHostilePeer() {
  // The hostile peer's page is served beside the signaling endpoint, from the same server.
  const signalingUrl = await rig.startSignaling(hostileRoot);
  const facilitator = await rig.device(signalingUrl);
  const ana = await rig.device(signalingUrl);
  const watched = { facilitator: watch(facilitator.page), ana: watch(ana.page) };
  await facilitator.start(module.id, 'Fay');
  const link = await facilitator.joinLink();
  await ana.join(link, 'Ana');
  await facilitator.waitForDevices(1);

  const parsed = parseRoomFragment(new URL(link).hash);
  if (!parsed.ok) throw new Error(parsed.problem);
  const hostile = await rig.page();
  await hostile.goto(signalingUrl.replace(/^ws/, 'http').replace(/\/signal$/, '/'));
  await call(hostile, 'join', parsed.room.roomId, parsed.room.secret, signalingUrl);
  await expect.poll(() => call(hostile, 'connections'), { timeout: 20_000 }).toBe(2);
  await expect.poll(() => call(hostile, 'hasSession'), { timeout: 10_000 }).toBe(true);
  return { facilitator, ana, hostile, room: parsed.room, watched };
}

/**
 * Posts `message`, sealed with the room's key, into the room's BroadcastChannel from another
 * page of `device`'s browser context (a static file of the app's origin, so that the app does
 * not start there): only windows of the same context and origin hear a BroadcastChannel.
 */
async function postToBroadcastChannel(device: SessionPage, room: RoomKey, message: Uint8Array): Promise<void> {
  const topic = await topicFor(room);
  const sealed = await sealForBroadcast(room.secret, topic, message);
  const page = await device.page.context().newPage();
  await page.goto(`${device.baseUrl}/icon.svg`);
  await page.evaluate(({ topic, bytes }) => {
    const channel = new BroadcastChannel(topic);
    channel.postMessage(new Uint8Array(bytes));
    channel.close();
  }, { topic, bytes: [...sealed] });
  await page.close();
}

describe('a misbehaving peer', () => {
  it('cannot break the session for the others', async () => {
    const { facilitator, ana, hostile, watched } = await sessionWithHostilePeer();

    await call(hostile, 'writeGarbage');
    expect(await call(hostile, 'sendRawGarbage')).toBe(2);

    // The honest devices still show the session, with the hostile name cut and shown as text.
    const cut = `<img src=x onerror="window.pwned=1">${'A'.repeat(100)}`.slice(0, MAX_NAME_LENGTH);
    await facilitator.page.getByLabel(`${cut} is present`).waitFor();
    expect(await facilitator.page.locator('main img').count()).toBe(0);
    expect(await facilitator.page.getByLabel('Liar is present').count()).toBe(0);
    await expect.poll(() => facilitator.pageTitle.textContent()).toBe(module.pages[0]!.title);
    expect(await facilitator.reader.textContent()).toContain('you read this page aloud');

    // And they keep syncing with each other.
    await facilitator.nextButton.click();
    await ana.waitForPage(2);
    await facilitator.nextButton.click();
    await ana.waitForPage(3);
    expect(await ana.page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();

    // The module itself spoilt: the devices that read it go on with what they read.
    await call(hostile, 'spoilContent');
    await ana.page.waitForTimeout(500);
    for (const d of [facilitator, ana]) expect(await d.page.getByRole('heading', { name: 'This session cannot be shown' }).count()).toBe(0);
    await facilitator.nextButton.click();
    await ana.waitForPage(4);
    await expect.poll(() => ana.pageTitle.textContent()).toBe(module.pages[3]!.title);
    await facilitator.previousButton.click();
    await ana.waitForPage(3);

    // A session claimed by a newer version: a clear message, and nothing is written.
    await call(hostile, 'claimNewerShape');
    for (const d of [facilitator, ana]) await d.page.getByRole('heading', { name: 'Update Roundtable to join this session' }).waitFor();
    await facilitator.page.keyboard.press('ArrowRight');
    await call(hostile, 'restoreShape');
    for (const d of [facilitator, ana]) await d.waitForPage(3);
    await facilitator.nextButton.click();
    await ana.waitForPage(4);

    // Nothing the hostile peer sent raised an error on the honest devices.
    expect([watched.facilitator.errors, watched.ana.errors]).toEqual([[], []]);
  });

  it('has its malformed messages dropped and counted, over WebRTC and over BroadcastChannel, with no error raised', async () => {
    const { facilitator, ana, hostile, room, watched } = await sessionWithHostilePeer();
    const honest = [watched.facilitator, watched.ana];
    expect(honest.map((w) => w.dropped())).toEqual([0, 0]);

    // Over the data channels, from the hostile peer to both honest devices.
    expect(await call(hostile, 'sendMalformedSyncStep1')).toBe(2);
    for (const w of honest) await expect.poll(() => seen(w)).toEqual({ dropped: 1, errors: [] });
    expect(await call(hostile, 'sendNonJsonAwareness')).toBe(2);
    for (const w of honest) await expect.poll(() => seen(w)).toEqual({ dropped: 2, errors: [] });

    // Over BroadcastChannel, from another page in each honest device's browser context.
    for (const [device, w] of [[facilitator, watched.facilitator], [ana, watched.ana]] as const) {
      await postToBroadcastChannel(device, room, malformedSyncStep1());
      await expect.poll(() => seen(w)).toEqual({ dropped: 3, errors: [] });
      await postToBroadcastChannel(device, room, nonJsonAwareness());
      await expect.poll(() => seen(w)).toEqual({ dropped: 4, errors: [] });
    }

    // The honest devices still sync, and nothing was raised on them.
    await facilitator.nextButton.click();
    await ana.waitForPage(2);
    await facilitator.nextButton.click();
    await ana.waitForPage(3);
    expect(honest.map((w) => w.errors)).toEqual([[], []]);
    expect(honest.map((w) => w.dropped())).toEqual([4, 4]);
  });
});
