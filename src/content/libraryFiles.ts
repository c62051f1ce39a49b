// Reads the module files of a library folder (Node only: the build and the check use it).

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ModuleFile } from './library.ts';

/** Every `*.md` file in `dir` except its README, in name order, with paths relative to the cwd. */
export function readLibraryFiles(dir: string): ModuleFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name.toLowerCase() !== 'readme.md')
    .sort()
    .map((name) => ({ file: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));
}
