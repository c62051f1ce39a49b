// Launches Debian's Chromium through playwright-core with the flags that keep every byte on
// this machine (see ../shared/TESTING.md): no mDNS from WebRTC, no outside host lookups.

import type { Browser, BrowserContext, LaunchOptions } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

/** Where Chromium is; CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** No host name resolves, so nothing is looked up outside this machine. */
const HOST_RULES = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

/** The launch flags every test and benchmark uses. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  HOST_RULES,
];

function flags(extra: string[] = []): string[] {
  return [...CHROMIUM_ARGS, `--disable-features=${DISABLED_FEATURES.join(',')}`, ...extra];
}

/**
 * Launch flags that also resolve `names` to 127.0.0.1, and nothing else anywhere: a page on
 * such a name is "another computer" to the browser (no secure context over http) while every
 * byte stays on this machine.
 */
export function aliasFlags(names: readonly string[]): string[] {
  return flags().map((flag) => (flag === HOST_RULES ? `--host-resolver-rules=${names.map((name) => `MAP ${name} 127.0.0.1, `).join('')}MAP * ~NOTFOUND, EXCLUDE 127.0.0.1` : flag));
}

/**
 * Features switched off. Chromium keeps only the last --disable-features flag, and ours comes
 * after Playwright's, so it repeats Playwright's own list (which also stops start-up requests
 * to outside hosts) and adds ours.
 */
export const DISABLED_FEATURES = [
  'WebRtcHideLocalIpsWithMdns',
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
];

/** Launches Chromium. */
export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, ...options, args: flags(options.args) });
}

/** Launches a persistent profile, for tests that kill and relaunch a browser. */
export function launchPersistent(userDataDir: string, options: Parameters<typeof chromium.launchPersistentContext>[1] = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM_PATH, ...options, args: flags(options.args) });
}

/** The pid of the browser process running on `userDataDir`, to kill it as a crash would. */
export function browserPid(userDataDir: string): number {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const main = lines.filter((line) => line.includes(`--user-data-dir=${userDataDir}`) && !line.includes('--type='));
  if (main.length !== 1) throw new Error(`expected one browser process on ${userDataDir}, found ${main.length}`);
  return Number(main[0]!.trim().split(/\s+/)[0]);
}
