// What the start screen loads: the library works without the live session's code (Yjs,
// y-webrtc), which arrives only when a session opens. Sizes are measured by `npm run bench`;
// this test guards the split itself.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { LibraryPage } from './pages/LibraryPage.ts';
import { SessionPage } from './pages/SessionPage.ts';

const baseUrl = inject('baseUrl');
/** Property names that survive minification: y-webrtc's room and Yjs's documents. */
const SESSION_CODE = ['webrtcConns', 'clientID'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Records the body of every script the page loads, by URL. */
function recordScripts(page: Page): Map<string, string> {
  const scripts = new Map<string, string>();
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    void response.text().then((body) => scripts.set(new URL(response.url()).pathname, body), () => undefined);
  });
  return scripts;
}

const withSessionCode = (scripts: Map<string, string>) => [...scripts].filter(([, body]) => SESSION_CODE.some((name) => body.includes(name))).map(([path]) => path);

describe('the start screen', () => {
  it('shows the library without loading the session’s code, which comes once a session opens', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts = recordScripts(page);
    const library = new LibraryPage(page, baseUrl);
    await library.open();
    await library.cards.first().waitFor();
    await page.waitForLoadState('networkidle');
    expect([...scripts.keys()].some((path) => /^\/assets\/index-.*\.js$/.test(path))).toBe(true);
    expect(withSessionCode(scripts)).toEqual([]);

    // The probe finds the session's code where it is.
    const session = new SessionPage(page, baseUrl);
    await session.useSignaling('ws://127.0.0.1:9/signal');
    await session.start('feedback-both-ways', 'Fay');
    await expect.poll(() => withSessionCode(scripts).length).toBeGreaterThan(0);
    await context.close();
  });
});
