// The Vite plugin that turns src/i18n/messages/ into compiled catalogs: `virtual:catalog/<locale>-<part>`
// exports one part of one language. A catalog with an error (a missing id, a broken message)
// fails the build and the dev server with every error listed.

import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { CatalogPart } from './areas.ts';
import { catalogPart, checkCatalogs, readCatalogs } from './catalogFiles.ts';
import { LOCALE_KEY } from './choice.ts';
import { isLocale, LOCALES, pickFrom } from './locales.ts';

const PREFIX = 'virtual:catalog/';
/** The classic script index.html runs first: it preloads the active language's start catalog. */
const PRELOAD_FILE = 'catalog-preload.js';

/** The preload script's source, given each language's start chunk URL. */
export function preloadScript(startChunks: Record<string, string>): string {
  return `// Preloads this device's start catalog and sets <html lang> before the app's code runs.
(() => {
  const chunks = ${JSON.stringify(startChunks)};
  let stored = null;
  try { stored = localStorage.getItem(${JSON.stringify(LOCALE_KEY)}); } catch {}
  const languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  const locale = (${pickFrom.toString()})(${JSON.stringify(LOCALES)}, languages, stored);
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.crossOrigin = '';
  link.href = chunks[locale];
  document.head.appendChild(link);
  document.documentElement.lang = locale;
})();
`;
}

/** The plugin; `dir` is the messages folder. */
export function catalogPlugin(dir = 'src/i18n/messages'): Plugin {
  const compile = () => {
    const read = readCatalogs(dir);
    const checked = checkCatalogs(read.catalogs);
    const errors = [...read.errors, ...checked.errors];
    if (errors.length > 0) throw new Error(`the message catalogs have errors:\n${errors.join('\n')}`);
    return checked.compiled;
  };
  let base = '/';
  return {
    name: 'roundtable-catalog',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.bundle) return undefined;
        return [{ tag: 'script', attrs: { src: `${base}${PRELOAD_FILE}` }, injectTo: 'head' }];
      },
    },
    generateBundle(_options, bundle) {
      const startChunks: Record<string, string> = {};
      for (const output of Object.values(bundle)) {
        const match = output.type === 'chunk' ? /^\0virtual:catalog\/(\w+)-start$/.exec(output.facadeModuleId ?? '') : null;
        if (match) startChunks[match[1]!] = `${base}${output.fileName}`;
      }
      if (Object.keys(startChunks).length > 0) this.emitFile({ type: 'asset', fileName: PRELOAD_FILE, source: preloadScript(startChunks) });
    },
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
