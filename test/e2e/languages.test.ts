// Roundtable in French and Japanese, in a real Chromium whose language is set as a person's
// browser would be: every screen words itself in that language (no English interface phrase
// left), <html lang> matches, axe finds nothing serious, and two laptops in different languages
// share one live session over real WebRTC. Each device's words come from its own catalog.

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parseLibrary } from '../../src/content/library.ts';
import { readLibraryFiles } from '../../src/content/libraryFiles.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { seriousViolations } from './axe.ts';
import { useSessionRig } from './rig.ts';
import type { Words } from './words.ts';
import { englishLeft, wordsOf } from './words.ts';

const baseUrl = inject('baseUrl');
const library = parseLibrary(readLibraryFiles('modules-content')).modules;
const rig = useSessionRig();

const LANGUAGES: Array<{ browser: string; locale: Exclude<Locale, 'en'>; moduleId: string }> = [
  { browser: 'fr-FR', locale: 'fr', moduleId: 'prendre-du-recul' },
  { browser: 'ja-JP', locale: 'ja', moduleId: 'small-experiments-for-change' },
];

/** Checks the screen now shown: its language, no English interface phrase, no serious axe violation. */
async function checkScreen(page: Page, locale: Locale, where: string) {
  await expect.poll(() => page.locator('html').getAttribute('lang'), { message: `${where}: html[lang]` }).toBe(locale);
  const text = await page.locator('body').innerText();
  expect(englishLeft(text, locale), `${where}: English left`).toEqual([]);
  expect(await seriousViolations(page), `${where}: axe`).toEqual([]);
}

async function useSignaling(page: Page, w: Words, url: string) {
  await page.goto(`${baseUrl}/settings`);
  await page.getByLabel(w('settings.signalingLabel')).fill(url);
  await page.getByRole('button', { name: w('settings.saveTransport') }).click();
  await page.getByText(w('settings.transportSaved')).waitFor();
}

describe.each(LANGUAGES)('Roundtable in $browser', ({ browser, locale, moduleId }) => {
  const w = wordsOf(locale);
  const module = library.find((m) => m.id === moduleId)!;

  it('shows the library, a module, the journal and settings in that language, the first time', async () => {
    const page = await rig.page({ locale: browser, viewport: { width: 1280, height: 720 } });
    await page.goto(baseUrl);
    await page.getByRole('link', { name: module.title }).first().waitFor();
    await page.getByRole('navigation', { name: w('app.mainNav') }).waitFor();
    await checkScreen(page, locale, 'library');
    // In the module's mindset group, the interface language's modules come first, each titled in its own language.
    const group = page.locator('.mindset-group', { has: page.getByRole('link', { name: module.title }) });
    expect(await group.locator('.module-card h3').first().getAttribute('lang')).toBe(locale);

    await page.getByRole('link', { name: module.title }).first().click();
    await page.getByRole('heading', { level: 1, name: module.title }).waitFor();
    await page.getByRole('button', { name: w('module.startSession') }).waitFor();
    await checkScreen(page, locale, 'module');

    await page.getByRole('link', { name: w('app.navJournal') }).click();
    await page.getByRole('heading', { level: 1, name: w('app.journalTitle') }).waitFor();
    await checkScreen(page, locale, 'journal');

    await page.getByRole('link', { name: w('app.navSettings') }).click();
    await page.getByRole('heading', { level: 1, name: w('app.settingsTitle') }).waitFor();
    await checkScreen(page, locale, 'settings');

    // Choosing English in Settings rewords the app at once, and is remembered on reload.
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('heading', { level: 1, name: 'Settings and about' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Settings and about' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('runs one live session between a laptop in that language and one in English, with the projector', async () => {
    const url = await rig.startSignaling();
    const en = wordsOf('en');
    const facilitator = await rig.page({ locale: browser });
    const participant = await rig.page({ locale: 'en-GB' });
    await useSignaling(facilitator, w, url);
    await useSignaling(participant, en, url);

    await facilitator.goto(`${baseUrl}/modules/${module.id}`);
    await facilitator.getByLabel(w('module.yourName'), { exact: true }).fill('Aiko');
    await facilitator.getByRole('button', { name: w('module.startSession') }).click();
    const next = facilitator.getByRole('button', { name: w('session.nextPage'), exact: true });
    await next.waitFor();
    const link = await facilitator.getByLabel(w('session.joinLinkField'), { exact: true }).inputValue();

    await participant.goto(link);
    await participant.getByLabel(en('session.yourName')).fill('Ben');
    await participant.getByRole('button', { name: en('session.joinButton') }).click();
    await participant.locator('#current-page-title').waitFor();

    // Each laptop words the same page in its own language; the module's text stays as written.
    await next.click();
    await expect.poll(() => facilitator.locator('#current-page-title').textContent()).toBe(module.pages[1]!.title);
    await expect.poll(() => participant.locator('#current-page-title').textContent()).toBe(module.pages[1]!.title);
    await facilitator.getByText(w('session.pageOf', { page: 2, count: module.pages.length })).first().waitFor();
    await participant.getByText(en('session.pageOf', { page: 2, count: module.pages.length })).first().waitFor();
    expect(await participant.locator('#current-page-title').getAttribute('lang')).toBe(locale);
    await checkScreen(facilitator, locale, 'session (facilitator)');
    await checkScreen(participant, 'en', 'session (participant, in English)');

    const [projector] = await Promise.all([facilitator.context().waitForEvent('page'), facilitator.getByRole('button', { name: w('session.openProjector') }).click()]);
    await projector.setViewportSize({ width: 1280, height: 720 });
    const question = projector.getByRole('heading', { level: 1, name: module.pages[1]!.prompt.text });
    await question.waitFor();
    await checkScreen(projector, locale, 'projector');
    // The question is never cut off at 1280×720.
    const box = await question.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 720).toBe(true);
    expect(await question.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  });
});

describe('Japanese search', () => {
  it('finds a Japanese substring in the middle of a word', async () => {
    const w = wordsOf('ja');
    const page = await rig.page({ locale: 'ja-JP' });
    await page.goto(baseUrl);
    const box = page.getByRole('searchbox', { name: w('library.searchLabel') });
    await box.waitFor();
    // 「小さく試して変える」: 試して sits mid-title, after 小さく.
    await box.fill('試して');
    await page.locator('.search-results').getByRole('link', { name: '小さく試して変える' }).waitFor();
  });
});
