// The personal journal end to end, in a real Chromium against the production build: it works
// offline; filters, search and "due soon"; status updates that survive a reload; export in
// every format (the calendar read by a real ICS parser); import, bad imports; "delete all my
// data"; full storage; and a tab of this version meeting a newer one.

import ICAL from 'ical.js';
import { mkdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { JournalData } from '../../src/core/journal/types.ts';
import { SCHEMA_VERSION } from '../../src/storage/db.ts';
import { storeJournal } from '../bench/journal.ts';
import { seriousViolations } from './axe.ts';
import { launchChromium } from './browser.ts';
import { JournalPage } from './pages/JournalPage.ts';

const baseUrl = inject('baseUrl');
const DAY = 86_400_000;
const SHOTS = 'test-results/screenshots';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const pad = (n: number) => String(n).padStart(2, '0');
/** The local calendar date `days` from today. */
function dateIn(days: number): string {
  const d = new Date(Date.now() + days * DAY);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A small journal with known contents, dated around today (made once, so every use is equal). */
const seedData = (): JournalData => structuredClone(SEED);
const SEED: JournalData = makeSeed();

function makeSeed(): JournalData {
  const at = (daysAgo: number) => Date.now() - daysAgo * DAY;
  const base = { createdAt: at(40), updatedAt: at(40) };
  return {
    sessions: [
      { roomId: 'room-a', moduleId: 'leading-change', moduleTitle: 'Leading change', joinedAt: at(40), lastOpenedAt: at(40), groupId: 'g1', groupName: 'Tuesday circle', pagesCovered: [0, 1, 2, 3, 4] },
      { roomId: 'room-b', moduleId: 'feedback-both-ways', moduleTitle: 'Feedback both ways', joinedAt: at(12), lastOpenedAt: at(12), groupId: 'g1', groupName: 'Tuesday circle', pagesCovered: [0, 1, 2] },
      { roomId: 'room-c', moduleId: 'crafting-strategy', moduleTitle: 'Crafting strategy', joinedAt: at(5), lastOpenedAt: at(5), groupId: 'g2', groupName: 'Thursday table' },
    ],
    takeaways: [
      { id: 't-a', roomId: 'room-a', groupId: 'g1', text: 'Ask before advising', shared: null, ...base },
      { id: 't-b', roomId: 'room-b', groupId: 'g1', text: 'Feedback is a gift <b>bold</b> <img src=x onerror="window.pwned=1">', shared: { sharedId: 's-b2', anonymous: true }, createdAt: at(12), updatedAt: at(12) },
      { id: 't-c', roomId: 'room-c', groupId: 'g2', text: 'Strategy is choosing what not to do', shared: null, createdAt: at(5), updatedAt: at(5) },
    ],
    commitments: [
      { id: 'c-a', roomId: 'room-a', groupId: 'g1', what: 'Hold weekly one-to-ones', byWhen: dateIn(-10), howKnow: 'My calendar shows them', status: 'open', note: '', statusShared: false, ...base },
      { id: 'c-b', roomId: 'room-b', groupId: 'g1', what: 'Write the team charter', byWhen: dateIn(5), howKnow: 'The team signs it', status: 'partly', note: 'First draft done', statusShared: false, createdAt: at(12), updatedAt: at(12) },
      { id: 'c-b2', roomId: 'room-b', groupId: 'g1', what: 'Read the book on trust', byWhen: dateIn(-2), howKnow: 'Notes written', status: 'done', note: '', statusShared: true, createdAt: at(12) + 1, updatedAt: at(12) + 1 },
      { id: 'c-c', roomId: 'room-c', groupId: 'g2', what: 'Map our competitors', byWhen: dateIn(30), howKnow: 'A one-page map', status: 'open', note: '', statusShared: false, createdAt: at(5), updatedAt: at(5) },
    ],
    sharedTakeaways: [
      { id: 's-a1', roomId: 'room-a', text: 'Silence is an answer too', authorName: 'Ben', sharedAt: at(40) },
      { id: 's-b2', roomId: 'room-b', text: 'Feedback is a gift <b>bold</b> <img src=x onerror="window.pwned=1">', authorName: null, sharedAt: at(12) },
    ],
  };
}

const SEEDED = { sessions: 3, takeaways: 3, commitments: 4, sharedTakeaways: 2 };

/** A fresh context with the app loaded once (service worker ready) and the seed stored. */
async function seeded(options: { seed?: boolean; viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark' } = {}): Promise<{ context: BrowserContext; journal: JournalPage }> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 720 }, colorScheme: options.colorScheme ?? 'light' });
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  const journal = new JournalPage(await context.newPage(), baseUrl);
  await journal.page.goto(baseUrl);
  await journal.page.getByRole('heading', { name: 'Module library' }).waitFor();
  await journal.page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!registration.active) throw new Error('no active service worker');
  });
  if (options.seed !== false) await storeJournal(journal.page, seedData());
  return { context, journal };
}

