// Measures the library screen in Chromium with a large library: the first render after a
// reload, the time from each search keystroke to the updated, laid-out results (in English, and
// in English, French and Japanese together), and how long the search index takes to build.

import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import type { Module } from '../../src/core/module.ts';
import type * as SearchEntry from './searchIndex.entry.ts';
import { storedRecords } from './syntheticLibrary.ts';

/** What the browser measurement gives. */
export interface LibraryFigures {
  startScreenScripts: string[];
  renderMs: number;
  renderFromNavigationMs: number;
  /** Per keystroke of the English queries. */
  keystrokeMs: number[];
  keystrokeToFrameMs: number[];
  /** Per keystroke of the English, French and Japanese queries. */
  mixedKeystrokeMs: number[];
  /** The median time to build the search index over the modules, each time in a fresh page. */
  indexBuildMs: number;
}

/** Typed letter by letter: each keystroke searches what is typed so far. */
const byLetter = (query: string): string[] => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1));

const ENGLISH = ['feedback', 'managing across cultures', 'budget process', 'team trust', 'change the way', 'delegation', 'strategy'].map(byLetter);
// Typed without some accents, as people often do.
const FRENCH = ['équipe performante', 'confiance', 'deleguer', 'stratégie', 'changement que personne'].map(byLetter);
// Through an input method, as the box shows it: kana as they are typed, then the conversion.
const JAPANESE = [
  ['へ', 'へん', 'へんか', '変化', '変化を', '変化をみ', '変化をみち', '変化をみちび', '変化をみちびく', '変化を導く'],
  ['ふ', 'ふぃ', 'ふぃー', 'ふぃーど', 'ふぃーどば', 'ふぃーどばっ', 'ふぃーどばっく', 'フィードバック'],
  ['し', 'しん', 'しんら', 'しんらい', '信頼'],
  ['か', 'かい', 'かいぎ', '会議'],
  ['ゆ', 'ゆう', 'ゆうせ', 'ゆうせん', 'ゆうせんじ', 'ゆうせんじゅ', 'ゆうせんじゅん', 'ゆうせんじゅんい', '優先順位'],
  ['よ', 'よさ', 'よさん', '予算', '予算は'],
];

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

/** Per keystroke (each the text typed so far): the work it causes (script, render, style, layout), and the time to the next frame. */
async function keystrokeTimes(page: Page, queries: string[][]): Promise<{ work: number[]; frame: number[]; stale: number }> {
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
    for (const steps of list) {
      for (const text of steps) {
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

/** The search index bundled for the browser, as a script defining the global BenchSearch. */
async function searchScript(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: 'es2022',
      lib: { entry: resolve(import.meta.dirname, 'searchIndex.entry.ts'), name: 'BenchSearch', formats: ['iife'], fileName: () => 'benchSearch.js' },
    },
  });
  const chunk = (Array.isArray(output) ? output : [output]).flatMap((result) => ('output' in result ? result.output : [])).find((file) => file.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('the search index bundle has no script');
  return chunk.code;
}

/** Times the search index's build over `modules`, `runs` times, each in a fresh page, as the app builds it once per load. */
async function indexBuildTimes(context: BrowserContext, modules: Module[], runs = 5): Promise<number[]> {
  const script = await searchScript();
  const docs = modules.map(({ id, title, summary, tags, pages }) => ({ id, title, summary, tags, pages: pages.map(({ title, blocks, prompt }) => ({ title, blocks, prompt })) }));
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await context.newPage();
    try {
      await page.goto('about:blank');
      await page.addScriptTag({ content: script });
      times.push(
        await page.evaluate((list) => {
          const search = (globalThis as unknown as { BenchSearch: typeof SearchEntry }).BenchSearch;
          const t0 = performance.now();
          search.createSearchIndex(list);
          return performance.now() - t0;
        }, docs),
      );
    } finally {
      await page.close();
    }
  }
  return times;
}

/** Runs the measurements in a fresh browser context. */
export async function measureLibraryInBrowser(browser: Browser, baseUrl: string, modules: Module[]): Promise<LibraryFigures> {
  // In English, whatever this machine's language: the measurement reads the English screen.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-GB' });
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
  const keys = await keystrokeTimes(page, ENGLISH);
  const otherKeys = await keystrokeTimes(page, [...FRENCH, ...JAPANESE]);
  if (process.env.BENCH_DEBUG) console.log(keys.work.map((t) => t.toFixed(1)).join(' '), '|', otherKeys.work.map((t) => t.toFixed(1)).join(' '));
  const stale = keys.stale + otherKeys.stale;
  if (stale > 0) throw new Error(`${stale} keystrokes were measured before their results showed: the measurement is wrong`);
  await page.close();
  const builds = await indexBuildTimes(context, modules);
  if (process.env.BENCH_DEBUG) console.log('index builds', builds.map((t) => t.toFixed(0)).join(' '));
  await context.close();
  return {
    startScreenScripts,
    renderMs: median(renders.map((r) => r.fromStart)),
    renderFromNavigationMs: median(renders.map((r) => r.fromNavigation)),
    keystrokeMs: keys.work,
    keystrokeToFrameMs: keys.frame,
    mixedKeystrokeMs: [...keys.work, ...otherKeys.work],
    indexBuildMs: median(builds),
  };
}
