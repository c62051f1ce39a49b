// The Vite plugin that turns src/i18n/messages/ into compiled catalogs: `virtual:catalog/<locale>-<part>`
// exports one part of one language. A catalog with an error (a missing id, a broken message)
// fails the build and the dev server with every error listed.

import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { CatalogPart } from './areas.ts';
import { catalogPart, checkCatalogs, readCatalogs } from './catalogFiles.ts';
import { isLocale } from './locales.ts';

const PREFIX = 'virtual:catalog/';

/** The plugin; `dir` is the messages folder. */
export function catalogPlugin(dir = 'src/i18n/messages'): Plugin {
  const compile = () => {
    const read = readCatalogs(dir);
    const checked = checkCatalogs(read.catalogs);
    const errors = [...read.errors, ...checked.errors];
    if (errors.length > 0) throw new Error(`the message catalogs have errors:\n${errors.join('\n')}`);
    return checked.compiled;
  };
  return {
    name: 'roundtable-catalog',
    buildStart() {
      try {
        compile();
      } catch (error) {
        this.error((error as Error).message);
      }
      this.addWatchFile(resolve(dir));
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const [locale, part] = id.slice(PREFIX.length + 1).split('-');
      if (!isLocale(locale) || (part !== 'start' && part !== 'later')) return undefined;
      return `export const messages = ${JSON.stringify(catalogPart(compile()[locale], part as CatalogPart))};`;
    },
    configureServer(server) {
      server.watcher.add(resolve(dir));
      server.watcher.on('change', (file) => {
        if (!file.startsWith(resolve(dir))) return;
        for (const module of server.moduleGraph.getModulesByFile(file) ?? []) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
