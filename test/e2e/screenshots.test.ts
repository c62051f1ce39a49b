// Screenshots of every screen at projector, laptop and phone size, saved as test artifacts in
// test-results/screenshots/ to be looked at. Each screen must fit its width: no sideways scroll.

import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { LibraryPage } from './pages/LibraryPage.ts';

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
