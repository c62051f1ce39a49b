// Reads and writes the module library in IndexedDB: loading the bundled library when its
// content version changes, listing and opening modules, and adding a module a user wrote.

import type { Module, ModuleSummary } from '../core/module.ts';
import { summarise } from '../core/module.ts';
import type { SearchDoc } from '../core/search.ts';
import type { FieldProblem } from '../core/storedRecord.ts';
import { checkModule, checkModuleSummary } from '../content/moduleRecord.ts';
import type { ModuleBody, RoundtableDb } from './db.ts';

/** Where the bundled library comes from: its version, and a way to load its file. */
export interface BundledLibrary {
  contentVersion: string;
  load: () => Promise<unknown>;
}

/** The kinds of record other than modules that the library and the programs read. */
export type StoredKind = 'program' | 'person' | 'group' | 'grouping';

/** A stored record that could not be read. It is left as it is. */
export interface StoredProblem {
  /** What kind of record it is; absent for a module. */
  kind?: StoredKind;
  /** The record's id; absent when it has none. */
  id?: string;
  /** Its place in the bundled library file, from 1, for an entry of that file. */
  entry?: number;
  /** What is wrong with it, field by field. */
  problem: FieldProblem[];
}

/** The bundled library file is not a library this app reads. The message is for developers; `format` is what the file says. */
export class BundleFormatError extends Error {
  override name = 'BundleFormatError';
  constructor(readonly format: string) {
    super(`the bundled library file is not a format-1 library (format: ${format})`);
  }
}

/** The bundled library file could not be fetched: its address answered with an HTTP error status. */
export class BundleFetchError extends Error {
  override name = 'BundleFetchError';
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`${url} answered ${status}`);
  }
}

/** What loading the bundled library did. */
export interface LibraryUpdate {
  updated: boolean;
  added: number;
  removed: number;
  problems: StoredProblem[];
}

const CONTENT_VERSION = 'contentVersion';

function bodyOf(module: Module): ModuleBody {
  return { id: module.id, format: module.format, intro: module.intro, pages: module.pages };
}

/**
 * Loads the bundled library into the database when its content version differs from the stored
 * one. Modules a user added, and stored records that are not plainly bundled ones, are never
 * touched; bundled modules that left the library are removed.
 */
export async function syncBundledLibrary(db: RoundtableDb, bundled: BundledLibrary): Promise<LibraryUpdate> {
  const stored = await db.meta.get(CONTENT_VERSION);
  if (stored?.value === bundled.contentVersion) return { updated: false, added: 0, removed: 0, problems: [] };

  const file = await bundled.load();
  const problems: StoredProblem[] = [];
  const raw = typeof file === 'object' && file !== null ? (file as { format?: unknown; modules?: unknown }) : {};
  if (raw.format !== 1 || !Array.isArray(raw.modules)) {
    throw new BundleFormatError(String(JSON.stringify(raw.format)));
  }
  const incoming: Module[] = [];
  raw.modules.forEach((entry: unknown, i: number) => {
    const checked = checkModule(entry);
    if (checked.ok) incoming.push({ ...checked.value, source: 'bundled' });
    else problems.push({ entry: i + 1, problem: [checked.problem] });
  });

  let added = 0;
  let removed = 0;
  await db.transaction('rw', db.modules, db.moduleBodies, db.meta, async () => {
    const existing = (await db.modules.toArray()) as unknown[];
    const kept = new Set<string>();
    const oldBundled: string[] = [];
    for (const record of existing) {
      const { id, source } = (record ?? {}) as { id?: unknown; source?: unknown };
      if (typeof id !== 'string') continue;
      if (source === 'bundled') oldBundled.push(id);
      else kept.add(id);
    }
    const fresh = incoming.filter((module) => !kept.has(module.id));
    const freshIds = new Set(fresh.map((module) => module.id));
    const gone = oldBundled.filter((id) => !freshIds.has(id));
    await db.modules.bulkDelete(gone);
    await db.moduleBodies.bulkDelete(gone);
    await db.modules.bulkPut(fresh.map(summarise));
    await db.moduleBodies.bulkPut(fresh.map(bodyOf));
    await db.meta.put({ key: CONTENT_VERSION, value: bundled.contentVersion });
    added = fresh.filter((module) => !oldBundled.includes(module.id)).length;
    removed = gone.length;
  });
  return { updated: true, added, removed, problems };
}

