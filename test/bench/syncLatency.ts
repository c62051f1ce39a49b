// Measures how long a page advance takes to reach the other devices over real WebRTC, in the
// real app and, for comparison, with a bare Y.Map over plain y-webrtc. Every device is its own
// isolated Chromium context; they find each other through our own signaling server on
// 127.0.0.1 and use no ICE servers. Times are epoch-based (performance.timeOrigin +
// performance.now()) in each page, so that they compare across contexts.
//
// Per advance, the figure is the time from the click (taken inside the page, so Playwright's own
// messaging is not in it) to the last of the other devices having its DOM show the new page
// and its next animation frame run. The app and the raw baseline are measured the same way: a
// click on "Next page" or "Previous page", and a MutationObserver on the "Page n of m" line.
// A second raw run also draws each page's text, as the app does: the app's figure against it is
// its overhead beyond drawing the page, which the bare baseline does not draw at all.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { parseLibrary } from '../../src/content/library.ts';
import { readLibraryFiles } from '../../src/content/libraryFiles.ts';
import { createSignaling } from '../../src/server/signaling.ts';
import { startStaticServer } from '../../src/server/staticServer.ts';
import { SessionPage } from '../e2e/pages/SessionPage.ts';
import type * as RawPeerModule from './rawPeer.entry.ts';

/** One run of advances: each one's latency, and the CPU time all of Chromium spent per advance. */
export interface AdvanceRun {
  /** Per advance, click to painted on every other device, in ms. */
  times: number[];
  /** CPU time of every Chromium process, per advance, in ms; undefined where /proc cannot be read. */
  cpuMsPerAdvance: number | undefined;
}

/** What the sync benchmark gives. */
export interface SyncLatencyFigures {
  /** The real app, by number of devices. */
  app: Map<number, AdvanceRun>;
  /** A bare Y.Map over plain y-webrtc, with `rawPeers` devices: the baseline the target is set against. */
  raw: AdvanceRun;
  /** The same, each device also drawing the text of the page it moves to, as the app does. */
  rawPage: AdvanceRun;
  rawPeers: number;
}

/** What to measure. */
export interface SyncLatencyOptions {
  /** Numbers of devices to measure the app with. */
  peerCounts?: number[];
  /** Number of devices for the raw y-webrtc comparison. */
  rawPeers?: number;
  /** Advances measured per run, after the warm-up ones. */
  advances?: number;
  /** The module the session runs. */
  moduleId?: string;
}

/** One device's record of a change it showed. */
interface Seen {
  page: number;
  domAt: number;
  frameAt: number;
}

/** The in-page helper installed on each follower. */
interface FollowerBench {
  expect: (page: number) => Promise<Seen>;
}

type BenchWindow = Window & { __syncBench?: FollowerBench; RawPeer?: typeof RawPeerModule };

const WARM_UP_ADVANCES = 2;
/** A pause between advances, so that each one starts with the devices idle. */
const SETTLE_MS = 120;
/** A pause once every device is connected, for the first sync and awareness messages to pass. */
const CONNECTED_SETTLE_MS = 1000;
const ADVANCE_TIMEOUT_MS = 15_000;
const CONNECT_TIMEOUT_MS = 90_000;
const NAMES = ['Fay', 'Ana', 'Ben', 'Cyd', 'Dee', 'Eli', 'Gus', 'Hal', 'Ida', 'Jo'];
const VIEWPORT = { width: 800, height: 600 };

const debug = (...args: unknown[]) => {
  if (process.env.BENCH_DEBUG) console.log('[sync]', ...args);
};

async function newContext(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // tsx compiles with keepNames, which wraps functions passed to evaluate() in a __name helper.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  return { context, page: await context.newPage() };
}

/** Main-thread time of each page so far, in ms, from Chromium's own counters (for BENCH_DEBUG only). */
type CpuCounters = () => Promise<Array<{ task: number; script: number; layout: number; style: number }>>;

async function cpuCounters(pages: Page[]): Promise<CpuCounters> {
  const sessions = await Promise.all(
    pages.map(async (page) => {
      const session = await page.context().newCDPSession(page);
      await session.send('Performance.enable');
      return session;
    }),
  );
  return () =>
    Promise.all(
      sessions.map(async (session) => {
        const { metrics } = await session.send('Performance.getMetrics');
        const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
        return { task: get('TaskDuration'), script: get('ScriptDuration'), layout: get('LayoutDuration'), style: get('RecalcStyleDuration') };
      }),
    );
}

/**
 * CPU time of every Chromium process so far, in ms, summed by process type: with every device in
 * one browser on a few cores, what one device does slows the others. Empty where there is no
 * /proc to read (Linux counts in ticks of 10 ms).
 */
