// Measures the library screen in Chromium with a large library: the first render after a
// reload, and the time from each search keystroke to the updated, laid-out results.

import type { Browser, Page } from 'playwright-core';
import type { Module } from '../../src/core/module.ts';
import { storedRecords } from './syntheticLibrary.ts';

/** What the browser measurement gives. */
export interface LibraryFigures {
  startScreenScripts: string[];
  renderMs: number;
  renderFromNavigationMs: number;
  keystrokeMs: number[];
  keystrokeToFrameMs: number[];
}

async function storeModules(page: Page, modules: Module[]): Promise<void> {
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('roundtable');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['modules', 'moduleBodies'], 'readwrite');
          for (const { summary, body } of records) {
            tx.objectStore('modules').put(summary);
            tx.objectStore('moduleBodies').put(body);
          }
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    storedRecords(modules),
  );
}

async function renderTime(page: Page): Promise<{ fromStart: number; fromNavigation: number }> {
  await page.reload();
  return page.evaluate(
    () =>
      new Promise<{ fromStart: number; fromNavigation: number }>((resolve) => {
        const check = () => {
          const rendered = performance.getEntriesByName('roundtable:library-rendered')[0];
          const start = performance.getEntriesByName('roundtable:start')[0];
          if (rendered && start) resolve({ fromStart: rendered.startTime - start.startTime, fromNavigation: rendered.startTime });
          else setTimeout(check, 20);
        };
        check();
      }),
  );
}

/** Per keystroke: the work it causes (script, render, style, layout), and the time to the next frame. */
async function keystrokeTimes(page: Page, queries: string[]): Promise<{ work: number[]; frame: number[]; stale: number }> {
  return page.evaluate(async (list) => {
    const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const type = (text: string) => {
      setValue.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const work: number[] = [];
    const frame: number[] = [];
    let stale = 0;
    for (const query of list) {
      for (let i = 1; i <= query.length; i++) {
        const text = query.slice(0, i);
        const t0 = performance.now();
        type(text);
        // Preact renders in a microtask queued by the input handler, before this one resumes.
        await Promise.resolve();
        void document.body.offsetHeight;
        work.push(performance.now() - t0);
        // The DOM must show this keystroke's results, or the figure would flatter us.
        if (!document.getElementById('results-heading')?.textContent?.includes(`“${text.trim()}”`)) stale++;
        await nextFrame();
        frame.push(performance.now() - t0);
      }
      type('');
      await nextFrame();
    }
    return { work, frame, stale };
  }, queries);
}

/** Runs the measurements in a fresh browser context. */
export async function measureLibraryInBrowser(browser: Browser, baseUrl: string, modules: Module[]): Promise<LibraryFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  // tsx compiles with keepNames, which wraps functions passed to evaluate() in a __name helper.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.add(request.url());
  });
  await page.goto(baseUrl);
  await page.getByRole('heading', { name: 'Reflection' }).waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForLoadState('networkidle');
  const startScreenScripts = [...scripts].filter((url) => url.startsWith(baseUrl));

  await storeModules(page, modules);
  const renders: Awaited<ReturnType<typeof renderTime>>[] = [];
  for (let run = 0; run < 7; run++) renders.push(await renderTime(page));
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

  // Let the search index build (it does so when idle), then type.
  const input = page.getByRole('searchbox', { name: 'Search modules' });
  await input.fill('warmup');
  await page.getByRole('heading', { name: /match “warmup”|No module matches/ }).waitFor();
  await input.fill('');
  const keys = await keystrokeTimes(page, ['feedback', 'managing across cultures', 'budget process', 'team trust', 'change the way', 'delegation', 'strategy']);
  if (process.env.BENCH_DEBUG) console.log(keys.work.map((t) => t.toFixed(1)).join(' '));
  if (keys.stale > 0) throw new Error(`${keys.stale} keystrokes were measured before their results showed: the measurement is wrong`);
  await context.close();
  return {
    startScreenScripts,
    renderMs: median(renders.map((r) => r.fromStart)),
    renderFromNavigationMs: median(renders.map((r) => r.fromNavigation)),
    keystrokeMs: keys.work,
    keystrokeToFrameMs: keys.frame,
  };
}