async function text(download: Download): Promise<string> {
  return readFileSync((await download.path())!, 'utf8');
}

describe('the journal', () => {
  it('shows the journal offline, newest session first, with due soon, filters and search; text stays text', async () => {
    const { context, journal } = await seeded();
    await context.setOffline(true);
    await journal.page.reload();
    await journal.page.getByRole('link', { name: 'Journal' }).click();
    await journal.sessionHeadings.first().waitFor();
    expect(await journal.sessionTitles()).toEqual(['Crafting strategy', 'Feedback both ways', 'Leading change']);
    await journal.page.getByText('Pages covered: 1–5').waitFor();
    // Here the app is kept for use offline, so the journal says so, with no word on keeping it otherwise.
    await journal.page.getByText('They stay on this device, and work offline.', { exact: false }).waitFor();
    expect(await journal.page.getByRole('status', { name: 'This browser does not keep Roundtable for use offline at this address' }).count()).toBe(0);

    // Due soon: the overdue and the 5-day one; not the done one, nor the one a month away.
    const due = journal.dueSoon;
    await due.getByText('Overdue by 10 days').waitFor();
    expect(await due.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('Hold weekly one-to-ones'), expect.stringContaining('Write the team charter')]);
    expect(await due.getByText('Due in 5 days').count()).toBe(1);

    // Text from people is shown as text.
    await journal.page.getByText('Feedback is a gift <b>bold</b> <img src=x onerror="window.pwned=1">').first().waitFor();
    expect(await journal.page.locator('main b, main img').count()).toBe(0);
    expect(await journal.page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await journal.page.screenshot({ path: `${SHOTS}/journal-wide.png`, fullPage: true });

    await journal.group.selectOption({ label: 'Thursday table' });
    expect(await journal.sessionTitles()).toEqual(['Crafting strategy']);
    await journal.group.selectOption({ label: 'All groups' });
    await journal.status.selectOption({ label: 'Commitments: done' });
    expect(await journal.sessionTitles()).toEqual(['Feedback both ways']);
    expect(await journal.page.locator('main article').getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('Read the book on trust')]);
    await journal.page.getByRole('button', { name: 'Clear filters' }).click();
    await journal.time.selectOption({ label: 'Last 30 days' });
    expect(await journal.sessionTitles()).toEqual(['Crafting strategy', 'Feedback both ways']);
    await journal.time.selectOption({ label: 'All time' });
    await journal.search.fill('CHOOSING');
    expect(await journal.sessionTitles()).toEqual(['Crafting strategy']);
    await journal.search.fill('silence');
    expect(await journal.sessionTitles()).toEqual(['Leading change']);
    await journal.page.getByText('Silence is an answer too').waitFor({ state: 'visible' });
    await journal.search.fill('nothing like this');
    await journal.page.getByText('Nothing matches these filters.').waitFor();
    await context.close();
  });

  it('lays out on a phone, and greets an empty journal kindly', async () => {
    const phone = await seeded({ viewport: { width: 390, height: 844 } });
    await phone.journal.open();
    await phone.journal.sessionHeadings.first().waitFor();
    await phone.journal.page.screenshot({ path: `${SHOTS}/journal-narrow.png` });
    const width = await phone.journal.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await phone.context.close();

    const empty = await seeded({ seed: false });
    await empty.journal.open();
    await empty.journal.page.getByRole('heading', { name: 'Your journal is empty for now' }).waitFor();
    await empty.journal.page.getByRole('link', { name: 'Pick a module in the library' }).waitFor();
    await empty.journal.page.screenshot({ path: `${SHOTS}/journal-empty.png` });
    await empty.context.close();
  });

  it('has no serious accessibility problems, in light and dark, with a form and the group’s takeaways open', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context, journal } = await seeded({ colorScheme });
      await journal.open();
      await journal.sessionHeadings.first().waitFor();
      await journal.page.getByRole('article', { name: 'Leading change' }).getByText('Shared by the group (1)').click();
      await journal.page.getByText('Silence is an answer too').waitFor();
      await journal.commitment('Map our competitors').getByRole('button', { name: 'Update status: Map our competitors' }).click();
      await journal.commitment('Map our competitors').getByRole('button', { name: 'Save status' }).waitFor();
      if (colorScheme === 'dark') await journal.page.screenshot({ path: `${SHOTS}/journal-dark.png` });
      expect(await seriousViolations(journal.page), `axe on the journal, ${colorScheme}`).toEqual([]);
      await context.close();
    }
    const empty = await seeded({ seed: false, colorScheme: 'dark' });
    await empty.journal.open();
    await empty.journal.page.getByRole('heading', { name: 'Your journal is empty for now' }).waitFor();
    expect(await seriousViolations(empty.journal.page), 'axe on the empty journal').toEqual([]);
    await empty.context.close();
  });

  it('updates a commitment’s status with a note, which survives a reload', async () => {
    const { context, journal } = await seeded();
    await journal.open();
    await journal.updateStatus('Hold weekly one-to-ones', 'Partly done', 'Three of four weeks');
    const item = journal.commitment('Hold weekly one-to-ones');
    await item.getByText('Note: Three of four weeks').waitFor();
    await journal.page.reload();
    await item.getByText('Note: Three of four weeks').waitFor();
    expect(await item.locator('.status-tag').textContent()).toBe('Partly done');
    // Still pending, so still due soon, now with its new status.
    await journal.dueSoon.getByText('Partly done').first().waitFor();
    await journal.updateStatus('Hold weekly one-to-ones', 'Done', 'All four');
    // The note is stored as it is typed; the status once the form closes.
    await item.getByRole('button', { name: 'Save status' }).waitFor({ state: 'detached' });
    await journal.page.reload();
    await item.getByText('Note: All four').waitFor();
    expect(await journal.dueSoon.getByText('Hold weekly one-to-ones').count()).toBe(0);
    await context.close();
  });

  it('stores a commitment’s note as it is typed, with no click; the status waits for “Save status”', async () => {
    const { context, journal } = await seeded();
    await journal.open();
    const item = journal.commitment('Map our competitors');
    await item.getByRole('button', { name: 'Update status: Map our competitors' }).click();
    await item.getByRole('radio', { name: 'Done', exact: true }).check();
    await item.getByLabel('Note (optional)').click();
    await journal.page.keyboard.type('Half the market mapped', { delay: 15 });
    // Stored as it is typed, while the form is still open; the status is not.
    await expect.poll(() => journal.storedCommitment('c-c')).toEqual({ status: 'open', note: 'Half the market mapped' });
    await item.getByText('Note saved on this device').waitFor();
    for (const [width, height] of [[1280, 720], [1366, 768], [390, 844]] as const) {
      await journal.page.setViewportSize({ width, height });
      await item.screenshot({ path: `${SHOTS}/journal-note-as-typed-${width}x${height}.png` });
    }
    await journal.page.reload();
    await item.getByText('Note: Half the market mapped').waitFor();
    // Choosing "Done" without saving it changed nothing.
    expect(await item.locator('.status-tag').textContent()).toBe('Open');
    await context.close();
  });
});

