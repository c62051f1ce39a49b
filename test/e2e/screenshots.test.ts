// Screenshots of every screen at projector, laptop and phone size, saved as test artifacts in
// test-results/screenshots/ to be looked at. Each screen must fit its width: no sideways scroll.

import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { LibraryPage } from './pages/LibraryPage.ts';
import { SessionPage } from './pages/SessionPage.ts';
import { wordsOf } from './words.ts';

const baseUrl = inject('baseUrl');
const OUT = 'test-results/screenshots';
const SIZES = [
  { name: 'projector', width: 1280, height: 720 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
];
const SCREENS = [
  { name: 'library', path: '/', ready: 'Module library' },
  { name: 'module', path: '/modules/when-respect-breaks-down', ready: 'When respect breaks down' },
  { name: 'settings', path: '/settings', ready: 'Settings and about' },
  { name: 'not-found', path: '/no/such/page', ready: 'There is no page here' },
];

let browser: Browser;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(SIZES)('at $name size ($width×$height)', (size) => {
  it.each(SCREENS)('$name fits the width', async (screen) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, colorScheme });
      const app = new LibraryPage(await context.newPage(), baseUrl);
      await app.open(screen.path);
      await app.page.getByRole('heading', { level: 1, name: screen.ready }).waitFor();
      if (screen.name === 'library') await app.cards.first().waitFor();
      const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await app.page.screenshot({ path: `${OUT}/${screen.name}-${size.name}-${colorScheme}.png` });
      if (screen.name === 'library') {
        await app.search('feedback');
        await app.page.getByRole('heading', { name: /match “feedback”/ }).waitFor();
        await app.page.screenshot({ path: `${OUT}/search-${size.name}-${colorScheme}.png` });
      }
      await context.close();
    }
  });
});

describe.each(SIZES)('session screens at $name size ($width×$height)', (size) => {
  it('fit the width: facilitator, projector, join form and a bad link', async () => {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
    // No signaling server: this browser's own channel links the facilitator and the projector.
    const facilitator = new SessionPage(await context.newPage(), baseUrl);
    await facilitator.useSignaling('ws://127.0.0.1:9/signal');
    await facilitator.start('when-respect-breaks-down', 'Fay Facilitator');
    await facilitator.page.getByLabel('Someone without a device').fill('Sam Without-a-laptop');
    await facilitator.page.getByRole('button', { name: 'Add person' }).click();
    await facilitator.nextButton.click();
    await facilitator.page.getByRole('button', { name: 'Show QR code' }).click();
    const link = await facilitator.joinLink();
    const shots: [SessionPage, string][] = [[facilitator, 'session-facilitator']];

    const projector = new SessionPage(await context.newPage(), baseUrl);
    await projector.page.goto(`${link}&as=projector`);
    await projector.page.getByRole('heading', { level: 1 }).waitFor();
    shots.push([projector, 'session-projector']);

    const other = await browser.newContext({ viewport: { width: size.width, height: size.height } });
    const joiner = new SessionPage(await other.newPage(), baseUrl);
    await joiner.page.goto(`${baseUrl}/session#room=short`);
    await joiner.page.getByRole('heading', { name: 'This link does not open a session' }).waitFor();
    shots.push([joiner, 'session-bad-link']);

    for (const [device, name] of shots) {
      const overflow = await device.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, name).toBeLessThanOrEqual(0);
      await device.page.screenshot({ path: `${OUT}/${name}-${size.name}.png`, fullPage: name === 'session-facilitator' });
    }
    await other.close();
    await context.close();
  });
});

describe.each([
  { locale: 'fr' as const, browser: 'fr-FR', moduleId: 'des-reunions-qui-servent' },
  { locale: 'ja' as const, browser: 'ja-JP', moduleId: 'working-across-generations' },
])('in $browser', ({ locale, browser: language, moduleId }) => {
  const w = wordsOf(locale);
  it.each(SIZES)('the library, a module, the journal, settings and a session fit at $name size', async (size) => {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, locale: language });
    const page = await context.newPage();
    const shots: Array<[string, string]> = [
      ['library', '/'],
      ['module', `/modules/${moduleId}`],
      ['journal', '/journal'],
      ['settings', '/settings'],
    ];
    for (const [name, path] of shots) {
      await page.goto(baseUrl + path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      if (name === 'library') await page.locator('.module-card').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${name} overflows`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${OUT}/${locale}-${name}-${size.name}.png` });
    }
    await page.goto(`${baseUrl}/settings`);
    await page.getByLabel(w('settings.signalingLabel')).fill('ws://127.0.0.1:9/signal');
    await page.getByRole('button', { name: w('settings.saveTransport') }).click();
    await page.goto(`${baseUrl}/modules/${moduleId}`);
    await page.getByLabel(w('module.yourName'), { exact: true }).fill('Aiko');
    await page.getByRole('button', { name: w('module.startSession') }).click();
    await page.getByRole('button', { name: w('session.nextPage'), exact: true }).click();
    const link = await page.getByLabel(w('session.joinLinkField'), { exact: true }).inputValue();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'session overflows').toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${OUT}/${locale}-session-${size.name}.png` });
    const projector = await context.newPage();
    await projector.goto(`${link}&as=projector`);
    await projector.getByRole('heading', { level: 1 }).waitFor();
    await projector.evaluate(() => document.fonts.ready.then(() => undefined));
    await projector.screenshot({ path: `${OUT}/${locale}-projector-${size.name}.png` });
    await context.close();
  });
});
