// Checks a whole library of module files: each module, plus the rules that span files
// (unique ids, a file named after its id, the bundled library's page range).

import type { Module } from '../core/module.ts';
import type { ContentError } from './contentError.ts';
import { contentError } from './contentError.ts';
import { parseModule } from './parseModule.ts';

/** One module file: its name (used in errors) and its text. */
export interface ModuleFile {
  file: string;
  text: string;
}

/** The bundled library's rule for how many pages a module has. */
export const LIBRARY_PAGE_RANGE = { min: 8, max: 15 } as const;

/** The library file the build emits and the app loads into IndexedDB. */
export interface LibraryBundle {
  format: 1;
  contentVersion: string;
  modules: Module[];
}

/** Parses and checks every file of the bundled library; any error means no library. */
export function parseLibrary(files: ModuleFile[]): { modules: Module[]; errors: ContentError[] } {
  const modules: Module[] = [];
  const errors: ContentError[] = [];
  const seen = new Map<string, string>();
  for (const { file, text } of files) {
    const result = parseModule(text, file, 'bundled');
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const { module } = result;
    const idLine = lineOf(text, /^id\s*:/m);
    const baseName = file.split('/').pop()?.replace(/\.md$/, '');
    const first = seen.get(module.id);
    if (first) {
      errors.push(contentError(file, idLine, 'duplicateId', { id: module.id, first }));
      continue;
    }
    seen.set(module.id, file);
    if (baseName !== module.id) {
      errors.push(contentError(file, idLine, 'fileName', { id: module.id }));
    }
    const count = module.pages.length;
    if (count < LIBRARY_PAGE_RANGE.min || count > LIBRARY_PAGE_RANGE.max) {
      errors.push(contentError(file, lineOf(text, /^## /m), 'pageCount', { count, min: LIBRARY_PAGE_RANGE.min, max: LIBRARY_PAGE_RANGE.max }));
    }
    modules.push(module);
  }
  modules.sort((a, b) => a.title.localeCompare(b.title));
  return { modules, errors };
}

function lineOf(text: string, pattern: RegExp): number {
  const match = pattern.exec(text);
  return match ? text.slice(0, match.index).split(/\r\n|\r|\n/).length : 1;
}