function chromiumCpu(): Record<string, number> {
  const byType: Record<string, number> = {};
  if (!existsSync('/proc/self/stat')) return byType;
  const ticksPerMs = 100 / 1000;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!command.includes('chromium')) continue;
      const type = /--utility-sub-type=([\w.]+)/.exec(command)?.[1] ?? /--type=([\w-]+)/.exec(command)?.[1] ?? 'browser';
      // utime and stime, fields 14 and 15 of /proc/PID/stat, after the command name in parentheses.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      byType[type] = (byType[type] ?? 0) + (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
    } catch {
      // The process ended while being read.
    }
  }
  return byType;
}

interface CpuSnapshot {
  pages: Awaited<ReturnType<CpuCounters>>;
  processes: Record<string, number>;
}

/** Prints, per advance, the main-thread time of the leader and of the average follower, and the CPU time of Chromium's processes. */
function printCpu(label: string, before: CpuSnapshot, after: CpuSnapshot, advances: number): void {
  const per = after.pages.map((a, i) => {
    const b = before.pages[i]!;
    return { task: (a.task - b.task) / advances, script: (a.script - b.script) / advances, layout: (a.layout - b.layout) / advances, style: (a.style - b.style) / advances };
  });
  const show = (c: (typeof per)[number]) => `task ${c.task.toFixed(2)} script ${c.script.toFixed(2)} style ${c.style.toFixed(2)} layout ${c.layout.toFixed(2)}`;
  const followers = per.slice(1);
  const mean = (key: keyof (typeof per)[number]) => followers.reduce((sum, c) => sum + c[key], 0) / followers.length;
  debug(`${label} main-thread ms per advance: leader ${show(per[0]!)}; mean follower ${show({ task: mean('task'), script: mean('script'), layout: mean('layout'), style: mean('style') })}`);
  const processes = Object.entries(after.processes).map(([type, ms]) => `${type} ${((ms - (before.processes[type] ?? 0)) / advances).toFixed(1)}`);
  debug(`${label} CPU ms per advance, all processes of each type: ${processes.join(', ')}`);
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`sync benchmark: ${what} took over ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Installs, in a follower's page, a MutationObserver that notes when the shown "Page n of m"
 * changes, then the time of the next animation frame.
 */
function installFollowerObserver(page: Page): Promise<void> {
  return page.evaluate(() => {
    const epochNow = () => performance.timeOrigin + performance.now();
    let element: Element | undefined;
    const shownPage = (): number | undefined => {
      if (!element?.isConnected) element = [...document.querySelectorAll('p')].find((p) => /^Page \d+ of \d+/.test(p.textContent ?? ''));
      const match = /^Page (\d+) of \d+/.exec(element?.textContent ?? '');
      return match ? Number(match[1]) : undefined;
    };
    let last = shownPage();
    let pending: { page: number; resolve: (seen: Seen) => void } | undefined;
    new MutationObserver(() => {
      const page = shownPage();
      if (page === undefined || page === last) return;
      last = page;
      const domAt = epochNow();
      requestAnimationFrame(() => {
        const seen = { page, domAt, frameAt: epochNow() };
        if (pending?.page === page) {
          pending.resolve(seen);
          pending = undefined;
        }
      });
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
    (window as BenchWindow).__syncBench = {
      expect: (page) => new Promise<Seen>((resolve) => (pending = { page, resolve })),
    };
  });
}

/**
 * Arms every follower for the next change, then runs `act` (which returns the epoch time of the
 * action) and gives the latency to the last follower's painted frame.
 */
async function measureOne(followers: Page[], target: number, act: () => Promise<number>): Promise<{ latency: number; seen: Seen[]; at: number }> {
  const waits = Promise.all(
    followers.map((page) => withTimeout(page.evaluate((n) => (window as BenchWindow).__syncBench!.expect(n), target), ADVANCE_TIMEOUT_MS, 'a change reaching a device')),
  );
  // Should the action itself fail, that error is the one to report.
  waits.catch(() => undefined);
  // Evaluations run in order in each page: once this one returns, every follower is armed.
  await Promise.all(followers.map((page) => page.evaluate(() => 0)));
  const at = await act();
  const seen = await waits;
  return { latency: Math.max(...seen.map((s) => s.frameAt)) - at, seen, at };
}

/** Clicks the enabled button named `name` in the page; gives the epoch time just before the click. */
function clickButton(page: Page, name: string): Promise<number> {
  return page.evaluate((label) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
    if (!button || button.disabled) throw new Error(`no enabled "${label}" button`);
    const at = performance.timeOrigin + performance.now();
    button.click();
    return at;
  }, name);
}

/**
 * The measurement itself, the same for the app and for the raw baseline: the leader clicks
 * "Next page" (or "Previous page" at the end of the module) over and over, and each advance is
 * timed from the click to the last follower's painted "Page n of m". Every device shows page 1
 * when it starts.
 */
async function measureAdvances(label: string, leader: Page, followers: Page[], pageCount: number, advances: number): Promise<AdvanceRun> {
  for (const page of followers) await installFollowerObserver(page);
  const all = [leader, ...followers];
  // Every pointer rests mid-page, as in a room: the app's setup clicks leave its pointers over
  // the page, which costs a hover check after each new page is laid out, and the raw pages
  // would otherwise have none.
  for (const page of all) await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
  await sleep(CONNECTED_SETTLE_MS);
  const counters = process.env.BENCH_DEBUG ? await cpuCounters(all) : undefined;
  let before: CpuSnapshot | undefined;
  let current = 1;
  let direction = 1;
  const times: number[] = [];
  for (let i = 0; i < WARM_UP_ADVANCES + advances; i++) {
    if (i === WARM_UP_ADVANCES) before = { pages: (await counters?.()) ?? [], processes: chromiumCpu() };
    if (current + direction < 1 || current + direction > pageCount) direction = -direction;
    const target = current + direction;
    const { latency, seen, at } = await measureOne(followers, target, () => clickButton(leader, direction > 0 ? 'Next page' : 'Previous page'));
    current = target;
    if (i >= WARM_UP_ADVANCES) times.push(latency);
    debug(`${label}: → page ${target}: ${latency.toFixed(1)} ms; per device dom/frame:`, seen.map((s) => `${(s.domAt - at).toFixed(1)}/${(s.frameAt - at).toFixed(1)}`).join(' '));
    await sleep(SETTLE_MS);
  }
  const after = { pages: (await counters?.()) ?? [], processes: chromiumCpu() };
  if (counters && before) printCpu(label, before, after, advances);
  const total = (snapshot: CpuSnapshot) => Object.values(snapshot.processes).reduce((sum, ms) => sum + ms, 0);
  const cpuMsPerAdvance = before && Object.keys(after.processes).length > 0 ? (total(after) - total(before)) / advances : undefined;
  return { times, cpuMsPerAdvance };
}

/** The real app: a session of `peers` devices, the facilitator advancing and going back. */
async function measureApp(browser: Browser, appUrl: string, signalingUrl: string, moduleId: string, peers: number, advances: number): Promise<{ run: AdvanceRun; pageCount: number }> {
  const contexts: BrowserContext[] = [];
  try {
    const devices = await Promise.all(
      Array.from({ length: peers }, async () => {
        const { context, page } = await newContext(browser);
        contexts.push(context);
        const device = new SessionPage(page, appUrl);
        await device.useSignaling(signalingUrl);
        return device;
      }),
    );
    const [facilitator, ...others] = devices as [SessionPage, ...SessionPage[]];
    await facilitator.start(moduleId, NAMES[0]!);
    const link = await facilitator.joinLink();
    // People join one after another, as they open the link.
    for (const [i, device] of others.entries()) await device.join(link, NAMES[(i + 1) % NAMES.length]!);
    const connectStart = performance.now();
    await Promise.all(devices.map((device) => device.waitForDevices(peers - 1, CONNECT_TIMEOUT_MS)));
    debug(`app ${peers} devices: all connected after ${(performance.now() - connectStart).toFixed(0)} ms more`);
    for (const device of devices) await device.waitForPage(1);
    const pageCount = await modulePageCount(facilitator);
    return { run: await measureAdvances(`app ${peers}`, facilitator.page, others.map((device) => device.page), pageCount, advances), pageCount };
  } finally {
    for (const context of contexts) await context.close();
  }
}

/** How many pages the session's module has, from the position line the facilitator sees. */
async function modulePageCount(facilitator: SessionPage): Promise<number> {
  const pageCount = Number(/of (\d+)/.exec((await facilitator.position.first().textContent()) ?? '')?.[1]);
  if (!(pageCount >= 2)) throw new Error('sync benchmark: could not read the page count of the module');
  return pageCount;
}

/** The text of a module's pages, for the raw peer to draw. */
function rawPages(moduleId: string): RawPeerModule.RawPage[] {
  const { modules } = parseLibrary(readLibraryFiles(resolve(import.meta.dirname, '../../modules-content')));
  const module = modules.find((m) => m.id === moduleId);
  if (!module) throw new Error(`sync benchmark: no module '${moduleId}' in modules-content`);
  return module.pages.map((page) => ({
    title: page.title,
    paragraphs: page.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.items)),
    prompt: page.prompt.text,
  }));
}

/**
 * A bare Y.Map over plain y-webrtc, driven and observed as the app is, with as many pages; with
 * `text`, each device also draws the text of the page it shows.
 */
async function measureRaw(browser: Browser, rawUrl: string, signalingUrl: string, peers: number, pageCount: number, advances: number, text?: RawPeerModule.RawPage[]): Promise<AdvanceRun> {
  const contexts: BrowserContext[] = [];
  const room = `raw-bench-${crypto.randomUUID()}`;
  const password = crypto.randomUUID();
  try {
    const pages = await Promise.all(
      Array.from({ length: peers }, async () => {
        const { context, page } = await newContext(browser);
        contexts.push(context);
        await page.goto(`${rawUrl}/index.html`);
        await page.waitForFunction(() => (window as BenchWindow).RawPeer !== undefined);
        return page;
      }),
    );
    // Peers join one at a time, as people do, each waiting to see all those already there.
    const connectStart = performance.now();
    for (const [i, page] of pages.entries()) {
      await page.evaluate((options) => (window as BenchWindow).RawPeer!.start(options), { room, password, signaling: [signalingUrl], pageCount, pages: text });
      const joined = pages.slice(0, i + 1);
      try {
        await Promise.all(joined.map((p) => p.waitForFunction((n) => (window as BenchWindow).RawPeer!.connectedPeers() >= n, i, { polling: 50, timeout: CONNECT_TIMEOUT_MS })));
      } catch (error) {
        const counts = await Promise.all(joined.map((p) => p.evaluate(() => (window as BenchWindow).RawPeer!.connectedPeers())));
        throw new Error(`sync benchmark: raw peers did not all connect (connected peers each: ${counts.join(', ')})`, { cause: error });
      }
    }
    debug(`raw ${peers} devices: all connected after ${(performance.now() - connectStart).toFixed(0)} ms`);
    const [leader, ...followers] = pages as [Page, ...Page[]];
    const run = await measureAdvances(`raw ${text ? 'with pages ' : ''}${peers}`, leader, followers, pageCount, advances);
    for (const page of pages) await page.evaluate(() => (window as BenchWindow).RawPeer!.stop());
    return run;
  } finally {
    for (const context of contexts) await context.close();
  }
}

/** Bundles rawPeer.entry.ts into `root`/www as rawPeer.js (an IIFE defining the global RawPeer), with a page that loads it; gives that folder. */
async function buildRawPeer(root: string): Promise<string> {
  const outDir = join(root, 'www');
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry: resolve(import.meta.dirname, 'rawPeer.entry.ts'), name: 'RawPeer', formats: ['iife'], fileName: () => 'rawPeer.js' },
    },
  });
  // Page text set as the app's stylesheet sets it, near enough: the same fonts and sizes, in a bordered box.
  const style = [
    'body { margin: 1.5rem; font: 17px/1.55 system-ui, sans-serif; }',
    'article { max-width: 50rem; padding: 1.25rem 1.4rem; border: 1px solid #ddd; border-radius: 10px; overflow-wrap: anywhere; contain: layout paint; }',
    'h1 { font-size: 2rem; line-height: 1.25; margin: 0 0 0.5em; }',
    '.prompt { font-size: 1.1rem; font-weight: 600; background: #eef2f8; padding: 0.9rem 1rem; }',
  ].join(' ');
  writeFileSync(join(outDir, 'index.html'), `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>raw y-webrtc</title><style>${style}</style><script src="/rawPeer.js"></script></head><body><p>raw y-webrtc peer</p></body></html>\n`);
  return outDir;
}

/**
 * Runs the whole sync benchmark: the app served at `appUrl` with each number of devices, then
 * the raw comparisons, bare and drawing the pages. One signaling server of its own serves them
 * all, with the raw page.
 */
export async function measureSyncLatency(browser: Browser, appUrl: string, options: SyncLatencyOptions = {}): Promise<SyncLatencyFigures> {
  const { peerCounts = [2, 4, 8], rawPeers = 8, advances = 40, moduleId = 'feedback-both-ways' } = options;
  const rawRoot = mkdtempSync(join(tmpdir(), 'roundtable-rawpeer-'));
  try {
    const www = await buildRawPeer(rawRoot);
    const server = await startStaticServer({ root: www, port: 0, host: '127.0.0.1', signaling: createSignaling() });
    try {
      const signalingUrl = `${server.url.replace('http', 'ws')}/signal`;
      const app = new Map<number, AdvanceRun>();
      let pageCount = 0;
      for (const peers of peerCounts) {
        const measured = await measureApp(browser, appUrl, signalingUrl, moduleId, peers, advances);
        app.set(peers, measured.run);
        pageCount = measured.pageCount;
      }
      const raw = await measureRaw(browser, server.url, signalingUrl, rawPeers, pageCount, advances);
      const rawPage = await measureRaw(browser, server.url, signalingUrl, rawPeers, pageCount, advances, rawPages(moduleId));
      return { app, raw, rawPage, rawPeers };
    } finally {
      await server.close();
    }
  } finally {
    rmSync(rawRoot, { recursive: true, force: true });
  }
}
