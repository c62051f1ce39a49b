// What the live-session suites share: one Chromium for the suite, and for each test our own
// signaling server on 127.0.0.1 (which logs what it receives) and devices that are isolated
// browser contexts pointed at it. Everything a test opens is closed after it; the browser after
// the suite.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import type { SignalingLogEntry } from '../../src/server/signaling.ts';
import { createSignaling } from '../../src/server/signaling.ts';
import type { RunningServer } from '../../src/server/staticServer.ts';
import { startStaticServer } from '../../src/server/staticServer.ts';
import { launchChromium } from './browser.ts';
import { SessionPage } from './pages/SessionPage.ts';

/** A signaling URL where nothing listens: a device pointed at it finds no one over the network. */
export const NO_SIGNALING = 'ws://127.0.0.1:9/signal';

/** How a device is opened. */
export interface DeviceOptions {
  viewport?: { width: number; height: number };
  /** A script run in every page of the device before the app's own. */
  initScript?: () => void;
  /** The browser's language (navigator.languages and Accept-Language), such as 'fr-FR'. */
  locale?: string;
}

/** A suite's browser and signaling, set up by `useSessionRig`. */
export interface SessionRig {
  /** The suite's browser (set once the suite has started). */
  readonly browser: Browser;
  /** What the current test's signaling server has received, in order. */
  readonly signalingLog: readonly SignalingLogEntry[];
  /** Starts the test's signaling server, serving `root`'s files beside it if given; gives its WebSocket URL. */
  startSignaling(root?: string): Promise<string>;
  /** Stops the test's signaling server, as if it went away mid-meeting. */
  stopSignaling(): Promise<void>;
  /** A new isolated browser context with one blank page, closed after the test. */
  page(options?: DeviceOptions): Promise<Page>;
  /** A new device: an isolated browser context with one page, pointed at `signalingUrl` in its settings. */
  device(signalingUrl: string, options?: DeviceOptions): Promise<SessionPage>;
}

/** Registers the suite's hooks and gives the rig its tests use. Call it at the top of a test file. */
export function useSessionRig(): SessionRig {
  const baseUrl = inject('baseUrl');
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  let emptyRoot: string | undefined;
  let log: SignalingLogEntry[] = [];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    emptyRoot = mkdtempSync(join(tmpdir(), 'roundtable-signal-'));
    browser = await launchChromium();
  });
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
    await server?.close();
    server = undefined;
  });
  afterAll(async () => {
    await browser?.close();
    if (emptyRoot) rmSync(emptyRoot, { recursive: true, force: true });
  });

  const started = (): Browser => {
    if (!browser) throw new Error('the session rig is used before its suite has started');
    return browser;
  };

  const page = async ({ viewport = { width: 1366, height: 768 }, initScript, locale }: DeviceOptions = {}): Promise<Page> => {
    const context = await started().newContext({ viewport, ...(locale ? { locale } : {}) });
    contexts.push(context);
    if (initScript) await context.addInitScript(initScript);
    return context.newPage();
  };

  return {
    get browser() {
      return started();
    },
    get signalingLog() {
      return log;
    },
    async startSignaling(root) {
      if (server) throw new Error('this test already has a signaling server');
      log = [];
      server = await startStaticServer({ root: root ?? emptyRoot!, port: 0, host: '127.0.0.1', signaling: createSignaling({ log: (entry) => log.push(entry) }) });
      return `${server.url.replace('http', 'ws')}/signal`;
    },
    async stopSignaling() {
      await server?.close();
      server = undefined;
    },
    page,
    async device(signalingUrl, options) {
      const session = new SessionPage(await page(options), baseUrl);
      await session.useSignaling(signalingUrl);
      return session;
    },
  };
}
