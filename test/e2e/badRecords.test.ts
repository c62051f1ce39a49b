// Damaged records in every table of the app's database, in a real Chromium: every screen still
// opens, shows every good record and one calm note of what it could not read, and deletes nothing.

import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseLibrary } from '../../src/content/library.ts';
import { readLibraryFiles } from '../../src/content/libraryFiles.ts';
import { emptyCycle } from '../../src/core/program.ts';
import { launchChromium } from './browser.ts';
import { LibraryPage } from './pages/LibraryPage.ts';
import { ProgramPage } from './pages/ProgramPage.ts';

const baseUrl = inject('baseUrl');
const library = parseLibrary(readLibraryFiles('modules-content')).modules;
const curated = library[0]!;
const at = Date.UTC(2026, 0, 14, 12);
const P = 'good-program';

/** Good records, to be shown, and two damaged ones per table, to be counted and kept. */
const RECORDS: Record<string, unknown[]> = {
  modules: [{ id: 'bad-module-one', title: 42, mindset: 'strategy' }, { id: 'bad-module-two' }],
  moduleBodies: [{ id: 'ghost-module', pages: 'x' }, { id: 'ghost-two', format: null, pages: [] }],
  meta: [{ key: 'transport', value: 'garbage' }, { key: 'displayName', value: { name: 'x' } }, { key: 'libraryProgram', value: 42 }],
  sessions: [
    { roomId: 'room-good', moduleId: curated.id, moduleTitle: 'Kept session', joinedAt: at, lastOpenedAt: at, secret: 's', role: 'participant', creator: false },
    { roomId: 'room-bad-1', moduleId: curated.id, moduleTitle: 'Never drawn', joinedAt: 'x', lastOpenedAt: at },
    { roomId: 'room-bad-2', moduleId: curated.id, moduleTitle: null, joinedAt: at, lastOpenedAt: at, groupId: 'g', groupName: 42 },
  ],
  takeaways: [
    { id: 't-good', roomId: 'room-good', groupId: '', text: 'Still here', createdAt: at, updatedAt: at, shared: null },
    { id: 't-bad-1', roomId: 'room-good', groupId: '', text: 42, createdAt: at, updatedAt: at, shared: null },
    { id: 't-bad-2', roomId: 'room-good', groupId: '', text: 'Never shown', createdAt: null, updatedAt: at, shared: null },
  ],
  commitments: [
    { id: 'c-good', roomId: 'room-good', groupId: '', what: 'Call Bo', byWhen: '2026-02-01', howKnow: 'Bo says so', status: 'open', note: '', statusShared: false, createdAt: at, updatedAt: at },
    { id: 'c-bad-1', roomId: 'room-good', groupId: '', what: 'Maybe', byWhen: '2026-02-01', howKnow: '', status: 'maybe', note: '', statusShared: false, createdAt: at, updatedAt: at },
    { id: 'c-bad-2', roomId: 'room-good', groupId: '', what: 'Later', byWhen: 5, howKnow: '', status: 'open', note: '', statusShared: false, createdAt: at, updatedAt: at },
  ],
  sharedTakeaways: [
    { id: 's-good', roomId: 'room-good', text: 'We agreed', authorName: 'Ann', sharedAt: at },
    { id: 's-bad-1', roomId: 'room-good', text: [], authorName: 'Ann', sharedAt: at },
    { id: 's-bad-2', roomId: null, text: 'Lost', authorName: 'Ann', sharedAt: at },
  ],
  programs: [
    { id: P, name: 'Good program', moduleIds: [curated.id], keepApart: [], keepTogether: [], meetingMinutes: 90, createdAt: at, updatedAt: at },
    { id: 'bad-program-1', name: 'Broken one', moduleIds: 'abc', keepApart: [], keepTogether: [], meetingMinutes: 90, createdAt: at, updatedAt: at + 1 },
    { id: 'bad-program-2', name: 42, updatedAt: 'x' },
  ],
  people: [
    { id: 'ada', programId: P, name: 'Ada', email: 'ada@example.org', division: 'Sales', level: '', location: '', manager: '' },
    { id: 'bo', programId: P, name: 'Bo', email: 'bo@example.org', division: 'Finance', level: '', location: '', manager: '' },
    { id: 'person-bad-1', programId: P, name: 42, email: '', division: '', level: '', location: '', manager: '' },
    { id: 'person-bad-2', programId: P, name: 'Cy', email: null, division: '', level: '', location: '', manager: '' },
  ],
  programGroups: [
    { id: 'group-good', programId: P, name: 'Group 1', memberIds: ['ada', 'bo'], groupingId: 'grouping-good', round: 1, status: 'active', cycles: [emptyCycle(1)], createdAt: at },
    { id: 'group-bad-1', programId: P, name: null, memberIds: ['ada'], groupingId: 'grouping-good', round: 1, status: 'active', cycles: [emptyCycle(1)], createdAt: at },
    { id: 'group-bad-2', programId: P, name: 'Group 2', memberIds: ['bo'], groupingId: 'grouping-good', round: 1, status: 'active', cycles: 'x', createdAt: at },
  ],
  groupings: [
    { id: 'grouping-good', programId: P, createdAt: at, rounds: [[['ada', 'bo']]], seed: 1, adjusted: false },
    { id: 'grouping-bad-1', programId: P, createdAt: at, rounds: 'x', seed: 1, adjusted: false },
    { id: 'grouping-bad-2', programId: P, createdAt: null, rounds: [[[1, 2]]], seed: 1, adjusted: false },
  ],
};

