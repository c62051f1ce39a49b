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
// its overhead beyond drawing the page, which the bare baseline does not draw at all. At the
// baselines' number of devices, the app and both baselines are open at once and take turns,
// so that the machine's ups and downs fall on all three alike.

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
/**
 * Advances measured per run. Of 60, only three lie above the p95, and the app's p95 moved from
 * run to run between 1.0 and 2.0 times the baseline's; of 200, ten do.
 */
const ADVANCES = 200;
/** A pause between advances, so that each one starts with the devices idle. */
const SETTLE_MS = 120;
/** A pause once every device is connected, for the first sync and awareness messages to pass. */
const CONNECTED_SETTLE_MS = 1000;
/** Advances a rig makes before the next one takes its turn. */
const BLOCK = 10;
/**
 * A pause after each block, before its CPU time is read: the app stores other devices'
 * changes a second after they arrive, and that work belongs to its own block, not to the
 * next rig's.
 */
const QUIET_MS = 1500;
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

type PageTimes = Awaited<ReturnType<CpuCounters>>;

/** CPU time so far, or spent over some advances: of each page's main thread (BENCH_DEBUG only), and of Chromium's processes by type. */
interface CpuSnapshot {
  pages: PageTimes;
  processes: Record<string, number>;
}

/** Adds to `spent` what was spent between `before` and `after`. */
function addSpent(spent: CpuSnapshot, before: CpuSnapshot, after: CpuSnapshot): void {
  spent.pages = after.pages.map((a, i) => {
    const b = before.pages[i]!;
    const sum = spent.pages[i] ?? { task: 0, script: 0, layout: 0, style: 0 };
    return { task: sum.task + a.task - b.task, script: sum.script + a.script - b.script, layout: sum.layout + a.layout - b.layout, style: sum.style + a.style - b.style };
  });
  for (const [type, ms] of Object.entries(after.processes)) spent.processes[type] = (spent.processes[type] ?? 0) + ms - (before.processes[type] ?? 0);
}

