// The library as the screens see it: the stored modules, a program's curated modules first, the
// mindset filter, the search query and its results, and the first-run load of the bundled library.

import { batch, computed, signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import type { Mindset, Module, ModuleSummary } from '../core/module.ts';
import { languageCounts, languageFirst, primaryLanguage } from '../core/moduleLanguage.ts';
import type { CuratedProgram, LibraryProgram } from '../core/programShelf.ts';
import { libraryProgram, splitByProgram } from '../core/programShelf.ts';
import type * as SearchCode from '../core/search.ts';
import type { SearchIndex, SearchResult } from '../core/search.ts';
import type { RoundtableDb } from '../storage/db.ts';
import type { BundledLibrary, StoredProblem } from '../storage/libraryRepo.ts';
import { BundleFetchError, BundleFormatError, addUserModule, getModule, listModules, loadSearchDocs, removeUserModule, syncBundledLibrary } from '../storage/libraryRepo.ts';
import { chooseLibraryProgram, libraryProgramChoice, listCuratedPrograms } from '../storage/programShelfRepo.ts';

/** How many search results are shown at once; the rest are counted. */
export const RESULT_LIMIT = 10;

/** What the library state needs from outside. */
export interface LibraryDeps {
  db: RoundtableDb;
  bundled: BundledLibrary;
  /** Runs work when the device is idle. */
  whenIdle: (task: () => void) => void;
  /** The interface language, whose modules come first (read inside computeds, so a signal-backed one reorders live). */
  interfaceLanguage?: () => string;
}

/** A program's curated modules, shown before the mindset groups. */
export interface ProgramShelf extends LibraryProgram {
  /** The program's modules that pass the mindset filter, in the program's order. */
  modules: ModuleSummary[];
}

/**
 * Why the library could not be set up, for the screen to word: its storage could not be read
 * (`unreadable`), or the bundled library could not be loaded (`bundleFailed`). `format` is what a
 * bundled file that is no library says of its format, `status` the HTTP status its address
 * `url` answered; otherwise `error`, the error's own text, is all there is to tell.
 */
export type LibrarySetupError = { code: 'unreadable'; error: string } | { code: 'bundleFailed'; error: string; format?: string; url?: string; status?: number };

/** The library state: signals to read, actions to call. */
export type LibraryState = ReturnType<typeof createLibraryState>;

/** Creates the library state. Call `start()` once to load. */
export function createLibraryState({ db, bundled, whenIdle, interfaceLanguage = () => 'en' }: LibraryDeps) {
  const modules = signal<ModuleSummary[] | undefined>(undefined);
  // Problems with stored records come from the watcher; problems with the bundled file from
  // the load. Kept apart so that neither wipes the other.
  const storedProblems = signal<StoredProblem[]>([]);
  const bundleProblems = signal<StoredProblem[]>([]);
  const programProblems = signal<StoredProblem[]>([]);
  const problems = computed(() => [...bundleProblems.value, ...storedProblems.value, ...programProblems.value]);
  const setupError = signal<LibrarySetupError | undefined>(undefined);
  /** True once the bundled library has been loaded into storage, or failed to. */
  const ready = signal(false);
  const query = signal('');
  const mindset = signal<Mindset | undefined>(undefined);
  // One language's modules only, or (undefined) every language, the interface language's first.
  const language = signal<string | undefined>(undefined);
  const index = signal<SearchIndex | undefined>(undefined);
  const resultLimit = signal(RESULT_LIMIT);
  let indexing: Promise<void> | undefined;
  // The search code, loaded when the person first goes to search: the start screen does not carry it.
  let search: typeof SearchCode | undefined;
  // Set once the person goes to search; from then on the index is kept ready as the library changes.
  let searchWanted = false;
  let indexingGeneration = -1;
  // Bumped whenever the stored library changes, so that an index of older content is dropped.
  let generation = 0;

  const filtered = computed(() => {
    const all = languageFirst(modules.value ?? [], interfaceLanguage());
    const chosen = language.value;
    return all.filter((module) => (!mindset.value || module.mindset === mindset.value) && (!chosen || primaryLanguage(module.lang) === chosen));
  });

  const programs = signal<CuratedProgram[]>([]);
  const chosenProgramId = signal<string | undefined>(undefined);
  const current = computed(() => libraryProgram(programs.value, chosenProgramId.value, modules.value ?? []));
  /** The chosen program's modules first; `rest` is every other module that passes the filter. */
  const shelves = computed<{ program: ProgramShelf | undefined; rest: ModuleSummary[] }>(() => {
    const chosen = current.value;
    if (!chosen) return { program: undefined, rest: filtered.value };
    const split = splitByProgram(filtered.value, chosen.program.moduleIds);
    return { program: { ...chosen, modules: split.chosen }, rest: split.rest };
  });

  const hits = computed<SearchResult | undefined>(() => {
    const text = query.value.trim();
    if (!text || !index.value) return undefined;
    const only = mindset.value || language.value ? new Set(filtered.value.map((module) => module.id)) : undefined;
    return search!.searchLibrary(index.value, text, resultLimit.value, only);
  });

  function buildIndex(): Promise<void> {
    if (index.value) return Promise.resolve();
    if (indexing && indexingGeneration === generation) return indexing;
    const mine = generation;
    indexingGeneration = mine;
    indexing = Promise.all([import('../core/search.ts'), loadSearchDocs(db)])
      .then(([code, docs]) => {
        search = code;
        // A change came in meanwhile; the build started for it wins.
        if (mine === generation) index.value = code.createSearchIndex(docs);
      })
      .finally(() => {
        if (indexingGeneration === mine) indexing = undefined;
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
          storedProblems.value = result.problems;
        });
        if (query.value.trim()) void buildIndex();
        else if (searchWanted) whenIdle(() => void buildIndex());
      },
      error: (error: unknown) => {
        setupError.value = { code: 'unreadable', error: describe(error) };
      },
    });
    // A program that cannot be read only means no program shelf; the library itself goes on.
    liveQuery(async () => ({ list: await listCuratedPrograms(db), chosen: await libraryProgramChoice(db) })).subscribe({
      next: ({ list, chosen }) => {
        batch(() => {
          programs.value = list.programs;
          programProblems.value = list.problems;
          chosenProgramId.value = chosen;
        });
      },
      error: () => {
        programs.value = [];
      },
    });
  }

  return {
    modules,
    problems,
    setupError,
    ready,
    query,
    mindset,
    language,
    /** The library's languages with their module counts, for the language filter. */
    languages: computed(() => languageCounts(modules.value ?? [])),
    filtered,
    shelves,
    hits,
    /** Loads what is stored, then brings in the bundled library if it changed. */
    async start(): Promise<void> {
      watch();
      try {
        const update = await syncBundledLibrary(db, bundled);
        bundleProblems.value = update.problems;
      } catch (error) {
        setupError.value = { code: 'bundleFailed', error: describe(error), ...(error instanceof BundleFormatError && { format: error.format }), ...(error instanceof BundleFetchError && { url: error.url, status: error.status }) };
      } finally {
        ready.value = true;
      }
    },
    /** The person is about to search (the search box has focus): the search code and index get ready. */
    prepareSearch(): void {
      searchWanted = true;
      void buildIndex();
    },
    setQuery(text: string): void {
      batch(() => {
        query.value = text;
        resultLimit.value = RESULT_LIMIT;
      });
      if (text.trim()) {
        searchWanted = true;
        void buildIndex();
      }
    },
    /** Shows more of the current search's results. */
    showMoreResults(): void {
      resultLimit.value += RESULT_LIMIT;
    },
    setLanguage(next: string | undefined): void {
      language.value = next;
    },
    setMindset(next: Mindset | undefined): void {
      mindset.value = next;
    },
    /** Lists this program's modules first, now and on this device's later visits. */
    async chooseProgram(programId: string): Promise<void> {
      chosenProgramId.value = programId;
      await chooseLibraryProgram(db, programId);
    },
    /** Reads one whole module. */
    openModule(id: string) {
      return getModule(db, id);
    },
    /** Adds a module a user wrote; the promise says why if it could not be added. */
    addModule(module: Module) {
      return addUserModule(db, module);
    },
    /** Removes a module the user added; the promise says why if it could not be removed. */
    removeModule(id: string) {
      return removeUserModule(db, id);
    },
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
