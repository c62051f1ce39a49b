// The Vite plugin that turns modules-content/ into the bundled library: it checks every module
// (a malformed one fails the build with `file:line: what is wrong`), emits the library as one
// JSON file, and tells the app its URL and content version through `virtual:library`.

import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { LibraryBundle } from './library.ts';
import { parseLibrary } from './library.ts';
import { readLibraryFiles } from './libraryFiles.ts';
import { formatContentError } from './contentWords.ts';

const VIRTUAL_ID = 'virtual:library';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Builds the library file from a content folder; throws with every error found. */
export function buildLibrary(dir: string): { fileName: string; json: string; bundle: LibraryBundle } {
  const { modules, errors } = parseLibrary(readLibraryFiles(dir));
  if (errors.length > 0) throw new Error(`the module library has errors:\n${errors.map(formatContentError).join('\n')}`);
  const body = JSON.stringify(modules);
  const contentVersion = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const bundle: LibraryBundle = { format: 1, contentVersion, modules };
  return { fileName: `library-${contentVersion}.json`, json: JSON.stringify(bundle), bundle };
}

/** The plugin. `dir` is the content folder. */
export function libraryPlugin(dir = 'modules-content'): Plugin {
  let library: ReturnType<typeof buildLibrary> | undefined;
  let base = '/';
  const current = () => (library ??= buildLibrary(dir));
  return {
    name: 'roundtable-library',
    configResolved(config) {
      base = config.base;
    },
    buildStart() {
      library = undefined;
      try {
        current();
      } catch (error) {
        this.error((error as Error).message);
      }
      for (const { file } of readLibraryFiles(dir)) this.addWatchFile(resolve(file));
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { fileName, bundle } = current();
      return `export const contentVersion = ${JSON.stringify(bundle.contentVersion)};
export const moduleCount = ${bundle.modules.length};
export const libraryUrl = ${JSON.stringify(base + fileName)};`;
    },
    generateBundle() {
      const { fileName, json } = current();
      this.emitFile({ type: 'asset', fileName, source: json });
    },
    configureServer(server) {
      server.watcher.add(resolve(dir));
      server.watcher.on('change', (file) => {
        if (!file.startsWith(resolve(dir))) return;
        library = undefined;
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
      });
      server.middlewares.use((req, res, next) => {
        const { fileName, json } = current();
        if (req.url !== base + fileName) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(json);
      });
    },
  };
}
