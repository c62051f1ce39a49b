// `npm run bench`: measures bundle sizes, each language's message catalog, and the library's
// speed with 1,000 modules in English, French and Japanese, in Node and in a real Chromium;
// the latency of a page advance between devices over real WebRTC; how fast a year of journal
// opens; group formation in the browser's worker; and the grouping engine's quality against
// MDGPLIB's reference results, single-threaded in Node.
// Prints a table and merges its figures into bench-results.json.
// `npm run bench -- --only sync,journal` runs some sections alone (library, sync, journal,
// groupingBrowser, grouping). Figures are reported, never asserted: timing fails nothing.

import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { parseLibrary } from '../../src/content/library.ts';
import { readLibraryFiles } from '../../src/content/libraryFiles.ts';
import { createSearchIndex, searchIndex } from '../../src/core/search.ts';
import { buildApp } from '../../src/server/build.ts';
import { startStaticServer } from '../../src/server/staticServer.ts';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../e2e/browser.ts';
import { benchGrouping } from './grouping.ts';
import { benchGroupingInBrowser } from './groupingInBrowser.ts';
import { benchJournal } from './journal.ts';
import { measureLibraryInBrowser } from './libraryInBrowser.ts';
import { syntheticLibrary } from './syntheticLibrary.ts';
import { measureSyncLatency } from './syncLatency.ts';

interface Figure {
  key: string;
  value: number;
  unit: string;
  target?: number;
}

const SECTIONS = ['library', 'sync', 'journal', 'groupingBrowser', 'grouping'] as const;
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg >= 0 ? new Set((process.argv[onlyArg + 1] ?? '').split(',')) : new Set<string>(SECTIONS);
for (const name of only) if (!(SECTIONS as readonly string[]).includes(name)) throw new Error(`--only: no section '${name}'; the sections are ${SECTIONS.join(', ')}`);

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const figures: Figure[] = [];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsFiles(path) : name.endsWith('.js') ? [path] : [];
  });
}

const gzipBytes = (content: Buffer | string) => gzipSync(content, { level: 9 }).length;

