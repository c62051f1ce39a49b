// Measures the journal with a year of data in Chromium: 12 monthly sessions of a group of 8,
// 5 takeaways each (480 shared with the group, this device's 60 own), 36 commitments. Figure:
// `journal.year.openMs`, from the click on "Journal" to the frame with the journal painted.
// Runs alone too: `npx tsx test/bench/journal.ts`.

import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { JournalData } from '../../src/core/journal/types.ts';

/** A figure for the bench table. */
export interface JournalFigure {
  key: string;
  value: number;
  unit: 'ms';
  target?: number;
}

const DAY = 86_400_000;
const PEOPLE = ['Me', 'Amara Osei', 'Bruno Keller', 'Chen Wei', 'Dana Levi', 'Elif Kaya', 'Farid Haddad', 'Greta Lind'];
const MODULES = ['Leading change', 'Feedback both ways', 'Crafting strategy', 'Trust in the team', 'Delegation that works', 'Managing across cultures', 'Budget and innovation', 'Hard conversations', 'Time and energy', 'Coaching your people', 'Deciding together', 'Looking back, looking ahead'];
const PHRASES = [
  'Ask one more question before offering advice; the first answer is rarely the real one.',
  'Say out loud what I expect, and by when, instead of hoping people guess it.',
  'Silence in a meeting is not agreement; invite the quiet voices by name.',
  'Start the week with the one conversation I keep postponing.',
  'Share the reasons behind a decision, not just the decision itself.',
  'Notice when I take a problem back from someone who could solve it.',
  'A plan nobody challenged is a plan nobody owns.',
  'Celebrate the small step, not only the finished result.',
];
const pad = (n: number) => String(n).padStart(2, '0');
const date = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/**
 * A year of journal ending at `now`: 12 sessions, one a month, of one group of 8; each person
 * wrote 5 takeaways (all 40 shared with the group, this device's 5 among them), and this device
 * made 3 commitments a session, due at the next meeting.
 */
export function yearOfJournal(now: number): JournalData {
  const data: JournalData = { sessions: [], takeaways: [], commitments: [], sharedTakeaways: [] };
  for (let s = 0; s < 12; s++) {
    const at = now - (11 - s) * 28 * DAY - 20 * DAY;
    const roomId = `bench-room-${s}`;
    data.sessions.push({ roomId, moduleId: `module-${s}`, moduleTitle: MODULES[s]!, joinedAt: at, lastOpenedAt: at + 90 * 60_000, groupId: 'bench-group', groupName: 'Tuesday circle', pagesCovered: Array.from({ length: 8 + (s % 5) }, (_, i) => i) });
    PEOPLE.forEach((person, p) => {
      for (let t = 0; t < 5; t++) {
        const text = `${PHRASES[(s + p + t) % PHRASES.length]} (${MODULES[s]}, ${person.split(' ')[0]} ${t + 1})`;
        const id = `bench-${s}-${p}-${t}`;
        if (p === 0) data.takeaways.push({ id, roomId, groupId: 'bench-group', text, createdAt: at + t * 60_000, updatedAt: at + t * 60_000, shared: { sharedId: `shared-${id}`, anonymous: t % 2 === 0 } });
        data.sharedTakeaways.push({ id: `shared-${id}`, roomId, text, authorName: p === 0 ? null : person, sharedAt: at + (p * 5 + t) * 30_000 });
      }
    });
    for (let c = 0; c < 3; c++) {
      const status = s === 11 ? 'open' : (['done', 'partly', 'notYet', 'dropped', 'done'] as const)[(s + c) % 5]!;
      data.commitments.push({ id: `bench-c-${s}-${c}`, roomId, groupId: 'bench-group', what: `${PHRASES[(s * 3 + c) % PHRASES.length]!.split(';')[0]} — with my team`, byWhen: date(at + 28 * DAY), howKnow: 'My team tells me, unasked, that it helped.', status, note: status === 'open' ? '' : 'Went better than I feared.', statusShared: false, createdAt: at + (80 + c) * 60_000, updatedAt: at + (80 + c) * 60_000 });
    }
  }
  return data;
}