/** Prints, per advance, the main-thread time of the leader and of the average follower, and the CPU time of Chromium's processes. */
function printCpu(label: string, spent: CpuSnapshot, advances: number): void {
  const per = spent.pages.map((c) => ({ task: c.task / advances, script: c.script / advances, layout: c.layout / advances, style: c.style / advances }));
  const show = (c: (typeof per)[number]) => `task ${c.task.toFixed(2)} script ${c.script.toFixed(2)} style ${c.style.toFixed(2)} layout ${c.layout.toFixed(2)}`;
  const followers = per.slice(1);
  const mean = (key: keyof (typeof per)[number]) => followers.reduce((sum, c) => sum + c[key], 0) / followers.length;
  if (per[0]) debug(`${label} main-thread ms per advance: leader ${show(per[0])}; mean follower ${show({ task: mean('task'), script: mean('script'), layout: mean('layout'), style: mean('style') })}`);
  const processes = Object.entries(spent.processes).map(([type, ms]) => `${type} ${(ms / advances).toFixed(1)}`);
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

/** Devices ready to be measured: the leader clicks, the followers show; `close` ends them. */
interface Rig {
  label: string;
  leader: Page;
  followers: Page[];
  pageCount: number;
  close: () => Promise<void>;
}

/** Where a rig's leader is in the module, and what its advances measured so far. */
interface Series {
  rig: Rig;
  current: number;
  direction: number;
  times: number[];
  /** The CPU time spent during this rig's advances. */
  spent: CpuSnapshot;
  /** This rig's pages' main-thread counters, for BENCH_DEBUG. */
  counters?: CpuCounters;
}

/** Readies a rig's pages: observers installed, pointers resting. Every device shows page 1. */
async function prepare(rig: Rig): Promise<Series> {
  for (const page of rig.followers) await installFollowerObserver(page);
  const all = [rig.leader, ...rig.followers];
  // Every pointer rests mid-page, as in a room: the app's setup clicks leave its pointers over
  // the page, which costs a hover check after each new page is laid out, and the raw pages
  // would otherwise have none.
  for (const page of all) await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
  return { rig, current: 1, direction: 1, times: [], spent: { pages: [], processes: {} }, counters: process.env.BENCH_DEBUG ? await cpuCounters(all) : undefined };
}

/**
 * One advance: the leader clicks "Next page" (or "Previous page" at the end of the module),
 * timed from the click to the last follower's painted "Page n of m".
 */
async function advance(series: Series): Promise<number> {
  const { rig } = series;
  if (series.current + series.direction < 1 || series.current + series.direction > rig.pageCount) series.direction = -series.direction;
  const target = series.current + series.direction;
  const { latency, seen, at } = await measureOne(rig.followers, target, () => clickButton(rig.leader, series.direction > 0 ? 'Next page' : 'Previous page'));
  series.current = target;
  debug(`${rig.label}: → page ${target}: ${latency.toFixed(1)} ms; per device dom/frame:`, seen.map((s) => `${(s.domAt - at).toFixed(1)}/${(s.frameAt - at).toFixed(1)}`).join(' '));
  await sleep(SETTLE_MS);
  return latency;
}

const totalCpu = (processes: Record<string, number>) => Object.values(processes).reduce((sum, ms) => sum + ms, 0);

/**
 * The measurement itself, the same for the app and for the raw baselines. With several rigs
 * open at once, their advances take turns in blocks of `BLOCK` (each round in a different
 * order), so that whatever else the machine is doing weighs on all of them alike and their
 * ratio is steady from run to run. Each block's CPU time goes to the rig that ran it.
 */
async function measureInterleaved(rigs: Rig[], advances: number): Promise<AdvanceRun[]> {
  const all: Series[] = [];
  for (const rig of rigs) all.push(await prepare(rig));
  await sleep(CONNECTED_SETTLE_MS);
  for (const series of all) for (let i = 0; i < WARM_UP_ADVANCES; i++) await advance(series);
  const cpuKnown = Object.keys(chromiumCpu()).length > 0;
  for (let round = 0; all.some((series) => series.times.length < advances); round++) {
    for (let k = 0; k < all.length; k++) {
      const series = all[(round + k) % all.length]!;
      const snapshot = async (): Promise<CpuSnapshot> => ({ pages: (await series.counters?.()) ?? [], processes: chromiumCpu() });
      const before = await snapshot();
      for (let i = 0; i < BLOCK && series.times.length < advances; i++) series.times.push(await advance(series));
      await sleep(QUIET_MS);
      addSpent(series.spent, before, await snapshot());
    }
  }
  for (const series of all) if (series.counters) printCpu(series.rig.label, series.spent, series.times.length);
  return all.map((series) => ({ times: series.times, cpuMsPerAdvance: cpuKnown ? totalCpu(series.spent.processes) / series.times.length : undefined }));
}

/** The real app: a session of `peers` devices, ready for the facilitator to advance. */
async function openApp(browser: Browser, appUrl: string, signalingUrl: string, moduleId: string, peers: number): Promise<Rig> {
  const contexts: BrowserContext[] = [];
  const close = async () => {
    for (const context of contexts) await context.close();
  };
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
    return { label: `app ${peers}`, leader: facilitator.page, followers: others.map((device) => device.page), pageCount, close };
  } catch (error) {
    await close();
    throw error;
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
async function openRaw(browser: Browser, rawUrl: string, signalingUrl: string, peers: number, pageCount: number, text?: RawPeerModule.RawPage[]): Promise<Rig> {
  const contexts: BrowserContext[] = [];
  const room = `raw-bench-${crypto.randomUUID()}`;
  const password = crypto.randomUUID();
  let pages: Page[] = [];
  const close = async () => {
    for (const page of pages) await page.evaluate(() => (window as BenchWindow).RawPeer?.stop()).catch(() => undefined);
    for (const context of contexts) await context.close();
  };
  try {
    pages = await Promise.all(
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
    const label = `raw ${text ? 'with pages ' : ''}${peers}`;
    debug(`${label} devices: all connected after ${(performance.now() - connectStart).toFixed(0)} ms`);
    const [leader, ...followers] = pages as [Page, ...Page[]];
    return { label, leader, followers, pageCount, close };
  } catch (error) {
    await close();
    throw error;
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
  const { peerCounts = [2, 4, 8], rawPeers = 8, advances = ADVANCES, moduleId = 'feedback-both-ways' } = options;
  const rawRoot = mkdtempSync(join(tmpdir(), 'roundtable-rawpeer-'));
  try {
    const www = await buildRawPeer(rawRoot);
    const server = await startStaticServer({ root: www, port: 0, host: '127.0.0.1', signaling: createSignaling() });
    try {
      const signalingUrl = `${server.url.replace('http', 'ws')}/signal`;
      const app = new Map<number, AdvanceRun>();
      // Fewer devices, the app alone; then, at `rawPeers` devices, the app and both baselines
      // open together, their advances taking turns.
      for (const peers of peerCounts.filter((n) => n !== rawPeers)) {
        const rig = await openApp(browser, appUrl, signalingUrl, moduleId, peers);
        try {
          app.set(peers, (await measureInterleaved([rig], advances))[0]!);
        } finally {
          await rig.close();
        }
      }
      const rigs: Rig[] = [];
      try {
        const appRig = await openApp(browser, appUrl, signalingUrl, moduleId, rawPeers);
        rigs.push(appRig);
        rigs.push(await openRaw(browser, server.url, signalingUrl, rawPeers, appRig.pageCount));
        rigs.push(await openRaw(browser, server.url, signalingUrl, rawPeers, appRig.pageCount, rawPages(moduleId)));
        const [appRun, raw, rawPage] = (await measureInterleaved(rigs, advances)) as [AdvanceRun, AdvanceRun, AdvanceRun];
        app.set(rawPeers, appRun);
        return { app: new Map([...app].sort(([a], [b]) => a - b)), raw, rawPage, rawPeers };
      } finally {
        for (const rig of rigs) await rig.close();
      }
    } finally {
      await server.close();
    }
  } finally {
    rmSync(rawRoot, { recursive: true, force: true });
  }
}