/** Every readable module summary, plus the records that could not be read. */
export async function listModules(db: RoundtableDb): Promise<{ modules: ModuleSummary[]; problems: StoredProblem[] }> {
  const records = (await db.modules.toArray()) as unknown[];
  const modules: ModuleSummary[] = [];
  const problems: StoredProblem[] = [];
  for (const record of records) {
    const checked = checkModuleSummary(record);
    if (checked.ok) modules.push(checked.value);
    else problems.push({ id: idOf(record), problem: [checked.problem] });
  }
  modules.sort((a, b) => a.title.localeCompare(b.title));
  return { modules, problems };
}

/** One whole module, or why it cannot be shown (a stored summary whose pages are gone: `pages` is missing). */
export async function getModule(db: RoundtableDb, id: string): Promise<{ module: Module } | { missing: true } | { problem: FieldProblem }> {
  const [summary, body] = await db.transaction('r', db.modules, db.moduleBodies, () => Promise.all([db.modules.get(id), db.moduleBodies.get(id)]));
  if (summary === undefined) return { missing: true };
  if (body === undefined) return { problem: { field: 'pages', problem: { code: 'missing' } } };
  const checked = checkModule({ ...(body as object), ...(summary as object) });
  return checked.ok ? { module: checked.value } : { problem: checked.problem };
}

/** The text of every readable module, for the search index. */
export async function loadSearchDocs(db: RoundtableDb): Promise<SearchDoc[]> {
  const [summaries, bodies] = await db.transaction('r', db.modules, db.moduleBodies, () => Promise.all([db.modules.toArray(), db.moduleBodies.toArray()]));
  const byId = new Map<string | undefined, unknown>((bodies as unknown[]).map((body) => [idOf(body), body]));
  const docs: SearchDoc[] = [];
  for (const summary of summaries as unknown[]) {
    const checked = checkModule({ ...(byId.get(idOf(summary)) as object), ...(summary as object) });
    if (checked.ok) docs.push(checked.value);
  }
  return docs;
}

/**
 * Why a user's module was not added or removed, as a code with what its words need (the
 * screens word it).
 */
export type ModuleRefusal =
  | { code: 'idTaken'; id: string; title: string }
  | { code: 'newerStored'; id: string; stored: number; version: number }
  | { code: 'notStored'; id: string }
  | { code: 'bundled'; id: string };

/** A refused change to the user's modules. */
export interface RefusedModuleChange {
  ok: false;
  refusal: ModuleRefusal;
}

/** What adding a user's module did: added it, or replaced the user's own earlier copy of it. */
export type AddModuleResult = { ok: true; replaced: boolean } | RefusedModuleChange;

/**
 * Adds a module a user wrote. A module the user added before, under the same id, is replaced
 * by this one unless this one is an older version (an author adds the file again as they
 * revise it); any other module already stored keeps its id.
 */
export async function addUserModule(db: RoundtableDb, module: Module): Promise<AddModuleResult> {
  const userModule: Module = { ...module, source: 'user' };
  return db.transaction('rw', db.modules, db.moduleBodies, async () => {
    const existing = (await db.modules.get(module.id)) as Partial<ModuleSummary> | undefined;
    if (existing && existing.source !== 'user') {
      const title = String(existing.title);
      return refused({ code: 'idTaken', id: module.id, title });
    }
    const storedVersion = typeof existing?.version === 'number' ? existing.version : undefined;
    if (existing && storedVersion !== undefined && storedVersion > module.version) {
      return refused({ code: 'newerStored', id: module.id, stored: storedVersion, version: module.version });
    }
    await db.modules.put(summarise(userModule));
    await db.moduleBodies.put(bodyOf(userModule));
    return { ok: true as const, replaced: existing !== undefined };
  });
}

/** Removes a module the user added. The bundled library's modules stay: a library update would bring them back. */
export async function removeUserModule(db: RoundtableDb, id: string): Promise<{ ok: true } | RefusedModuleChange> {
  return db.transaction('rw', db.modules, db.moduleBodies, async () => {
    const existing = (await db.modules.get(id)) as Partial<ModuleSummary> | undefined;
    if (!existing) return refused({ code: 'notStored', id });
    if (existing.source !== 'user') return refused({ code: 'bundled', id });
    await db.modules.delete(id);
    await db.moduleBodies.delete(id);
    return { ok: true as const };
  });
}

/** The content version of the library stored on this device, if any. */
export async function storedContentVersion(db: RoundtableDb): Promise<string | undefined> {
  const entry = await db.meta.get(CONTENT_VERSION);
  return typeof entry?.value === 'string' && entry.value.length <= 100 ? entry.value : undefined;
}

function refused(refusal: ModuleRefusal): RefusedModuleChange {
  return { ok: false, refusal };
}

function idOf(record: unknown): string | undefined {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}
