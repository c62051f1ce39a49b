import { afterEach, describe, expect, it } from 'vitest';
import type { Mindset, Module } from '../core/module.ts';
import { MINDSETS } from '../core/module.ts';
import type { RoundtableDb } from './db.ts';
import { createDb } from './db.ts';
import type { BundledLibrary } from './libraryRepo.ts';
import { addUserModule, getModule, listModules, loadSearchDocs, removeUserModule, storedContentVersion, syncBundledLibrary } from './libraryRepo.ts';

let dbCount = 0;
const opened: RoundtableDb[] = [];

function freshDb(): RoundtableDb {
  dbCount += 1;
  const db = createDb(`library-repo-test-${dbCount}-${Date.now()}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function makeModule(id: string, options: { title?: string; mindset?: Mindset; pages?: number; source?: Module['source']; summary?: string } = {}): Module {
  const count = options.pages ?? 2;
  return {
    id,
    title: options.title ?? `Title of ${id}`,
    mindset: options.mindset ?? 'reflection',
    summary: options.summary ?? `Summary of ${id}.`,
    author: 'Test Author',
    minutes: 30,
    version: 1,
    tags: ['test'],
    pageCount: count,
    source: options.source ?? 'bundled',
    format: 1,
    intro: [{ kind: 'paragraph', text: `Intro of ${id}.` }],
    pages: Array.from({ length: count }, (_, i) => ({
      title: `Page ${i + 1} of ${id}`,
      blocks: [{ kind: 'paragraph' as const, text: `Text ${i + 1} of ${id}.` }],
      prompt: { kind: 'question' as const, text: `Question ${i + 1} of ${id}?` },
    })),
  };
}

/** A bundled library that counts how often its file is loaded. */
function bundle(contentVersion: string, modules: unknown[]): BundledLibrary & { loads: number } {
  const library = {
    contentVersion,
    loads: 0,
    load: async () => {
      library.loads += 1;
      return { format: 1, contentVersion, modules };
    },
  };
  return library;
}

async function ids(db: RoundtableDb): Promise<{ modules: string[]; bodies: string[] }> {
  const modules = (await db.modules.toCollection().primaryKeys()).map(String).sort();
  const bodies = (await db.moduleBodies.toCollection().primaryKeys()).map(String).sort();
  return { modules, bodies };
}

describe('syncBundledLibrary', () => {
  it('loads every module on first run: summaries, pages and the content version', async () => {
    const db = freshDb();
    const library = bundle('v1', [makeModule('alpha-one', { pages: 3 }), makeModule('beta-two', { mindset: 'analysis' })]);
    const update = await syncBundledLibrary(db, library);
    expect(update).toEqual({ updated: true, added: 2, removed: 0, problems: [] });
    expect(library.loads).toBe(1);
    expect(await ids(db)).toEqual({ modules: ['alpha-one', 'beta-two'], bodies: ['alpha-one', 'beta-two'] });

    expect(await db.modules.get('alpha-one')).toEqual({
      id: 'alpha-one',
      title: 'Title of alpha-one',
      mindset: 'reflection',
      summary: 'Summary of alpha-one.',
      author: 'Test Author',
      minutes: 30,
      version: 1,
      tags: ['test'],
      pageCount: 3,
      source: 'bundled',
    });
    const body = await db.moduleBodies.get('alpha-one');
    expect(body?.format).toBe(1);
    expect(body?.intro).toEqual([{ kind: 'paragraph', text: 'Intro of alpha-one.' }]);
    expect(body?.pages.map((page) => page.title)).toEqual(['Page 1 of alpha-one', 'Page 2 of alpha-one', 'Page 3 of alpha-one']);
    expect((await db.meta.get('contentVersion'))?.value).toBe('v1');
    expect(await storedContentVersion(db)).toBe('v1');
  });

  it('does not load the file again for the same content version', async () => {
    const db = freshDb();
    const library = bundle('v1', [makeModule('alpha-one')]);
    await syncBundledLibrary(db, library);
    expect(library.loads).toBe(1);
    const again = await syncBundledLibrary(db, library);
    expect(again).toEqual({ updated: false, added: 0, removed: 0, problems: [] });
    expect(library.loads).toBe(1);
    // A second library object with the same version is not loaded either.
    const sameVersion = bundle('v1', [makeModule('other-one')]);
    await syncBundledLibrary(db, sameVersion);
    expect(sameVersion.loads).toBe(0);
    expect(await ids(db)).toEqual({ modules: ['alpha-one'], bodies: ['alpha-one'] });
  });

  it('on a new version adds, updates and removes bundled modules, but never touches user or non-bundled records', async () => {
    const db = freshDb();
    await syncBundledLibrary(db, bundle('v1', [makeModule('alpha-one'), makeModule('beta-two'), makeModule('gamma-three')]));

    const mine = makeModule('user-one', { title: 'My own module', source: 'bundled' });
    expect(await addUserModule(db, mine)).toEqual({ ok: true, replaced: false });
    const odd = { id: 'odd-one', title: 'Imported elsewhere', source: 'imported', whatever: true };
    await db.modules.put(odd as never);

    const v2 = bundle('v2', [
      makeModule('alpha-one', { title: 'Alpha, revised', pages: 4 }),
      makeModule('beta-two'),
      makeModule('delta-four', { mindset: 'action' }),
      makeModule('user-one', { title: 'Bundled module with a user id' }),
      makeModule('odd-one', { title: 'Bundled module with an odd id' }),
    ]);
    const update = await syncBundledLibrary(db, v2);
    expect(update).toEqual({ updated: true, added: 1, removed: 1, problems: [] });

    expect(await ids(db)).toEqual({
      modules: ['alpha-one', 'beta-two', 'delta-four', 'odd-one', 'user-one'],
      bodies: ['alpha-one', 'beta-two', 'delta-four', 'user-one'],
    });
    expect((await db.modules.get('alpha-one'))?.title).toBe('Alpha, revised');
    expect((await db.modules.get('alpha-one'))?.pageCount).toBe(4);
    expect((await db.moduleBodies.get('alpha-one'))?.pages).toHaveLength(4);
    expect((await db.modules.get('delta-four'))?.mindset).toBe('action');

    // The user's module is exactly as added.
    expect(await db.modules.get('user-one')).toMatchObject({ title: 'My own module', source: 'user' });
    expect((await db.moduleBodies.get('user-one'))?.pages[0]?.title).toBe('Page 1 of user-one');
    // The record that is not plainly bundled is untouched, extra fields and all.
    expect(await db.modules.get('odd-one')).toEqual(odd);
    expect(await db.moduleBodies.get('odd-one')).toBeUndefined();
    expect(await storedContentVersion(db)).toBe('v2');
  });

  it('removes a bundled module that left the library along with its pages', async () => {
    const db = freshDb();
    await syncBundledLibrary(db, bundle('v1', [makeModule('alpha-one'), makeModule('beta-two')]));
    const update = await syncBundledLibrary(db, bundle('v2', []));
    expect(update).toEqual({ updated: true, added: 0, removed: 2, problems: [] });
    expect(await ids(db)).toEqual({ modules: [], bodies: [] });
  });

  it('throws on a library file of the wrong format and changes nothing', async () => {
    const db = freshDb();
    await syncBundledLibrary(db, bundle('v1', [makeModule('alpha-one')]));
    const before = await ids(db);

    const wrongFormat: BundledLibrary = { contentVersion: 'v2', load: async () => ({ format: 2, contentVersion: 'v2', modules: [makeModule('beta-two')] }) };
    await expect(syncBundledLibrary(db, wrongFormat)).rejects.toThrow('the bundled library file is not a format-1 library (format: 2)');
    const noList: BundledLibrary = { contentVersion: 'v2', load: async () => ({ format: 1, modules: 'none' }) };
    await expect(syncBundledLibrary(db, noList)).rejects.toThrow('not a format-1 library');
    const notAnObject: BundledLibrary = { contentVersion: 'v2', load: async () => '<html>oops</html>' };
    await expect(syncBundledLibrary(db, notAnObject)).rejects.toThrow('not a format-1 library (format: undefined)');

    expect(await ids(db)).toEqual(before);
    expect(await storedContentVersion(db)).toBe('v1');
  });

  it('throws on a bad file on first run and stores nothing, not even the version', async () => {
    const db = freshDb();
    await expect(syncBundledLibrary(db, { contentVersion: 'v1', load: async () => null })).rejects.toThrow('not a format-1 library');
    expect(await ids(db)).toEqual({ modules: [], bodies: [] });
    expect(await storedContentVersion(db)).toBeUndefined();
  });

  it('reports a bad entry in the file and loads the others', async () => {
    const db = freshDb();
    const bad = { ...makeModule('bad-one'), mindset: 'nonsense' };
    const noPages = { ...makeModule('empty-one'), pages: [] };
    const update = await syncBundledLibrary(db, bundle('v1', [makeModule('alpha-one'), bad, makeModule('beta-two'), noPages]));
    expect(update.updated).toBe(true);
    expect(update.added).toBe(2);
    expect(update.problems).toEqual([
      { entry: 2, problem: [{ field: 'mindset', problem: { code: 'notOneOf', values: MINDSETS } }] },
      { entry: 4, problem: [{ field: 'pages', problem: { code: 'emptyList' } }] },
    ]);
    expect(await ids(db)).toEqual({ modules: ['alpha-one', 'beta-two'], bodies: ['alpha-one', 'beta-two'] });
  });
});

describe('listModules', () => {
  it('lists readable modules sorted by title', async () => {
    const db = freshDb();
    await syncBundledLibrary(db, bundle('v1', [makeModule('zulu-one', { title: 'Zulu' }), makeModule('alpha-one', { title: 'Alpha' }), makeModule('mike-one', { title: 'Mike' })]));
    const { modules, problems } = await listModules(db);
    expect(modules.map((module) => module.title)).toEqual(['Alpha', 'Mike', 'Zulu']);
    expect(problems).toEqual([]);
  });

  it('reports corrupt hand-edited records by id and field, lists the rest, and leaves the records in place', async () => {
    const db = freshDb();
    await syncBundledLibrary(db, bundle('v1', [makeModule('alpha-one'), makeModule('beta-two')]));
    const badMindset = { ...makeModule('bad-mindset'), mindset: 'nonsense' };
    const badTitle = { ...makeModule('bad-title'), title: 42 };
    const badTag = { ...makeModule('bad-tag'), tags: ['ok', 7] };
    await db.modules.put(badMindset as never);
    await db.modules.put(badTitle as never);
    await db.modules.put(badTag as never);

    const { modules, problems } = await listModules(db);
    expect(modules.map((module) => module.id)).toEqual(['alpha-one', 'beta-two']);
    expect([...problems].sort((a, b) => String(a.id).localeCompare(String(b.id)))).toEqual([
      { id: 'bad-mindset', problem: [{ field: 'mindset', problem: { code: 'notOneOf', values: MINDSETS } }] },
      { id: 'bad-tag', problem: [{ field: 'tags[1]', problem: { code: 'notText' } }] },
      { id: 'bad-title', problem: [{ field: 'title', problem: { code: 'notText' } }] },
    ]);

    expect(await db.modules.get('bad-mindset')).toEqual(badMindset);
    expect(await db.modules.get('bad-title')).toEqual(badTitle);
    expect(await db.modules.count()).toBe(5);
  });
});

describe('getModule', () => {
  it('says when a module is missing', async () => {
    const db = freshDb();
    expect(await getModule(db, 'no-such-module')).toEqual({ missing: true });
  });

  it('gives back a whole stored module', async () => {
    const db = freshDb();
    const module = makeModule('alpha-one', { pages: 3, mindset: 'worldliness' });
    await syncBundledLibrary(db, bundle('v1', [module]));
    expect(await getModule(db, 'alpha-one')).toEqual({ module });
  });

  it('reports a module whose pages are missing', async () => {
    const db = freshDb();
    await syncBundledLibrary(db, bundle('v1', [makeModule('alpha-one')]));
    await db.moduleBodies.delete('alpha-one');
    expect(await getModule(db, 'alpha-one')).toEqual({ problem: { field: 'pages', problem: { code: 'missing' } } });
  });

  it('reports a damaged body, naming the field', async () => {
    const db = freshDb();
    await syncBundledLibrary(db, bundle('v1', [makeModule('alpha-one'), makeModule('beta-two')]));
    await db.moduleBodies.put({ id: 'alpha-one', format: 1, intro: [], pages: [{ title: 'Only page', blocks: [] }] } as never);
    expect(await getModule(db, 'alpha-one')).toEqual({ problem: { field: 'pages[0].prompt', problem: { code: 'notRecord' } } });
    await db.moduleBodies.put({ id: 'beta-two', format: 1, intro: [], pages: 'lots' } as never);
    expect(await getModule(db, 'beta-two')).toEqual({ problem: { field: 'pages', problem: { code: 'notList' } } });
  });

  it('reports a damaged summary', async () => {
    const db = freshDb();
    await syncBundledLibrary(db, bundle('v1', [makeModule('alpha-one')]));
    const summary = await db.modules.get('alpha-one');
    await db.modules.put({ ...summary, minutes: 0 } as never);
    expect(await getModule(db, 'alpha-one')).toEqual({ problem: { field: 'minutes', problem: { code: 'notWhole', min: 1, max: 240 } } });
  });
});

describe('addUserModule', () => {
  it('adds a module as the user’s own', async () => {
    const db = freshDb();
    const module = makeModule('my-module', { title: 'Mine', pages: 2 });
    expect(await addUserModule(db, module)).toEqual({ ok: true, replaced: false });
    expect(await getModule(db, 'my-module')).toEqual({ module: { ...module, source: 'user' } });
    expect((await listModules(db)).modules.map((summary) => [summary.id, summary.source])).toEqual([['my-module', 'user']]);
  });

  it('refuses an id already in the library, naming the id, and changes nothing', async () => {
    const db = freshDb();
    await syncBundledLibrary(db, bundle('v1', [makeModule('alpha-one', { title: 'The original' })]));
    const result = await addUserModule(db, makeModule('alpha-one', { title: 'An impostor', pages: 5 }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.refusal).toEqual({ code: 'idTaken', id: 'alpha-one', title: 'The original' });
    expect((await db.modules.get('alpha-one'))?.title).toBe('The original');
    expect((await db.moduleBodies.get('alpha-one'))?.pages).toHaveLength(2);

  });

  it('replaces the user’s own module when its file is added again, unless the file is an older version', async () => {
    const db = freshDb();
    expect(await addUserModule(db, makeModule('mine-one', { pages: 2 }))).toEqual({ ok: true, replaced: false });
    const revised = { ...makeModule('mine-one', { title: 'Mine, revised', pages: 3 }), version: 2 };
    expect(await addUserModule(db, revised)).toEqual({ ok: true, replaced: true });
    expect(await getModule(db, 'mine-one')).toEqual({ module: { ...revised, source: 'user' } });
    // The same version again: the author fixed a line without raising it.
    const fixed = { ...revised, title: 'Mine, fixed' };
    expect(await addUserModule(db, fixed)).toEqual({ ok: true, replaced: true });
    expect((await db.modules.get('mine-one'))?.title).toBe('Mine, fixed');

    const older = await addUserModule(db, makeModule('mine-one', { title: 'An old copy' }));
    expect(older).toEqual({ ok: false, refusal: { code: 'newerStored', id: 'mine-one', stored: 2, version: 1 } });
    expect((await db.modules.get('mine-one'))?.title).toBe('Mine, fixed');
    expect((await listModules(db)).modules.map((m) => m.id)).toEqual(['mine-one']);
  });
});

describe('removeUserModule', () => {
  it('removes a module the user added, and never one of the bundled library', async () => {
    const db = freshDb();
    await syncBundledLibrary(db, bundle('v1', [makeModule('alpha-one')]));
    await addUserModule(db, makeModule('mine-one'));
    expect(await removeUserModule(db, 'mine-one')).toEqual({ ok: true });
    expect(await getModule(db, 'mine-one')).toEqual({ missing: true });
    expect(await db.moduleBodies.get('mine-one')).toBeUndefined();

    expect(await removeUserModule(db, 'alpha-one')).toEqual({ ok: false, refusal: { code: 'bundled', id: 'alpha-one' } });
    expect(await removeUserModule(db, 'mine-one')).toEqual({ ok: false, refusal: { code: 'notStored', id: 'mine-one' } });
    expect((await listModules(db)).modules.map((m) => m.id)).toEqual(['alpha-one']);
  });
});

describe('loadSearchDocs', () => {
  it('gives the text of every readable module and skips damaged ones', async () => {
    const db = freshDb();
    await syncBundledLibrary(db, bundle('v1', [makeModule('alpha-one'), makeModule('beta-two')]));
    await db.moduleBodies.put({ id: 'beta-two', format: 1, intro: [], pages: [] } as never);
    const docs = await loadSearchDocs(db);
    expect(docs.map((doc) => doc.id)).toEqual(['alpha-one']);
    expect(docs[0]?.pages[1]?.prompt.text).toBe('Question 2 of alpha-one?');
  });
});
