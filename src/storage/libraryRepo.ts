// Reads and writes the module library in IndexedDB: loading the bundled library when its
// content version changes, listing and opening modules, and adding a module a user wrote.

import type { Module, ModuleSummary } from '../core/module.ts';
import { summarise } from '../core/module.ts';
import type { SearchDoc } from '../core/search.ts';
import { checkModule, checkModuleSummary } from '../content/moduleRecord.ts';
import type { ModuleBody, RoundtableDb } from './db.ts';

/** Where the bundled library comes from: its version, and a way to load its file. */
export interface BundledLibrary {
  contentVersion: string;
  load: () => Promise<unknown>;
}

/** A stored record that could not be read. It is left as it is. */
export interface StoredProblem {
  /** What kind of record it is, for people ("Program"); absent for a module. */
  kind?: string;
  id: string;
  problem: string;
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
    throw new Error(`the bundled library file is not a format-1 library (format: ${JSON.stringify(raw.format)})`);
  }
  const incoming: Module[] = [];
  raw.modules.forEach((entry: unknown, i: number) => {
    const checked = checkModule(entry);
    if (checked.ok) incoming.push({ ...checked.value, source: 'bundled' });
    else problems.push({ id: `library entry ${i + 1}`, problem: checked.problem });
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
    else problems.push({ id: idOf(record), problem: checked.problem });
  }
  modules.sort((a, b) => a.title.localeCompare(b.title));
  return { modules, problems };
}

/** One whole module, or why it cannot be shown. */
export async function getModule(db: RoundtableDb, id: string): Promise<{ module: Module } | { missing: true } | { problem: string }> {
  const [summary, body] = await db.transaction('r', db.modules, db.moduleBodies, () => Promise.all([db.modules.get(id), db.moduleBodies.get(id)]));
  if (summary === undefined) return { missing: true };
  if (body === undefined) return { problem: 'its pages are missing from storage' };
  const checked = checkModule({ ...(body as object), ...(summary as object) });
  return checked.ok ? { module: checked.value } : { problem: checked.problem };
}

/** The text of every readable module, for the search index. */
export async function loadSearchDocs(db: RoundtableDb): Promise<SearchDoc[]> {
  const [summaries, bodies] = await db.transaction('r', db.modules, db.moduleBodies, () => Promise.all([db.modules.toArray(), db.moduleBodies.toArray()]));
  const byId = new Map<string, unknown>((bodies as unknown[]).map((body) => [idOf(body), body]));
  const docs: SearchDoc[] = [];
  for (const summary of summaries as unknown[]) {
    const checked = checkModule({ ...(byId.get(idOf(summary)) as object), ...(summary as object) });
    if (checked.ok) docs.push(checked.value);
  }
  return docs;
}

/** What adding a user's module did: added it, or replaced the user's own earlier copy of it. */
export type AddModuleResult = { ok: true; replaced: boolean } | { ok: false; problem: string };

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
      return { ok: false as const, problem: `a module with the id '${module.id}' is already in the library ("${String(existing.title)}"): give the new one another id` };
    }
    const storedVersion = typeof existing?.version === 'number' ? existing.version : undefined;
    if (existing && storedVersion !== undefined && storedVersion > module.version) {
      return { ok: false as const, problem: `version ${storedVersion} of '${module.id}' is already in the library and this file is version ${module.version}: raise the file's version to replace it` };
    }
    await db.modules.put(summarise(userModule));
    await db.moduleBodies.put(bodyOf(userModule));
    return { ok: true as const, replaced: existing !== undefined };
  });
}

/** Removes a module the user added. The bundled library's modules stay: a library update would bring them back. */
export async function removeUserModule(db: RoundtableDb, id: string): Promise<{ ok: true } | { ok: false; problem: string }> {
  return db.transaction('rw', db.modules, db.moduleBodies, async () => {
    const existing = (await db.modules.get(id)) as Partial<ModuleSummary> | undefined;
    if (!existing) return { ok: false as const, problem: `there is no module with the id '${id}' in the library` };
    if (existing.source !== 'user') return { ok: false as const, problem: `'${id}' is part of the bundled library, which is not removed module by module` };
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

function idOf(record: unknown): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : '(a record with no id)';
}