// A section that fails is reported and the others' figures are still written.
const failed: string[] = [];
async function section(name: string, measure: () => Promise<void> | void): Promise<void> {
  try {
    await measure();
  } catch (error) {
    failed.push(name);
    console.error(`bench: the ${name} section failed; the figures it had not measured yet are missing: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

// Only the sections in Chromium need the app built and a browser.
const BROWSER_SECTIONS = ['library', 'sync', 'journal', 'groupingBrowser'];
if (BROWSER_SECTIONS.some((name) => only.has(name))) {
  await section('browser setup', async () => {
    // Always a fresh build, so that the sizes are those of the sources as they are now.
    await buildApp(root);
    const server = await startStaticServer({ root: dist, port: 0, host: '127.0.0.1' });
    try {
      const browser = await launchChromium();
      try {
        await browserSections(browser, server.url);
      } finally {
        await browser.close();
      }
    } finally {
      await server.close();
    }
  });
}

async function browserSections(browser: Browser, url: string): Promise<void> {
  if (only.has('library')) {
    await section('library', async () => {
      const real = parseLibrary(readLibraryFiles(join(root, 'modules-content'))).modules;
      const big = syntheticLibrary(real, 1000);
      // Search in Node, core only.
      const start = performance.now();
      const index = createSearchIndex(big);
      figures.push({ key: 'search.indexBuild1000Ms', value: performance.now() - start, unit: 'ms' });
      const times: number[] = [];
      for (const query of ['feedback', 'managing across cultures', 'budget process', 'team trust', 'change']) {
        for (let i = 1; i <= query.length; i++) {
          const t0 = performance.now();
          searchIndex(index, query.slice(0, i), 200);
          times.push(performance.now() - t0);
        }
      }
      figures.push({ key: 'search.core1000P95Ms', value: percentile(times, 95), unit: 'ms' });

      // The app in Chromium.
      const measured = await measureLibraryInBrowser(browser, url, big);
      const initial = measured.startScreenScripts.map((script) => readFileSync(join(dist, new URL(script).pathname)));
      figures.push({ key: 'bundle.initialJsGzipBytes', value: initial.reduce((sum, file) => sum + gzipBytes(file), 0), unit: 'bytes', target: 60 * 1024 });
      figures.push({ key: 'bundle.totalJsGzipBytes', value: jsFiles(dist).reduce((sum, file) => sum + gzipBytes(readFileSync(file)), 0), unit: 'bytes' });
      figures.push({ key: 'library.render1000Ms', value: measured.renderMs, unit: 'ms', target: 100 });
      figures.push({ key: 'library.render1000FromNavigationMs', value: measured.renderFromNavigationMs, unit: 'ms' });
      figures.push({ key: 'library.search1000P50Ms', value: percentile(measured.keystrokeMs, 50), unit: 'ms' });
      figures.push({ key: 'library.search1000P95Ms', value: percentile(measured.keystrokeMs, 95), unit: 'ms', target: 10 });
      figures.push({ key: 'library.searchToFrame1000P95Ms', value: percentile(measured.keystrokeToFrameMs, 95), unit: 'ms' });
      figures.push({ key: 'library.search1000MixedP95Ms', value: percentile(measured.mixedKeystrokeMs, 95), unit: 'ms', target: 10 });
      figures.push({ key: 'library.searchIndexBuild1000MixedMs', value: measured.indexBuildMs, unit: 'ms' });

      // Each language's message catalog, in its two parts: the start one is loaded before the first paint.
      const assets = readdirSync(join(dist, 'assets'));
      const partBytes = (language: string, part: 'start' | 'later'): number => {
        const files = assets.filter((name) => name.startsWith(`${language}-${part}-`) && name.endsWith('.js'));
        if (files.length === 0) throw new Error(`no ${language}-${part}-*.js catalog chunk in dist/assets`);
        return files.reduce((sum, name) => sum + gzipBytes(readFileSync(join(dist, 'assets', name))), 0);
      };
      for (const language of ['en', 'fr', 'ja']) {
        const start = partBytes(language, 'start');
        figures.push({ key: `i18n.catalogGzipBytes.${language}`, value: start + partBytes(language, 'later'), unit: 'bytes' });
        figures.push({ key: `i18n.startCatalogGzipBytes.${language}`, value: start, unit: 'bytes' });
      }
    });
  }

  if (only.has('journal')) await section('journal', async () => void figures.push(...(await benchJournal(browser, url))));
  if (only.has('groupingBrowser')) await section('groupingBrowser', async () => void figures.push(...(await benchGroupingInBrowser(browser, url))));

  // A page advance, from the facilitator's click to the painted page on every other device.
  if (only.has('sync')) {
    await section('sync', async () => {
      const sync = await measureSyncLatency(browser, url);
      for (const [peers, run] of sync.app) {
        figures.push({ key: `sync.peers${peers}.p50Ms`, value: percentile(run.times, 50), unit: 'ms' });
        figures.push({ key: `sync.peers${peers}.p95Ms`, value: percentile(run.times, 95), unit: 'ms' });
      }
      const rawP95 = percentile(sync.raw.times, 95);
      figures.push({ key: `sync.raw.peers${sync.rawPeers}.p50Ms`, value: percentile(sync.raw.times, 50), unit: 'ms' });
      figures.push({ key: `sync.raw.peers${sync.rawPeers}.p95Ms`, value: rawP95, unit: 'ms' });
      const appAtRaw = sync.app.get(sync.rawPeers);
      if (appAtRaw) figures.push({ key: `sync.overheadRatioP95At${sync.rawPeers}`, value: percentile(appAtRaw.times, 95) / rawP95, unit: 'ratio' });
      // With every device in one browser on this machine's cores, the CPU time an advance costs
      // all of them together is what queues them behind each other: it explains the latencies.
      if (appAtRaw?.cpuMsPerAdvance !== undefined) figures.push({ key: `sync.cpu.peers${sync.rawPeers}.msPerAdvance`, value: appAtRaw.cpuMsPerAdvance, unit: 'ms' });
      if (sync.raw.cpuMsPerAdvance !== undefined) figures.push({ key: `sync.cpu.raw.peers${sync.rawPeers}.msPerAdvance`, value: sync.raw.cpuMsPerAdvance, unit: 'ms' });
      // Beside the target: the same baseline drawing each page's text, to tell the app's overhead from the cost of drawing a page.
      const rawPageP95 = percentile(sync.rawPage.times, 95);
      figures.push({ key: `sync.rawPage.peers${sync.rawPeers}.p50Ms`, value: percentile(sync.rawPage.times, 50), unit: 'ms' });
      figures.push({ key: `sync.rawPage.peers${sync.rawPeers}.p95Ms`, value: rawPageP95, unit: 'ms' });
      // The target is against the baseline that also draws the page: the bare one draws and stores nothing.
      if (appAtRaw) figures.push({ key: `sync.overheadRatioP95VsRawPageAt${sync.rawPeers}`, value: percentile(appAtRaw.times, 95) / rawPageP95, unit: 'ratio', target: 1.1 });
      // The floor under the target: a device that does nothing but draw the page, against the bare baseline.
      figures.push({ key: `sync.rawPageOverRawP95At${sync.rawPeers}`, value: rawPageP95 / rawP95, unit: 'ratio' });
      if (sync.rawPage.cpuMsPerAdvance !== undefined) figures.push({ key: `sync.cpu.rawPage.peers${sync.rawPeers}.msPerAdvance`, value: sync.rawPage.cpuMsPerAdvance, unit: 'ms' });
      // Reported, never a target: it counts every Chromium process on the machine, so a busy machine swings it.
      if (appAtRaw?.cpuMsPerAdvance !== undefined && sync.rawPage.cpuMsPerAdvance) figures.push({ key: `sync.cpuRatioVsRawPageAt${sync.rawPeers}`, value: appAtRaw.cpuMsPerAdvance / sync.rawPage.cpuMsPerAdvance, unit: 'ratio' });
    });
  }
}

// Last, alone on the machine: the grouping engine, single-threaded in Node.
if (only.has('grouping')) await section('grouping', () => benchGrouping(figures, (line) => console.log(line)));

const resultsFile = join(root, 'bench-results.json');
const previous = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown>) : {};
const results: Record<string, unknown> = { ...previous };
for (const figure of figures) results[figure.key] = Math.round(figure.value * 100) / 100;
results.measuredAt = new Date().toISOString();
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);

const rows = figures.map((figure) => {
  const format = (value: number): string =>
    figure.unit === 'bytes'
      ? `${(value / 1024).toFixed(1)} KB`
      : figure.unit === 'ratio'
        ? `${value.toFixed(2)}×`
        : figure.unit === 'percent'
          ? `${value.toFixed(3)} %`
          : figure.unit === 'count'
            ? String(value)
            : `${value.toFixed(2)} ms`;
  const shown = format(figure.value);
  const target = figure.target === undefined ? '' : `≤ ${figure.unit === 'bytes' ? `${(figure.target / 1024).toFixed(0)} KB` : format(figure.target)}`;
  const verdict = figure.target === undefined ? '' : figure.value <= figure.target ? 'met' : 'MISSED';
  return [figure.key, shown, target, verdict];
});
const widths = [0, 1, 2, 3].map((c) => Math.max(...[['figure', 'value', 'target', ''], ...rows].map((row) => (row[c] ?? '').length)));
for (const row of [['figure', 'value', 'target', ''], ...rows]) console.log(row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd());
console.log(`\nWrote ${Object.keys(results).length - 1} figures to bench-results.json`);
if (failed.length > 0) {
  console.error(`bench: failed sections: ${failed.join(', ')} (their earlier figures in bench-results.json are kept)`);
  process.exitCode = 1;
}
