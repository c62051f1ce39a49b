// A peer that holds the room's key but misbehaves: garbage in the shared document, raw garbage
// and oversized frames over WebRTC, and a claim to be a newer version. The other devices keep
// a valid session, show text as text, keep syncing, and refuse to write a newer session.

import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLibrary } from '../../src/content/library.ts';
import { readLibraryFiles } from '../../src/content/libraryFiles.ts';
import { MAX_NAME_LENGTH } from '../../src/core/session.ts';
import { parseRoomFragment } from '../../src/core/roomLink.ts';
import { buildHostilePeer } from './hostile/hostileBundle.ts';
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

describe('a misbehaving peer', () => {
  it('cannot break the session for the others', async () => {
    // The hostile peer's page is served beside the signaling endpoint, from the same server.
    const signalingUrl = await rig.startSignaling(hostileRoot);
    const facilitator = await rig.device(signalingUrl);
    const ana = await rig.device(signalingUrl);
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

  });
});
