// The start screen draws before the later part of the catalog loads, so every message id in
// code the start screen loads (everything main.tsx imports statically) must be in a start area.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATER_AREAS, START_AREAS } from './areas.ts';

const STATIC_IMPORT = /^\s*import\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm;
const ID = new RegExp(`['"\`]((?:${[...START_AREAS, ...LATER_AREAS].join('|')})\\.[A-Za-z0-9_]+)['"\`]`, 'g');

/** Every source file main.tsx loads statically, with the files that import them. */
function startFiles(entry: string): Map<string, string> {
  const seen = new Map<string, string>([[entry, 'the entry']]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(STATIC_IMPORT)) {
      const target = resolve(dirname(file), match[1]!);
      if (!/\.(ts|tsx)$/.test(target) || !existsSync(target) || seen.has(target)) continue;
      seen.set(target, file);
      queue.push(target);
    }
  }
  return seen;
}

describe('the start screen’s words', () => {
  const files = startFiles(resolve('src/main.tsx'));

  it('finds the start screen’s code', () => {
    expect([...files.keys()].some((file) => file.endsWith(join('ui', 'screens', 'LibraryScreen.tsx')))).toBe(true);
    expect([...files.keys()].some((file) => file.endsWith(join('sync', 'sessionConnection.ts')))).toBe(false);
  });

  it('come only from the start areas', () => {
    const later: string[] = [];
    for (const file of files.keys()) {
      for (const match of readFileSync(file, 'utf8').matchAll(ID)) {
        const id = match[1]!;
        if (!(START_AREAS as readonly string[]).includes(id.split('.')[0]!)) later.push(`${file.slice(resolve('.').length + 1)}: ${id}`);
      }
    }
    expect(later).toEqual([]);
  });
});
