// A peer that holds the room's key but misbehaves: garbage in the shared document, raw garbage
// and oversized frames over WebRTC, and a claim to be a newer version. The other devices keep
// a valid session, show text as text, keep syncing, and refuse to write a newer session.

import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseLibrary } from '../../src/content/library.ts';
import { readLibraryFiles } from '../../src/content/libraryFiles.ts';
import { MAX_NAME_LENGTH } from '../../src/core/session.ts';
import { parseRoomFragment } from '../../src/core/roomLink.ts';
import { createSignaling } from '../../src/server/signaling.ts';
import type { RunningServer } from '../../src/server/staticServer.ts';
import { startStaticServer } from '../../src/server/staticServer.ts';
import { launchChromium } from './browser.ts';
import { buildHostilePeer } from './hostile/hostileBundle.ts';
import { SessionPage } from './pages/SessionPage.ts';

const baseUrl = inject('baseUrl');
const module = parseLibrary(readLibraryFiles('modules-content')).modules.find((m) => m.id === 'high-performing-teams')!;

let browser: Browser;
let server: RunningServer;
let hostileRoot: string;

beforeAll(async () => {
  hostileRoot = await buildHostilePeer();
  server = await startStaticServer({ root: hostileRoot, port: 0, host: '127.0.0.1', signaling: createSignaling() });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(hostileRoot, { recursive: true, force: true });
});

type Hostile = { hostile: Record<string, (...args: string[]) => unknown> };
const call = (page: Page, method: string, ...args: string[]) => page.evaluate(({ method, args }) => (window as unknown as Hostile).hostile[method]!(...args), { method, args });

describe('a misbehaving peer', () => {
  it('cannot break the session for the others', async () => {
    const signalingUrl = `${server.url.replace('http', 'ws')}/signal`;
    const devices: SessionPage[] = [];
    for (let i = 0; i < 2; i++) {
      const context = await browser.newContext();
      const device = new SessionPage(await context.newPage(), baseUrl);
      await device.useSignaling(signalingUrl);
      devices.push(device);
    }
    const [facilitator, ana] = devices as [SessionPage, SessionPage];
    await facilitator.start(module.id, 'Fay');
    const link = await facilitator.joinLink();
    await ana.join(link, 'Ana');
    await facilitator.waitForDevices(1);

    const parsed = parseRoomFragment(new URL(link).hash);
    if (!parsed.ok) throw new Error(parsed.problem);
    const hostileContext = await browser.newContext();
    const hostile = await hostileContext.newPage();
    await hostile.goto(server.url);
    await call(hostile, 'join', parsed.room.roomId, parsed.room.secret, signalingUrl);
    await expect.poll(() => call(hostile, 'connections'), { timeout: 20_000 }).toBe(2);
    await expect.poll(() => call(hostile, 'hasSession'), { timeout: 10_000 }).toBe(true);

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

    for (const context of [hostileContext, facilitator.page.context(), ana.page.context()]) await context.close();
  });
});
