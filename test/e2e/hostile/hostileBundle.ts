// Builds the hostile peer into one script for a blank page, and serves it with a signaling
// server, on 127.0.0.1.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

/** Builds the hostile peer; returns the folder holding index.html and hostile.js. */
export async function buildHostilePeer(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'roundtable-hostile-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      minify: false,
      lib: { entry: resolve(import.meta.dirname, 'hostilePeer.entry.ts'), formats: ['iife'], name: 'HostilePeer', fileName: () => 'hostile.js' },
    },
  });
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><html><head><title>Hostile peer</title><script src="/hostile.js"></script></head><body></body></html>');
  return outDir;
}
