// Before the end-to-end tests: build the app if needed and serve it on 127.0.0.1, on a free port.

import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildApp, needsBuild } from '../../src/server/build.ts';
import type { RunningServer } from '../../src/server/staticServer.ts';
import { startStaticServer } from '../../src/server/staticServer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

let running: RunningServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const root = resolve(import.meta.dirname, '../..');
  if (needsBuild(root)) await buildApp(root);
  const distDir = resolve(root, 'dist');
  running = await startStaticServer({ root: distDir, port: 0, host: '127.0.0.1' });
  project.provide('baseUrl', running.url);
  project.provide('distDir', distDir);
}

export async function teardown(): Promise<void> {
  await running?.close();
}