describe('export and import', () => {
  it('exports Markdown, CSV, JSON and a calendar that a real ICS parser reads', async () => {
    const { context, journal } = await seeded();
    await journal.open();
    await journal.sessionHeadings.first().waitFor();
    const data = seedData();

    const md = await journal.export('Markdown');
    expect(md.suggestedFilename()).toMatch(/^roundtable-journal-\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = await text(md);
    expect(markdown.split('\n').filter((line) => line.startsWith('## '))).toEqual([
      expect.stringMatching(/^## \d{4}-\d{2}-\d{2}: Crafting strategy — Thursday table$/),
      expect.stringMatching(/^## \d{4}-\d{2}-\d{2}: Feedback both ways — Tuesday circle$/),
      expect.stringMatching(/^## \d{4}-\d{2}-\d{2}: Leading change — Tuesday circle$/),
    ]);
    for (const t of data.takeaways) expect(markdown).toContain(t.text);
    for (const c of data.commitments) expect(markdown).toContain(`- **${c.what}**\n  - By: ${c.byWhen}`);
    expect(markdown).toContain('- Silence is an answer too — Ben');

    const csv = await text(await journal.export('CSV'));
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data).toHaveLength(3 + 4 + 2);
    const charter = rows.data.find((row) => row.Text === 'Write the team charter');
    expect(charter).toMatchObject({ Kind: 'Commitment', Group: 'Tuesday circle', Module: 'Feedback both ways', 'By when': dateIn(5), Status: 'Partly done', Note: 'First draft done' });
    expect(rows.data.filter((row) => row.Kind === 'Takeaway').map((row) => row.Text).sort()).toEqual(data.takeaways.map((t) => t.text).sort());

    const json = JSON.parse(await text(await journal.export('JSON')));
    expect(json).toMatchObject({ format: 'roundtable-journal', version: 1 });
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(json.takeaways)).toEqual(byId(data.takeaways));
    expect(byId(json.commitments)).toEqual(byId(data.commitments));
    expect(byId(json.sharedTakeaways)).toEqual(byId(data.sharedTakeaways));
    expect(json.sessions).toHaveLength(3);
    // The room secrets stay on the device.
    expect(JSON.stringify(json)).not.toContain('secret-');

    const ics = await journal.export('Calendar');
    expect(ics.suggestedFilename()).toMatch(/\.ics$/);
    const calendar = new ICAL.Component(ICAL.parse(await text(ics)));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events).toHaveLength(data.commitments.length);
    for (const c of data.commitments) {
      const event = events.find((e) => e.uid === `${c.id}@roundtable.journal`)!;
      expect(event.summary).toBe(`Commitment: ${c.what}`);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(c.byWhen);
    }
    await context.close();
  });

  it('imports the JSON export into a fresh profile: the same journal; importing twice adds nothing', async () => {
    const first = await seeded();
    await first.journal.open();
    await first.journal.sessionHeadings.first().waitFor();
    const exported = readFileSync((await (await first.journal.export('JSON')).path())!);
    const titles = await first.journal.sessionTitles();
    await first.context.close();

    const fresh = await seeded({ seed: false });
    await fresh.journal.open();
    await fresh.journal.page.getByRole('heading', { name: 'Your journal is empty for now' }).waitFor();
    await fresh.journal.importFile('my-journal.json', exported);
    await fresh.journal.info('my-journal.json was imported').getByText('12 added, 0 updated, 0 already here.').waitFor();
    expect(await fresh.journal.sessionTitles()).toEqual(titles);
    expect(await fresh.journal.counts()).toEqual(SEEDED);
    await fresh.journal.page.getByText('Write the team charter').first().waitFor();

    await fresh.journal.importFile('my-journal.json', exported);
    await fresh.journal.info('my-journal.json was imported').getByText('0 added, 0 updated, 12 already here.').waitFor();
    expect(await fresh.journal.counts()).toEqual(SEEDED);
    expect(await fresh.journal.sessionTitles()).toEqual(titles);
    await fresh.context.close();
  });

  it('refuses malformed, oversized and newer-version files with a clear message, changing nothing', async () => {
    const { context, journal } = await seeded();
    await journal.open();
    await journal.sessionHeadings.first().waitFor();
    const before = await journal.sessionTitles();
    const good = { format: 'roundtable-journal', version: 1, exportedAt: new Date().toISOString(), ...seedData() };

    await journal.importFile('broken.json', '{"format": "roundtable-journal", "version": 1, ');
    await journal.problem('broken.json was not imported').getByText(/This file is not valid JSON/).waitFor();

    const wrong = structuredClone(good) as unknown as { takeaways: Record<string, unknown>[]; commitments: Record<string, unknown>[] };
    wrong.takeaways.push({ id: 'new-one', roomId: 'room-a', groupId: 'g1', text: 'would be added', createdAt: 1, updatedAt: 1, shared: null });
    wrong.commitments[2]!.byWhen = 'next week';
    // A time no date can hold: once stored, it kept the journal from drawing at all.
    wrong.takeaways[0]!.createdAt = 1e20;
    await journal.importFile('edited.json', JSON.stringify(wrong));
    const edited = journal.problem('edited.json was not imported');
    await edited.getByText('takeaways[0].createdAt: expected a time in milliseconds from 1970 up to the year 275760, found 100000000000000000000').waitFor();
    await edited.getByText('commitments[2].byWhen: expected a date as YYYY-MM-DD, found "next week"').waitFor();
    await edited.getByText('Nothing was changed.').waitFor();

    await journal.importFile('future.json', JSON.stringify({ ...good, version: 2 }));
    await journal.problem('future.json was not imported').getByText(/made by a newer version of Roundtable .*: update first/).waitFor();

    await journal.importFile('huge.json', Buffer.alloc(10_500_000, 32));
    await journal.problem('huge.json was not imported').getByText('This file is 10.5 MB: a journal import may be at most 10.0 MB.').waitFor();

    expect(await journal.counts()).toEqual(SEEDED);
    expect(await journal.page.getByText('would be added').count()).toBe(0);
    expect(await journal.sessionTitles()).toEqual(before);
    await context.close();
  });
});

describe('delete all my data', () => {
  it('asks first, then leaves nothing of the person’s in IndexedDB, web storage or caches; the app still opens offline', async () => {
    const { context, journal } = await seeded();
    const page = journal.page;
    // Things a session and the browser would have left: a session document, web storage, a cache.
    await page.evaluate(async () => {
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('roundtable-session-room-a');
        open.onupgradeneeded = () => open.result.createObjectStore('updates', { autoIncrement: true }).put(new Uint8Array([1, 2, 3]));
        open.onsuccess = () => (open.result.close(), resolve());
        open.onerror = () => reject(open.error);
      });
      localStorage.setItem('draft', 'my words');
      sessionStorage.setItem('tab', 'my words');
      await (await caches.open('user-files')).put('/my-file.txt', new Response('my words'));
      const meta = indexedDB.open('roundtable');
      await new Promise<void>((resolve) => {
        meta.onsuccess = () => {
          const tx = meta.result.transaction('meta', 'readwrite');
          tx.objectStore('meta').put({ key: 'displayName', value: 'Ana' });
          tx.oncomplete = () => (meta.result.close(), resolve());
        };
      });
    });

    await page.goto(`${baseUrl}/settings`);
    const panel = page.getByRole('region', { name: 'Delete all my data' });
    await panel.getByRole('button', { name: 'Delete all my data…' }).click();
    await panel.getByText('Delete everything of yours on this device? This cannot be undone.').waitFor();
    await panel.getByRole('button', { name: 'Cancel' }).click();
    expect(await journal.counts()).toEqual(SEEDED);

    await panel.getByRole('button', { name: 'Delete all my data…' }).click();
    await panel.getByRole('button', { name: 'Yes, delete everything' }).click();
    await panel.getByRole('status', { name: 'All your data was deleted from this device' }).waitFor();

    const left = await page.evaluate(async () => {
      const names = (await indexedDB.databases()).map((db) => db.name);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('roundtable');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const counts: Record<string, number> = {};
      const metaKeys: IDBValidKey[] = [];
      await new Promise<void>((resolve) => {
        const stores = [...db.objectStoreNames];
        const tx = db.transaction(stores);
        for (const store of stores) {
          const request = tx.objectStore(store).count();
          request.onsuccess = () => (counts[store] = request.result);
        }
        const keys = tx.objectStore('meta').getAllKeys();
        keys.onsuccess = () => metaKeys.push(...keys.result);
        tx.oncomplete = () => resolve();
      });
      db.close();
      const cacheNames = await caches.keys();
      const cachedUrls = (await Promise.all(cacheNames.map(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname)))).flat();
      return { names, counts, metaKeys, local: localStorage.length, session: sessionStorage.length, cacheNames, cachedUrls };
    });
    expect(left.names).toEqual(['roundtable']);
    for (const [store, count] of Object.entries(left.counts)) if (store !== 'modules' && store !== 'moduleBodies' && store !== 'meta') expect(count, store).toBe(0);
    expect(left.counts.modules).toBeGreaterThan(0);
    expect(left.metaKeys).toEqual(['contentVersion']);
    expect(left.local).toBe(0);
    expect(left.session).toBe(0);
    expect(left.cacheNames.every((name) => name.startsWith('workbox-precache'))).toBe(true);
    expect(left.cachedUrls).not.toContain('/my-file.txt');

    await context.setOffline(true);
    await journal.open();
    await page.getByRole('heading', { name: 'Your journal is empty for now' }).waitFor();
    await page.getByRole('link', { name: 'Library', exact: true }).click();
    await page.getByRole('heading', { name: 'Module library' }).waitFor();
    await context.close();
  });
});

