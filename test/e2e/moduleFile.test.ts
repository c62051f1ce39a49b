// A module author's round trip in a real browser: add a module from a Markdown file, revise it
// and add it again, remove it, and save a module as a file that another device adds as it was.

import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseLibrary } from '../../src/content/library.ts';
import { readLibraryFiles } from '../../src/content/libraryFiles.ts';
import { parseModule } from '../../src/content/parseModule.ts';
import { launchChromium } from './browser.ts';
import { LibraryPage } from './pages/LibraryPage.ts';

const baseUrl = inject('baseUrl');
const bundled = parseLibrary(readLibraryFiles('modules-content')).modules.find((m) => m.id === 'measuring-what-matters')!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** An author's module file, at `version`, titled `title`. */
function draft(version: number, title: string): string {
  return ['---', 'id: our-own-retro', `title: ${title}`, 'mindset: collaboration', 'summary: A retro we wrote ourselves.', 'author: Our team', 'minutes: 45', `version: ${version}`, 'tags: [retro]', '---', '', '## What went well', 'Time: 10 min', '', 'Look back over the month.', '', 'Question: What should we keep doing?', ''].join('\n');
}

async function library(): Promise<LibraryPage> {
  const context = await browser.newContext({ acceptDownloads: true });
  const app = new LibraryPage(await context.newPage(), baseUrl);
  await app.open();
  await app.moduleLink(bundled.title).waitFor();
  return app;
}

const addFile = (app: LibraryPage, name: string, text: string) =>
  app.page.getByLabel('Add a module from a file').setInputFiles({ name, mimeType: 'text/markdown', buffer: Buffer.from(text) });

describe('a module as a file', () => {
  it('is added, then replaced by its revised file but never by an older one, and removed', async () => {
    const app = await library();
    await addFile(app, 'our-own-retro.md', draft(1, 'Our retro'));
    await app.page.getByRole('status', { name: 'Module added' }).waitFor();
    await app.moduleLink('Our retro').waitFor();

    await addFile(app, 'our-own-retro.md', draft(2, 'Our better retro'));
    const updated = app.page.getByRole('status', { name: 'Module updated' });
    await updated.waitFor();
    expect(await updated.textContent()).toContain('“Our better retro” now reads as this file says (version 2).');
    await app.moduleLink('Our better retro').waitFor();
    expect(await app.moduleLink('Our retro').count()).toBe(0);

    await addFile(app, 'old-copy.md', draft(1, 'An old copy'));
    const refused = app.page.getByRole('alert', { name: 'old-copy.md was not added' });
    await refused.waitFor();
    expect(await refused.textContent()).toContain("old-copy.md: version 2 of 'our-own-retro' is already in the library and this file is version 1: raise the file's version to replace it");
    expect(await app.moduleLink('An old copy').count()).toBe(0);

    // The author's draft leaves the library, after a question; the library's own modules have no such button.
    await app.moduleLink('Our better retro').click();
    await app.page.getByRole('button', { name: 'Remove from the library…' }).click();
    await app.page.getByText('Remove “Our better retro” from this device’s library?').waitFor();
    await app.page.screenshot({ path: 'test-results/screenshots/module-remove-confirm.png' });
    await app.page.getByRole('button', { name: 'Yes, remove it' }).click();
    await app.moduleLink(bundled.title).waitFor();
    expect(await app.moduleLink('Our better retro').count()).toBe(0);
    expect(await app.storedModuleCount()).toBe(parseLibrary(readLibraryFiles('modules-content')).modules.length);
    await app.moduleLink(bundled.title).click();
    await app.page.getByRole('button', { name: 'Save as a file' }).waitFor();
    expect(await app.page.getByRole('button', { name: 'Remove from the library…' }).count()).toBe(0);
    await app.page.context().close();
  });

  it('is saved from its screen as Markdown that another device adds as it was', async () => {
    const app = await library();
    await app.moduleLink(bundled.title).click();
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'Save as a file' }).click()]);
    expect(download.suggestedFilename()).toBe('measuring-what-matters.md');
    const text = readFileSync((await download.path())!, 'utf8');
    const read = parseModule(text, 'measuring-what-matters.md', 'bundled');
    expect(read.ok && read.module).toEqual(bundled);

    // Another device takes it as the start of its own module: a new id, the rest as saved.
    const other = await library();
    await addFile(other, 'our-measures.md', text.replace('id: measuring-what-matters', 'id: our-measures').replace(`title: ${bundled.title}`, 'title: Our measures'));
    await other.page.getByRole('status', { name: 'Module added' }).waitFor();
    await other.page.getByRole('link', { name: 'Open it' }).click();
    await expect.poll(() => other.heading.textContent()).toBe('Our measures');
    await other.page.getByText(bundled.pages.at(-1)!.prompt.text).waitFor();
    expect(await other.page.locator('.page-list > li').count()).toBe(bundled.pages.length);
    await app.page.context().close();
    await other.page.context().close();
  });
});
