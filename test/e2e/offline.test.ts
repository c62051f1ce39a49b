// The foundation end to end, in a real Chromium against the production build: the library
// loads into IndexedDB, then the whole app works offline through the service worker.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseLibrary } from '../../src/content/library.ts';
import { readLibraryFiles } from '../../src/content/libraryFiles.ts';
import { launchChromium } from './browser.ts';
import { LibraryPage } from './pages/LibraryPage.ts';

const baseUrl = inject('baseUrl');
const library = parseLibrary(readLibraryFiles('modules-content')).modules;
const budgetModule = library.find((module) => module.id === 'innovation-past-the-budget');
const changeModule = library.find((module) => module.id === 'leading-change');
const feedbackModule = library.find((module) => module.id === 'feedback-both-ways');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline after one visit', () => {
  it('shows the library online, then offline: reload, search, deep link and a new tab', async () => {
    expect(budgetModule && changeModule && feedbackModule).toBeTruthy();
    const context = await browser.newContext();
    const errors: string[] = [];
    const app = new LibraryPage(await context.newPage(), baseUrl);
    app.page.on('pageerror', (error) => errors.push(error.message));

    await app.open();
    await expect.poll(() => app.heading.textContent()).toBe('Module library');
    await app.moduleLink(changeModule!.title).waitFor();
    expect(await app.cards.count()).toBe(library.length);
    expect(await app.storedModuleCount()).toBe(library.length);
    await app.waitForServiceWorker();

    await context.setOffline(true);
    await app.page.reload();
    await app.moduleLink(changeModule!.title).waitFor();
    expect(await app.cards.count()).toBe(library.length);

    await app.search('budget');
    await app.page.getByRole('heading', { name: /match “budget”/ }).waitFor();
    await app.moduleLink(budgetModule!.title).click();
    await expect.poll(() => app.heading.textContent()).toBe(budgetModule!.title);
    expect(await app.page.getByRole('heading', { level: 2 }).count()).toBe(budgetModule!.pages.length);

    await app.open(`/modules/${changeModule!.id}`);
    await expect.poll(() => app.heading.textContent()).toBe(changeModule!.title);
    await app.page.getByText(changeModule!.pages[0]!.prompt.text).waitFor();

    const second = new LibraryPage(await context.newPage(), baseUrl);
    await second.open(`/modules/${feedbackModule!.id}`);
    await expect.poll(() => second.heading.textContent()).toBe(feedbackModule!.title);
    await second.open('/settings');
    await expect.poll(() => second.heading.textContent()).toBe('Settings and about');
    await second.page.getByText(`${library.length} bundled modules`).waitFor();

    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a deep link to a module on the very first visit, while the library is still loading', async () => {
    const context = await browser.newContext();
    const app = new LibraryPage(await context.newPage(), baseUrl);
    await app.open(`/modules/${feedbackModule!.id}`);
    await expect.poll(() => app.heading.textContent()).toBe(feedbackModule!.title);
    expect(await app.page.getByRole('heading', { name: 'Module not found' }).count()).toBe(0);
    await context.close();
  });

  it('answers an unknown route with a clear page, online and offline', async () => {
    const context = await browser.newContext();
    const app = new LibraryPage(await context.newPage(), baseUrl);
    await app.open('/no/such/place');
    await expect.poll(() => app.heading.textContent()).toBe('There is no page here');
    await app.page.getByText('/no/such/place').waitFor();
    await app.waitForServiceWorker();
    await context.setOffline(true);
    await app.open('/another-missing-page');
    await expect.poll(() => app.heading.textContent()).toBe('There is no page here');
    await app.page.getByRole('link', { name: 'Go to the module library' }).click();
    await expect.poll(() => app.heading.textContent()).toBe('Module library');
    await context.close();
  });
});
