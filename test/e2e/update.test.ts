// A new app version in a real browser: it is offered by a calm prompt, the open page never
// reloads by itself, and it switches only when the person asks.

import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunningServer } from '../../src/server/staticServer.ts';
import { startStaticServer } from '../../src/server/staticServer.ts';
import { launchChromium } from './browser.ts';
import { LibraryPage } from './pages/LibraryPage.ts';
import { SessionPage } from './pages/SessionPage.ts';

let browser: Browser;
let server: RunningServer;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'roundtable-update-'));
  cpSync(inject('distDir'), root, { recursive: true });
  server = await startStaticServer({ root, port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('app updates', () => {
  it('offers a new version without reloading, and switches only on "Update now"', async () => {
    const context = await browser.newContext();
    const app = new LibraryPage(await context.newPage(), server.url);
    await app.open();
    await app.cards.first().waitFor();
    await app.waitForServiceWorker();
    // The worker is active before it takes control of the page it was installed from.
    await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const firstWorker = await app.page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    expect(firstWorker).toContain('/sw.js');

    // A new deployment: the service worker script changes.
    const sw = join(root, 'sw.js');
    writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// next version\n`);
    await app.page.evaluate(() => ((window as unknown as { marker: string }).marker = 'still here'));
    await app.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const prompt = app.page.getByRole('complementary', { name: 'App update' });
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain('A new version of Roundtable is ready');
    mkdirSync('test-results/screenshots', { recursive: true });
    await app.page.screenshot({ path: 'test-results/screenshots/update-prompt.png' });
    // Nothing reloaded on its own: the page state is intact and the search still works.
    expect(await app.page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('still here');
    await app.search('strategy');
    await app.page.getByRole('heading', { name: /match “strategy”/ }).waitFor();

    await app.page.getByRole('button', { name: 'Later' }).click();
    // The prompt leaves with the next render, which may come just after the click returns.
    await prompt.waitFor({ state: 'detached' });
    expect(await app.page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('still here');

    // The waiting version is offered again on the next load; this time the person accepts.
    await app.page.reload();
    await prompt.waitFor();
    await Promise.all([app.page.waitForEvent('load'), app.page.getByRole('button', { name: 'Update now' }).click()]);
    await app.cards.first().waitFor();
    expect(await app.page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBeUndefined();
    const waiting = await app.page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
    expect(waiting).toBe(false);
    expect(await prompt.count()).toBe(0);
    await context.close();
  });

  it('updating in one tab leaves another tab running its session, undisturbed', async () => {
    const context = await browser.newContext();
    const library = new LibraryPage(await context.newPage(), server.url);
    await library.open();
    await library.cards.first().waitFor();
    await library.waitForServiceWorker();
    // The other tab: a session in progress, on its second page.
    const meeting = new SessionPage(await context.newPage(), server.url);
    await meeting.useSignaling('ws://127.0.0.1:9/signal');
    await meeting.start('feedback-both-ways', 'Fay');
    await meeting.nextButton.click();
    await meeting.waitForPage(2);
    await meeting.page.evaluate(() => ((window as unknown as { marker: string }).marker = 'mid-meeting'));

    const sw = join(root, 'sw.js');
    writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// and the one after\n`);
    await library.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = (page: typeof library.page) => page.getByRole('complementary', { name: 'App update' });
    await prompt(library.page).waitFor();
    await Promise.all([library.page.waitForEvent('load'), library.page.getByRole('button', { name: 'Update now' }).click()]);
    await library.cards.first().waitFor();
    // The new version controls both tabs, but only the one that asked reloaded.
    await expect.poll(() => meeting.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state)).toBe('activated');
    await meeting.page.waitForTimeout(1000);
    expect(await meeting.page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('mid-meeting');
    expect(await meeting.pageNumber()).toBe(2);
    // Nothing is offered in the middle of the meeting.
    expect(await prompt(meeting.page).count()).toBe(0);
    await meeting.nextButton.click();
    await meeting.waitForPage(3);
    // After the meeting, back in the library (no reload), it says so calmly.
    await meeting.page.getByRole('link', { name: 'Library' }).first().click();
    await prompt(meeting.page).getByText('Roundtable was updated in another tab').waitFor();
    expect(await meeting.page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('mid-meeting');
    await context.close();
  });
});