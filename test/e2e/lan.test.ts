// The room's laptops reaching one laptop's `npm start -- --lan`, as the browser sees it: the app
// on a name that is not this computer (mapped to 127.0.0.1 inside Chromium only, so nothing
// leaves the machine). Over plain http such a page has no Web Crypto and must say so; over https,
// with the certificate made for the LAN, three devices meet through the same origin's signaling.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SignalingLogEntry } from '../../src/server/signaling.ts';
import { createSignaling } from '../../src/server/signaling.ts';
import type { RunningServer } from '../../src/server/staticServer.ts';
import { startStaticServer } from '../../src/server/staticServer.ts';
import { tlsCredentials } from '../../src/server/tlsCertificate.ts';
import { aliasFlags, CHROMIUM_PATH } from './browser.ts';
import { SessionPage } from './pages/SessionPage.ts';

const LAN_NAME = 'roundtable-lan.test';
const distDir = inject('distDir');

let browser: Browser;
let https: RunningServer;
let http: RunningServer;
let certDir: string;
const signalingLog: SignalingLogEntry[] = [];
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  certDir = mkdtempSync(join(tmpdir(), 'roundtable-tls-'));
  const tls = await tlsCredentials(certDir, {}, []);
  https = await startStaticServer({ root: distDir, port: 0, host: '127.0.0.1', tls, signaling: createSignaling({ log: (entry) => signalingLog.push(entry) }) });
  http = await startStaticServer({ root: distDir, port: 0, host: '127.0.0.1', signaling: createSignaling() });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: aliasFlags([LAN_NAME]) });
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await https?.close();
  await http?.close();
  rmSync(certDir, { recursive: true, force: true });
});

/** A laptop in the room. Its person has accepted the self-made certificate's warning once. */
async function laptop(origin: string): Promise<SessionPage> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, ignoreHTTPSErrors: true });
  contexts.push(context);
  return new SessionPage(await context.newPage(), origin);
}

const onLan = (server: RunningServer) => server.url.replace('127.0.0.1', LAN_NAME);

describe('a session across the local network', () => {
  it('over plain http from another computer, says what is wrong and how to fix it', async () => {
    const fay = await laptop(onLan(http));
    await fay.page.goto(`${onLan(http)}/modules/feedback-both-ways`);
    expect(await fay.page.evaluate(() => window.isSecureContext)).toBe(false);
    await fay.page.getByLabel('Your name').fill('Fay');
    await fay.page.getByRole('button', { name: 'Start a session' }).click();
    await fay.page.getByRole('heading', { level: 1, name: 'This address cannot open a session' }).waitFor();
    expect(await fay.page.getByText('npm start -- --lan').count()).toBe(1);
  });

  it('over https, three laptops join by link and move pages through the same origin’s signaling', async () => {
    const origin = onLan(https);
    expect(origin.startsWith(`https://${LAN_NAME}:`)).toBe(true);
    const fay = await laptop(origin);
    const ana = await laptop(origin);
    const ben = await laptop(origin);
    // No settings: each laptop uses the signaling of the origin it loaded the app from (wss).
    await fay.start('feedback-both-ways', 'Fay');
    expect(await fay.page.evaluate(() => window.isSecureContext)).toBe(true);
    const link = await fay.joinLink();
    expect(link.startsWith(`${origin}/session#`)).toBe(true);
    // A link others can open carries no "this laptop only" warning.
    expect(await fay.page.getByText('This link opens on this laptop only').count()).toBe(0);
    await ana.join(link, 'Ana');
    await ben.join(link, 'Ben');
    for (const d of [fay, ana, ben]) await d.waitForDevices(2);
    await fay.nextButton.click();
    for (const d of [ana, ben]) await d.waitForPage(2);
    expect(signalingLog.some((entry) => entry.type === 'subscribe')).toBe(true);
  });

  it('over https with the laptop’s own certificate, says how to keep the journal, which cannot work offline there', async () => {
    const origin = onLan(https);
    const ana = await laptop(origin);
    await ana.page.goto(`${origin}/journal`);
    // The browser refuses a service worker from an address whose certificate it does not trust.
    const note = ana.page.getByRole('status', { name: 'This browser does not keep Roundtable for use offline at this address' });
    await note.waitFor();
    expect(await ana.page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined)).toBe(true);
    expect(await note.textContent()).toContain(`opens here only while ${new URL(origin).host} can be reached`);
    expect(await ana.page.getByText('work offline.', { exact: false }).count()).toBe(0);
    // Settings says it too, and nowhere that the app works offline.
    await ana.page.getByRole('link', { name: 'Settings' }).click();
    await note.waitFor();
    expect(await ana.page.getByText('works offline', { exact: false }).count()).toBe(0);
    await ana.page.getByText('Nothing is sent to any server.').waitFor();
  });
});