describe('bad conditions', () => {
  it('tells the person when storage is full, and keeps what was saved', async () => {
    const { context, journal } = await seeded();
    await journal.open();
    await journal.sessionHeadings.first().waitFor();
    await journal.page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (this.name === 'commitments') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await journal.updateStatus('Write the team charter', 'Done', 'Signed by all');
    const alert = journal.problem('The status was not saved');
    await alert.getByText(/^Storage is full: this status was not saved; the commitment keeps its earlier status\./).waitFor();
    await journal.page.reload();
    const item = journal.commitment('Write the team charter');
    await item.getByText('Note: First draft done').waitFor();
    expect(await item.locator('.status-tag').textContent()).toBe('Partly done');
    expect(await journal.counts()).toEqual(SEEDED);
    await context.close();
  });

  it('two versions at once: a newer tab upgrades the database; this tab is told to reload and nothing is erased', async () => {
    const { context, journal: older } = await seeded();
    await older.open();
    await older.sessionHeadings.first().waitFor();

    // A newer release opens the same database with the next schema version and a new store.
    const newer = await context.newPage();
    // Same origin, but not the app: only the raw database is opened here.
    await newer.goto(`${baseUrl}/icon.svg`);
    const bumped = (SCHEMA_VERSION + 1) * 10;
    await newer.evaluate(
      (version) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('roundtable', version);
          open.onupgradeneeded = () => {
            open.result.createObjectStore('futureThings', { keyPath: 'id' });
            open.transaction!.objectStore('futureThings').put({ id: 'f1', note: 'from the future' });
          };
          open.onsuccess = () => (open.result.close(), resolve());
          open.onerror = () => reject(open.error);
          open.onblocked = () => reject(new Error('blocked: the older tab did not let go'));
        }),
      bumped,
    );

    const notice = older.page.getByRole('alert', { name: 'Please reload this tab' });
    await notice.getByText(/Roundtable was updated in another tab/).waitFor();
    // The older tab still shows what it had; a write is refused, not half-done.
    expect(await older.sessionTitles()).toEqual(['Crafting strategy', 'Feedback both ways', 'Leading change']);
    await older.updateStatus('Map our competitors', 'Done', 'From the old tab');
    await older.problem('The status was not saved').waitFor();

    const inspect = () =>
      newer.evaluate(
        () =>
          new Promise<{ version: number; stores: string[]; counts: Record<string, number>; future: unknown; note: string }>((resolve, reject) => {
            const open = indexedDB.open('roundtable');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const db = open.result;
              const names = ['sessions', 'takeaways', 'commitments', 'sharedTakeaways', 'futureThings'];
              const tx = db.transaction(names);
              const counts: Record<string, number> = {};
              let future: unknown;
              let note = '';
              for (const name of names.slice(0, 4)) {
                const request = tx.objectStore(name).count();
                request.onsuccess = () => (counts[name] = request.result);
              }
              const f = tx.objectStore('futureThings').get('f1');
              f.onsuccess = () => (future = f.result);
              const c = tx.objectStore('commitments').get('c-c');
              c.onsuccess = () => (note = c.result.note);
              tx.oncomplete = () => {
                const result = { version: db.version, stores: [...db.objectStoreNames], counts, future, note };
                db.close();
                resolve(result);
              };
            };
          }),
      );
    const afterUpgrade = await inspect();
    expect(afterUpgrade.version).toBe(bumped);
    expect(afterUpgrade.counts).toEqual(SEEDED);
    expect(afterUpgrade.future).toEqual({ id: 'f1', note: 'from the future' });
    expect(afterUpgrade.note).toBe('');

    // Reloaded, the older build meets data saved by a newer one: it says so and leaves it be.
    await older.page.reload();
    await older.page.getByRole('alert', { name: 'Please reload this tab' }).getByText(/saved by a newer version of Roundtable/).waitFor();
    const afterReload = await inspect();
    expect(afterReload).toEqual(afterUpgrade);
    expect(afterReload.stores).toContain('futureThings');
    await context.close();
  });
});