/** Writes journal data straight into the app's IndexedDB, as the app would have stored it. */
export async function storeJournal(page: Page, data: JournalData): Promise<void> {
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('roundtable');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['sessions', 'takeaways', 'commitments', 'sharedTakeaways'], 'readwrite');
          for (const s of records.sessions) tx.objectStore('sessions').put({ ...s, secret: `secret-${s.roomId}`, role: 'participant', creator: false });
          for (const t of records.takeaways) tx.objectStore('takeaways').put(t);
          for (const c of records.commitments) tx.objectStore('commitments').put(c);
          for (const s of records.sharedTakeaways) tx.objectStore('sharedTakeaways').put(s);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    data,
  );
}

/** In the page: clicks the link named `name`, and resolves with the time to the frame after `ready()` holds. */
async function clickToFrame(page: Page, linkText: string, sessions: number): Promise<number> {
  return page.evaluate(
    ({ linkText, sessions }) =>
      new Promise<number>((resolve) => {
        const link = [...document.querySelectorAll<HTMLAnchorElement>('header nav a')].find((a) => a.textContent === linkText)!;
        const ready = () => document.querySelectorAll('.journal-entry').length === sessions;
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (!ready()) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
        });
        observer.observe(document.body, { childList: true, subtree: true });
        link.click();
      }),
    { linkText, sessions },
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** Seeds a year of journal into the app in Chromium and measures how fast the journal opens. */
export async function benchJournal(browser: Browser, baseUrl: string): Promise<JournalFigure[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.getByRole('heading', { name: 'Module library' }).waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready);
  const data = yearOfJournal(Date.now());
  await storeJournal(page, data);

  const fromClick: number[] = [];
  const fromNavigation: number[] = [];
  for (let run = 0; run < 9; run++) {
    // A fresh start each time: the journal's code comes from the service worker's cache.
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Module library' }).waitFor();
    await page.waitForLoadState('networkidle');
    fromClick.push(await clickToFrame(page, 'Journal', data.sessions.length));
    await page.goto(`${baseUrl}/journal`);
    fromNavigation.push(
      await page.evaluate(
        (sessions) =>
          new Promise<number>((resolve) => {
            const check = () => (document.querySelectorAll('.journal-entry').length === sessions ? requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)) : setTimeout(check, 2));
            check();
          }),
        data.sessions.length,
      ),
    );
  }
  const painted = await page.locator('.journal-entry').count();
  await context.close();
  if (painted !== data.sessions.length) throw new Error(`the journal showed ${painted} sessions, not ${data.sessions.length}: the measurement is wrong`);
  if (process.env.BENCH_DEBUG) console.log('click', fromClick.map((t) => t.toFixed(1)).join(' '), '\nnavigation', fromNavigation.map((t) => t.toFixed(1)).join(' '));
  return [
    { key: 'journal.year.openMs', value: median(fromClick), unit: 'ms', target: 100 },
    { key: 'journal.year.loadFromNavigationMs', value: median(fromNavigation), unit: 'ms' },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { resolve, join } = await import('node:path');
  const { buildApp, needsBuild } = await import('../../src/server/build.ts');
  const { startStaticServer } = await import('../../src/server/staticServer.ts');
  const { launchChromium } = await import('../e2e/browser.ts');
  const root = resolve(import.meta.dirname, '../..');
  if (needsBuild(root)) await buildApp(root);
  const server = await startStaticServer({ root: join(root, 'dist'), port: 0, host: '127.0.0.1' });
  const browser = await launchChromium();
  try {
    for (const figure of await benchJournal(browser, server.url)) {
      console.log(`${figure.key.padEnd(36)} ${figure.value.toFixed(1).padStart(8)} ms${figure.target === undefined ? '' : `   target ≤ ${figure.target} ms: ${figure.value <= figure.target ? 'met' : 'MISSED'}`}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
