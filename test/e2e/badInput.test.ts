// Bad input in a real browser: a hand-edited IndexedDB record, a malformed module file, a tab
// left open on an older database version, and a screen that throws while drawing. None of them
// blanks the screen or loses data.

import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseLibrary } from '../../src/content/library.ts';
import { readLibraryFiles } from '../../src/content/libraryFiles.ts';
import { storeJournal } from '../bench/journal.ts';
import { launchChromium } from './browser.ts';
import { LibraryPage } from './pages/LibraryPage.ts';

const baseUrl = inject('baseUrl');
const library = parseLibrary(readLibraryFiles('modules-content')).modules;
const victim = library.find((module) => module.id === 'crafting-strategy')!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openLibrary(): Promise<LibraryPage> {
  const context = await browser.newContext();
  const app = new LibraryPage(await context.newPage(), baseUrl);
  await app.open();
  await app.moduleLink(victim.title).waitFor();
  return app;
}

describe('bad input', () => {
  it('reports a hand-edited IndexedDB record, keeps it, and shows the rest', async () => {
    const app = await openLibrary();
    await app.page.evaluate(
      (id) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('roundtable');
          open.onsuccess = () => {
            const tx = open.result.transaction('modules', 'readwrite');
            const store = tx.objectStore('modules');
            const get = store.get(id);
            get.onsuccess = () => store.put({ ...get.result, mindset: 'strategy', title: 42 });
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      victim.id,
    );
    await app.page.reload();
    const notice = app.page.getByRole('status', { name: '1 stored module could not be read' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`${victim.id}: mindset: expected one of reflection, analysis, worldliness, collaboration, action`);
    expect(await app.cards.count()).toBe(library.length - 1);
    expect(await app.storedModuleCount()).toBe(library.length);

    await app.open(`/modules/${victim.id}`);
    await app.page.getByRole('heading', { name: 'This module cannot be shown' }).waitFor();
    await app.page.context().close();
  });

  it('opens the journal past a hand-edited record it cannot read: reported and kept, the rest shown', async () => {
    const app = await openLibrary();
    const at = Date.UTC(2026, 0, 14, 12);
    const session = (roomId: string, moduleTitle: string, joinedAt: number) => ({ roomId, moduleId: victim.id, moduleTitle, joinedAt, lastOpenedAt: at });
    await storeJournal(app.page, {
      // A time no date can hold: drawing it once threw, and the journal never opened again.
      sessions: [session('room-good', 'Kept and shown', at), session('room-bad', 'Never drawn', 1e20)],
      takeaways: [{ id: 't1', roomId: 'room-good', groupId: '', text: 'Still here', createdAt: at, updatedAt: at, shared: null }],
      commitments: [],
      sharedTakeaways: [],
    });
    await app.page.goto(`${baseUrl}/journal`);
    const notice = app.page.getByRole('status', { name: '1 stored record could not be read' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Session room-bad: joinedAt: expected a time');
    await app.page.getByRole('heading', { level: 2, name: 'Kept and shown' }).waitFor();
    await app.page.getByText('Still here').waitFor();
    expect(await app.page.getByText('Never drawn').count()).toBe(0);
    mkdirSync('test-results/screenshots', { recursive: true });
    for (const [width, height] of [[1280, 720], [1366, 768], [390, 844]] as const) {
      await app.page.setViewportSize({ width, height });
      await app.page.screenshot({ path: `test-results/screenshots/journal-unreadable-${width}x${height}.png` });
    }
    const kept = await app.page.evaluate(
      () =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('roundtable');
          open.onsuccess = () => {
            const get = open.result.transaction('sessions').objectStore('sessions').get('room-bad');
            get.onsuccess = () => (open.result.close(), resolve((get.result as { joinedAt: number }).joinedAt));
            get.onerror = () => reject(get.error);
          };
        }),
    );
    expect(kept).toBe(1e20);
    await app.page.context().close();
  });

  it('refuses a module file with bad front matter, naming the line, and changes nothing', async () => {
    const app = await openLibrary();
    const input = app.page.getByLabel('Add a module from a file');
    await input.setInputFiles({
      name: 'my-module.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from('---\nid: my-module\ntitle: Mine\nmindset: strategy\n---\n## One\nQuestion: Why?\n'),
    });
    const alert = app.page.getByRole('alert', { name: 'my-module.md was not added' });
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain("my-module.md:4: unknown mindset 'strategy'");
    expect(text).toContain("my-module.md:1: missing field 'summary'");
    expect(await app.storedModuleCount()).toBe(library.length);
    await app.page.context().close();
  });

  it('adds a good module file as the user’s own, shown as text even with markup in it', async () => {
    const app = await openLibrary();
    const source = [
      '---',
      'id: team-retro',
      'title: "<b>Our</b> retro"',
      'mindset: action',
      'summary: A short retrospective <script>window.pwned = true</script>',
      'author: A team',
      'minutes: 30',
      'version: 1',
      'tags: [retro]',
      '---',
      '## What went well',
      'Time: 5 min',
      '<img src=x onerror="window.pwned = true">',
      '',
      'Question: What should we keep doing?',
    ].join('\n');
    await app.page.getByLabel('Add a module from a file').setInputFiles({ name: 'team-retro.md', mimeType: 'text/markdown', buffer: Buffer.from(source) });
    await app.page.getByRole('status', { name: 'Module added' }).waitFor();
    await app.moduleLink('<b>Our</b> retro').first().waitFor();
    expect(await app.storedModuleCount()).toBe(library.length + 1);
    await app.page.getByRole('link', { name: 'Open it' }).click();
    await expect.poll(() => app.heading.textContent()).toBe('<b>Our</b> retro');
    await app.page.getByText('<img src=x onerror="window.pwned = true">').waitFor();
    expect(await app.page.locator('main img, main b, main script').count()).toBe(0);
    expect(await app.page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
    await app.page.context().close();
  });

  it('shows what went wrong when a screen throws while drawing, keeps the header, and leads back to the library', async () => {
    const app = await openLibrary();
    const at = Date.UTC(2026, 0, 14, 12);
    await storeJournal(app.page, {
      sessions: [{ roomId: 'room-a', moduleId: victim.id, moduleTitle: victim.title, joinedAt: at, lastOpenedAt: at }],
      takeaways: [{ id: 't1', roomId: 'room-a', groupId: '', text: 'Kept through the crash', createdAt: at, updatedAt: at, shared: null }],
      commitments: [],
      sharedTakeaways: [],
    });
    // A fault no check can foresee: the journal's dates throw as they are drawn.
    await app.page.evaluate(() => {
      Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
        configurable: true,
        get: () => () => {
          throw new RangeError('Invalid time value');
        },
      });
    });
    await app.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
    const problem = app.page.getByRole('alert').filter({ has: app.page.getByRole('heading', { name: 'This screen could not be shown' }) });
    await problem.waitFor();
    expect(await problem.textContent()).toContain('RangeError: Invalid time value');
    expect(await app.page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
    mkdirSync('test-results/screenshots', { recursive: true });
    for (const [width, height] of [[1280, 720], [1366, 768], [390, 844]] as const) {
      await app.page.setViewportSize({ width, height });
      await app.page.screenshot({ path: `test-results/screenshots/screen-problem-${width}x${height}.png` });
    }

    await problem.getByRole('button', { name: 'Go to the library' }).click();
    await app.moduleLink(victim.title).waitFor();
    expect(await app.page.getByRole('alert').count()).toBe(0);
    // Nothing stored was touched: reloaded, with dates working again, the journal shows it.
    await app.page.goto(`${baseUrl}/journal`);
    await app.page.getByText('Kept through the crash').waitFor();
    await app.page.context().close();
  });

  it('stops an old tab from writing once another tab upgrades the database', async () => {
    const old = await openLibrary();
    const newer = await old.page.context().newPage();
    await newer.goto(`${baseUrl}/settings`);
    await newer.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('roundtable', 9990);
          open.onupgradeneeded = () => undefined;
          open.onsuccess = () => (open.result.close(), resolve());
          open.onerror = () => reject(open.error);
          open.onblocked = () => reject(new Error('blocked: the old tab did not let go'));
        }),
    );
    const alert = old.page.getByRole('alert', { name: 'Please reload this tab' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Roundtable was updated in another tab');
    expect(await old.cards.count()).toBe(library.length);

    // The old tab can no longer write: adding a module is refused with a message, not a crash.
    await old.page.getByLabel('Add a module from a file').setInputFiles({
      name: 'late.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from('---\nid: late-module\ntitle: Late\nmindset: action\nsummary: s\nauthor: a\nminutes: 30\nversion: 1\ntags: []\n---\n## One\nQuestion: Why?\n'),
    });
    const refused = old.page.getByRole('alert', { name: 'late.md was not added' });
    await refused.waitFor();
    expect(await refused.textContent()).toContain("this device's storage refused it");
    expect(await old.storedModuleCount()).toBe(library.length);

    // Reloaded, this old app meets data saved by a newer one: it says so and touches nothing.
    await old.page.reload();
    const untouched = old.page.getByRole('alert', { name: 'Please reload this tab' });
    await untouched.waitFor();
    expect(await untouched.textContent()).toContain('saved by a newer version of Roundtable');
    mkdirSync('test-results/screenshots', { recursive: true });
    await old.page.screenshot({ path: 'test-results/screenshots/newer-data-notice.png' });
    expect(await old.storedModuleCount()).toBe(library.length);
    await old.page.context().close();
  });
});