/** In the page: writes `records` into the app's database, straight through IndexedDB. */
function storeRecords(page: Page, records: Record<string, unknown[]>): Promise<void> {
  return page.evaluate(
    (all) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('roundtable');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(Object.keys(all), 'readwrite');
          for (const [table, list] of Object.entries(all)) for (const record of list) tx.objectStore(table).put(record);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}

/** In the page: how many records each table holds. */
function countRecords(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('roundtable');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const names = [...open.result.objectStoreNames];
          const tx = open.result.transaction(names, 'readonly');
          const counts: Record<string, number> = {};
          for (const name of names) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => (counts[name] = request.result);
          }
          tx.oncomplete = () => (open.result.close(), resolve(counts));
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('damaged records in every table', () => {
  it('leave every screen working, every good record shown, one note of what could not be read, and storage as it was', async () => {
    const context = await browser.newContext();
    const app = new LibraryPage(await context.newPage(), baseUrl);
    const programs = new ProgramPage(app.page, baseUrl);
    const errors: string[] = [];
    app.page.on('pageerror', (error) => errors.push(error.message));
    await app.open();
    await app.moduleLink(curated.title).first().waitFor();
    await storeRecords(app.page, RECORDS);
    const stored = await countRecords(app.page);

    /** The screen shows no failure of its own, and neither did the page. */
    const calm = async () => {
      const text = (await app.page.locator('body').textContent()) ?? '';
      expect(text).not.toMatch(/could not be shown|could not be read: |TypeError/);
      expect(errors).toEqual([]);
    };

    await app.open();
    await app.page.getByRole('status', { name: '4 stored records could not be read' }).waitFor();
    await app.programShelf('Good program').waitFor();
    await expect.poll(() => app.cards.count()).toBe(library.length);
    await calm();

    await app.open(`/modules/${curated.id}`);
    await app.page.getByRole('heading', { level: 1, name: curated.title }).waitFor();
    await calm();

    await app.open('/journal');
    await app.page.getByRole('status', { name: '8 stored records could not be read' }).waitFor();
    await app.page.getByRole('heading', { level: 2, name: 'Kept session' }).waitFor();
    for (const text of ['Still here', 'Call Bo']) await app.page.getByText(text).first().waitFor();
    // The group's shared takeaways are folded: their heading counts the one that could be read.
    await app.page.getByRole('heading', { level: 3, name: 'Shared by the group (1)' }).waitFor();
    await calm();

    await app.open('/settings');
    await app.page.getByRole('heading', { level: 1, name: 'Settings and about' }).waitFor();
    await calm();

    await programs.open('/programs');
    await app.page.getByRole('status', { name: '2 stored records could not be read' }).waitFor();
    await app.page.getByRole('link', { name: 'Good program' }).waitFor();
    expect(await app.page.getByRole('list', { name: 'Your programs' }).getByRole('listitem').count()).toBe(1);
    await calm();

    await programs.open(`/programs/${P}`);
    await programs.heading.filter({ hasText: 'Good program' }).waitFor();
    await app.page.getByRole('status', { name: '6 stored records could not be read' }).waitFor();
    await expect.poll(() => programs.rosterHeading.textContent()).toBe('Roster (2)');
    expect(await programs.people.allTextContents()).toEqual([expect.stringContaining('Ada'), expect.stringContaining('Bo')]);
    await expect.poll(() => programs.savedGroups.count()).toBe(1);
    await calm();
    mkdirSync('test-results/screenshots', { recursive: true });
    await app.page.screenshot({ path: 'test-results/screenshots/program-unreadable-records.png' });

    await programs.open('/programs/bad-program-1');
    await app.page.getByRole('status', { name: '1 stored record could not be read' }).waitFor();
    await calm();

    expect(await countRecords(app.page)).toEqual(stored);
    await context.close();
  });
});
