// The library as the screens see it: the stored modules, the mindset filter, the search query
// and its results, and the first-run load of the bundled library.

import { batch, computed, signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import type { Mindset, Module, ModuleSummary } from '../core/module.ts';
import type { SearchHit, SearchIndex } from '../core/search.ts';
import { createSearchIndex, searchIndex } from '../core/search.ts';
import type { RoundtableDb } from '../storage/db.ts';
import type { BundledLibrary, StoredProblem } from '../storage/libraryRepo.ts';
import { addUserModule, getModule, listModules, loadSearchDocs, syncBundledLibrary } from '../storage/libraryRepo.ts';

/** What the library state needs from outside. */
export interface LibraryDeps {
  db: RoundtableDb;
  bundled: BundledLibrary;
  /** Runs work when the device is idle. */
  whenIdle: (task: () => void) => void;
}

/** The library state: signals to read, actions to call. */
export type LibraryState = ReturnType<typeof createLibraryState>;

/** Creates the library state. Call `start()` once to load. */
export function createLibraryState({ db, bundled, whenIdle }: LibraryDeps) {
  const modules = signal<ModuleSummary[] | undefined>(undefined);
  const problems = signal<StoredProblem[]>([]);
  const setupError = signal<string | undefined>(undefined);
  const query = signal('');
  const mindset = signal<Mindset | undefined>(undefined);
  const index = signal<SearchIndex | undefined>(undefined);
  let indexing: Promise<void> | undefined;
  let generation = 0;

  const filtered = computed(() => {
    const all = modules.value ?? [];
    return mindset.value ? all.filter((module) => module.mindset === mindset.value) : all;
  });

  const hits = computed<SearchHit[] | undefined>(() => {
    const text = query.value.trim();
    if (!text || !index.value) return undefined;
    const byId = new Map((modules.value ?? []).map((module) => [module.id, module]));
    return searchIndex(index.value, text, 200).filter((hit) => {
      const module = byId.get(hit.id);
      return module !== undefined && (!mindset.value || module.mindset === mindset.value);
    });
  });

  function buildIndex(): Promise<void> {
    if (index.value) return Promise.resolve();
    const mine = generation;
    indexing ??= loadSearchDocs(db).then((docs) => {
      if (mine === generation) index.value = createSearchIndex(docs);
      indexing = undefined;
    });
    return indexing;
  }

  function watch(): void {
    liveQuery(() => listModules(db)).subscribe({
      next: (result) => {
        batch(() => {
          generation++;
          index.value = undefined;
          modules.value = result.modules;
          problems.value = result.problems;
        });
        if (query.value.trim()) void buildIndex();
        else whenIdle(() => void buildIndex());
      },
      error: (error: unknown) => {
        setupError.value = `The library could not be read from this device's storage: ${describe(error)}`;
      },
    });
  }

  return {
    modules,
    problems,
    setupError,
    query,
    mindset,
    filtered,
    hits,
    /** Loads what is stored, then brings in the bundled library if it changed. */
    async start(): Promise<void> {
      watch();
      try {
        const update = await syncBundledLibrary(db, bundled);
        if (update.problems.length > 0) problems.value = [...problems.value, ...update.problems];
      } catch (error) {
        setupError.value = `The bundled library could not be loaded, so the library shows only what was stored before: ${describe(error)}`;
      }
    },
    setQuery(text: string): void {
      query.value = text;
      if (text.trim()) void buildIndex();
    },
    setMindset(next: Mindset | undefined): void {
      mindset.value = next;
    },
    /** Reads one whole module. */
    openModule(id: string) {
      return getModule(db, id);
    },
    /** Adds a module a user wrote; the promise says why if it could not be added. */
    addModule(module: Module) {
      return addUserModule(db, module);
    },
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
