// Decides whether the production build is missing or older than its sources, and builds it.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'public', 'modules-content', 'index.html', 'vite.config.ts', 'package.json', 'package-lock.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

/** Whether `dist` must be (re)built from the sources in `projectRoot`. */
export function needsBuild(projectRoot: string, outDir = 'dist'): boolean {
  const index = join(projectRoot, outDir, 'index.html');
  if (!existsSync(index) || !existsSync(join(projectRoot, outDir, 'sw.js'))) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((source) => newest(join(projectRoot, source)) > built);
}

/** Runs the production build with Vite, quietly unless something is wrong. */
export async function buildApp(projectRoot: string): Promise<void> {
  const { build } = await import('vite');
  await build({ root: projectRoot, logLevel: 'warn', configFile: join(projectRoot, 'vite.config.ts') });
}
