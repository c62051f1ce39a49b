import { fireEvent, render, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { activate, currentLocale } from '../../i18n/i18n.ts';
import { App } from '../../app/App.tsx';
import type { AppServices } from '../../app/context.ts';
import { createRouter } from '../../app/router.ts';
import type { Mindset, Module } from '../../core/module.ts';
import { createDeviceState } from '../../state/deviceState.ts';
import { createLibraryState } from '../../state/libraryState.ts';
import type { RoundtableDb } from '../../storage/db.ts';
import { createDb } from '../../storage/db.ts';
import { BundleFetchError, syncBundledLibrary } from '../../storage/libraryRepo.ts';

const XSS = '<img src=x onerror=alert(1)>';

function makeModule(id: string, title: string, mindset: Mindset, summary: string, pages = 2): Module {
  return {
    id,
    title,
    mindset,
    summary,
    author: 'Test Author',
    minutes: 45,
    version: 1,
    tags: [],
    pageCount: pages,
    source: 'bundled',
    format: 1,
    intro: [],
    pages: Array.from({ length: pages }, (_, i) => ({
      title: `Part ${i + 1}`,
      blocks: [{ kind: 'paragraph' as const, text: `Some words for part ${i + 1}.` }],
      prompt: { kind: 'question' as const, text: `What do you think of part ${i + 1}?` },
    })),
  };
}

const LIBRARY: Module[] = [
  makeModule('trust-building', 'Building trust', 'reflection', 'Trust in teams, and budget talk.', 3),
  makeModule('budget-reading', 'Reading a budget', 'analysis', 'Numbers that matter.', 4),
  makeModule('process-mapping', 'Mapping processes', 'analysis', 'Flows of work.'),
  makeModule('market-context', 'Markets around us', 'worldliness', 'The world outside.'),
  makeModule('xss-test', XSS, 'collaboration', `Careful ${XSS} here.`),
];

let dbCount = 0;

async function startApp(options: { path?: string; modules?: unknown[]; load?: () => Promise<unknown>; before?: (db: RoundtableDb) => Promise<void> } = {}) {
  window.history.pushState(null, '', options.path ?? '/');
  dbCount += 1;
  const db = createDb(`library-screen-test-${dbCount}-${Date.now()}`);
  await options.before?.(db);
  const modules = options.modules ?? LIBRARY;
  const library = createLibraryState({
    db,
    bundled: { contentVersion: 'v1', load: options.load ?? (async () => ({ format: 1, contentVersion: 'v1', modules })) },
    whenIdle: (task) => task(),
    interfaceLanguage: currentLocale,
  });
  const device = createDeviceState({ db, storage: undefined });
  const router = createRouter(window);
  const services: AppServices = { db, router, library, device, contentVersion: 'v1' };
  const view = render(<App services={services} />);
  await library.start();
  return { ...view, services };
}

const headingTexts = (elements: HTMLElement[]) => elements.map((element) => element.textContent);

/** Lets pending storage reads and change notifications finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Starts the app and waits until the bundled library is listed and storage is quiet. */
async function startLoaded(options: Parameters<typeof startApp>[0] = {}) {
  const view = await startApp(options);
  await view.findByRole('link', { name: 'Reading a budget' });
  await settle();
  return view;
}

describe('LibraryScreen', () => {
  it('shows the module cards grouped under mindset headings, in the mindsets’ order', async () => {
    const view = await startApp();
    await view.findByRole('link', { name: 'Reading a budget' });
    expect(view.getByRole('heading', { level: 1, name: 'Module library' })).toBeTruthy();
    expect(view.getByText('5 discussion modules in five mindsets. Pick one to read its pages, or search every page.')).toBeTruthy();
    expect(headingTexts(view.getAllByRole('heading', { level: 2 }))).toEqual([
      'Reflection managing self',
      'Analysis managing organisations',
      'Worldliness managing context',
      'Collaboration managing relationships',
    ]);
    const analysis = view.getByRole('region', { name: 'Analysis managing organisations' });
    expect(headingTexts(within(analysis).getAllByRole('heading', { level: 3 }))).toEqual(['Mapping processes', 'Reading a budget']);
    expect(within(analysis).getByText('4 pages · 45 min')).toBeTruthy();
    const reflection = view.getByRole('region', { name: 'Reflection managing self' });
    expect(headingTexts(within(reflection).getAllByRole('heading', { level: 3 }))).toEqual(['Building trust']);
    expect(within(reflection).getByRole('link', { name: 'Building trust' }).getAttribute('href')).toBe('/modules/trust-building');
  });

  it('lists the curated modules of the most recently changed program first, then the rest by mindset, and lets the device choose another program', async () => {
    const program = (id: string, name: string, updatedAt: number, moduleIds: string[]) => ({
      id,
      name,
      moduleIds,
      keepApart: [],
      keepTogether: [],
      meetingMinutes: 90,
      createdAt: 1,
      updatedAt,
    });
    const view = await startLoaded({
      before: async (db) => {
        await db.programs.bulkPut([
          program('old', 'Older circles', 1, ['budget-reading']),
          program('new', `Leaders ${XSS}`, 3, ['market-context', 'missing-module', 'trust-building']),
          program('bare', 'No modules yet', 5, []),
        ]);
      },
    });
    const shelfHeading = await view.findByRole('heading', { level: 2, name: `Your program: Leaders ${XSS}` });
    expect(document.querySelector('main img')).toBeNull();
    expect(headingTexts(view.getAllByRole('heading', { level: 2 }))).toEqual([
      `Your program: Leaders ${XSS}`,
      'Analysis managing organisations',
      'Collaboration managing relationships',
    ]);
    const shelf = view.getByRole('region', { name: `Your program: Leaders ${XSS}` });
    expect(shelf).toBe(shelfHeading.closest('section'));
    expect(headingTexts(within(shelf).getAllByRole('heading', { level: 3 }))).toEqual(['Markets around us', 'Building trust']);
    expect(within(shelf).getByText('The 2 modules chosen for this program. Every other module follows, by mindset.')).toBeTruthy();
    // Nothing is hidden: the five modules are all on the screen, once each.
    expect(view.getAllByRole('heading', { level: 3 })).toHaveLength(5);

    const choice = within(shelf).getByRole('combobox', { name: 'Show the modules of' });
    expect([...(choice as HTMLSelectElement).options].map((o) => o.text)).toEqual([`Leaders ${XSS}`, 'Older circles']);
    fireEvent.change(choice, { target: { value: 'old' } });
    const older = await view.findByRole('region', { name: 'Your program: Older circles' });
    expect(headingTexts(within(older).getAllByRole('heading', { level: 3 }))).toEqual(['Reading a budget']);
    expect(within(older).getByText('The module chosen for this program. Every other module follows, by mindset.')).toBeTruthy();
    expect((await view.services.db.meta.get('libraryProgram'))?.value).toBe('old');

    // The mindset filter narrows both the program's modules and the rest.
    fireEvent.click(view.getByRole('button', { name: 'Worldliness 1' }));
    expect(view.queryByRole('region', { name: 'Your program: Older circles' })).toBeNull();
    expect(headingTexts(view.getAllByRole('heading', { level: 3 }))).toEqual(['Markets around us']);
  });

  it('lists no program section on a device without a program that curates modules', async () => {
    const view = await startLoaded();
    expect(view.queryByRole('heading', { name: /^Your program/ })).toBeNull();
  });

  it('narrows the list to one mindset with the filter buttons', async () => {
    const view = await startApp();
    await view.findByRole('link', { name: 'Reading a budget' });
    const analysisButton = view.getByRole('button', { name: 'Analysis 2' });
    const allButton = view.getByRole('button', { name: 'All' });
    expect(analysisButton.getAttribute('aria-pressed')).toBe('false');
    expect(allButton.getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(analysisButton);
    expect(analysisButton.getAttribute('aria-pressed')).toBe('true');
    expect(allButton.getAttribute('aria-pressed')).toBe('false');
    expect(headingTexts(view.getAllByRole('heading', { level: 2 }))).toEqual(['Analysis managing organisations']);
    expect(headingTexts(view.getAllByRole('heading', { level: 3 }))).toEqual(['Mapping processes', 'Reading a budget']);
    expect(view.queryByRole('link', { name: 'Building trust' })).toBeNull();

    // Pressing it again shows everything.
    fireEvent.click(analysisButton);
    expect(analysisButton.getAttribute('aria-pressed')).toBe('false');
    expect(view.getAllByRole('heading', { level: 3 })).toHaveLength(5);
  });

  it('counts the modules of each mindset on the filter buttons', async () => {
    const view = await startApp();
    await view.findByRole('link', { name: 'Reading a budget' });
    const group = view.getByRole('group', { name: 'Filter by mindset' });
    expect(headingTexts(within(group).getAllByRole('button'))).toEqual(['All', 'Reflection 1', 'Analysis 2', 'Worldliness 1', 'Collaboration 1', 'Action 0']);
  });

  it('searches as the person types, with the matches marked', async () => {
    const view = await startLoaded();
    const box = view.getByRole('searchbox', { name: 'Search modules' });

    fireEvent.input(box, { target: { value: 'budget reading' } });
    const heading = await view.findByRole('heading', { level: 2, name: '1 module matches “budget reading”' });
    const results = heading.closest('section') as HTMLElement;
    expect(headingTexts(within(results).getAllByRole('heading', { level: 3 }))).toEqual(['Reading a budget']);
    expect([...results.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Reading', 'budget']);
    // The grouped list is gone while searching.
    expect(view.queryByRole('region', { name: 'Analysis managing organisations' })).toBeNull();

    fireEvent.input(box, { target: { value: 'budget' } });
    const plural = await view.findByRole('heading', { level: 2, name: '2 modules match “budget”' });
    const both = plural.closest('section') as HTMLElement;
    expect(headingTexts(within(both).getAllByRole('heading', { level: 3 }))).toEqual(['Reading a budget', 'Building trust']);
    expect([...both.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['budget', 'budget']);
    expect(within(both).getByText('Summary:', { exact: false }).textContent).toBe('Summary: ');

    fireEvent.input(box, { target: { value: 'zebra' } });
    expect(await view.findByRole('heading', { level: 2, name: 'No module matches “zebra”' })).toBeTruthy();

    fireEvent.input(box, { target: { value: '' } });
    expect(await view.findByRole('region', { name: 'Analysis managing organisations' })).toBeTruthy();
  });

  it('gets search ready when the library changes twice while the search index is being built', async () => {
    const view = await startLoaded();
    const { db, library } = view.services;
    // Hold back the read that builds the search index (the only read-only transaction here)
    // until the test lets it go.
    let release = () => {};
    let gate: Promise<void> | undefined = new Promise<void>((resolve) => {
      release = resolve;
    });
    const realTransaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
    Object.assign(db, {
      transaction: (...args: unknown[]) => (args[0] === 'r' && gate ? gate.then(() => realTransaction(...args)) : realTransaction(...args)),
    });

    expect(await library.addModule(makeModule('budget-planning', 'Budget planning', 'action', 'Plans.'))).toEqual({ ok: true, replaced: false });
    await view.findByRole('link', { name: 'Budget planning' });
    expect(await library.addModule(makeModule('budget-review', 'Budget review', 'action', 'Looking back.'))).toEqual({ ok: true, replaced: false });
    await view.findByRole('link', { name: 'Budget review' });

    fireEvent.input(view.getByRole('searchbox', { name: 'Search modules' }), { target: { value: 'budget' } });
    expect(view.getByText('Preparing search…')).toBeTruthy();
    gate = undefined;
    release();

    const heading = await view.findByRole('heading', { level: 2, name: '4 modules match “budget”' });
    expect(heading).toBeTruthy();
  });

  it('shows the question and page where a search matched', async () => {
    const view = await startLoaded();
    fireEvent.input(view.getByRole('searchbox', { name: 'Search modules' }), { target: { value: '3' } });
    // Only trust-building (3 pages) and budget-reading (4 pages) have a third page.
    const heading = await view.findByRole('heading', { level: 2, name: '2 modules match “3”' });
    const results = heading.closest('section') as HTMLElement;
    expect(headingTexts(within(results).getAllByRole('heading', { level: 3 }))).toEqual(['Building trust', 'Reading a budget']);
    expect([...results.querySelectorAll('.module-summary')].map((line) => line.textContent)).toEqual([
      'Question, page 3: What do you think of part 3?',
      'Question, page 3: What do you think of part 3?',
    ]);
    expect([...results.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['3', '3']);
  });

  it('combines search with the mindset filter', async () => {
    const view = await startLoaded();
    fireEvent.click(view.getByRole('button', { name: 'Reflection 1' }));
    fireEvent.input(view.getByRole('searchbox', { name: 'Search modules' }), { target: { value: 'budget' } });
    const heading = await view.findByRole('heading', { level: 2, name: '1 module matches “budget”' });
    expect(headingTexts(within(heading.closest('section') as HTMLElement).getAllByRole('heading', { level: 3 }))).toEqual(['Building trust']);
  });

  it('shows markup in a title or summary as literal text', async () => {
    const view = await startLoaded();
    const link = view.getByRole('link', { name: XSS });
    expect(link.textContent).toBe(XSS);
    expect(view.getByText(`Careful ${XSS} here.`)).toBeTruthy();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    // The only image is the header's icon.
    expect([...document.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual(['/icon.svg']);

    fireEvent.input(view.getByRole('searchbox', { name: 'Search modules' }), { target: { value: 'onerror' } });
    const heading = await view.findByRole('heading', { level: 2, name: '1 module matches “onerror”' });
    const results = heading.closest('section') as HTMLElement;
    expect(within(results).getByRole('link').textContent).toBe(XSS);
    expect([...results.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['onerror', 'onerror']);
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('tells about a stored record that could not be read, lists the rest, and leaves the record alone', async () => {
    const view = await startApp({
      before: async (db) => {
        // The library was loaded on an earlier visit; then a record was edited by hand.
        await syncBundledLibrary(db, { contentVersion: 'v1', load: async () => ({ format: 1, contentVersion: 'v1', modules: LIBRARY }) });
        const stored = await db.modules.get('market-context');
        await db.modules.put({ ...stored, mindset: 'nonsense' } as never);
      },
    });
    const notice = await view.findByRole('status', { name: '1 stored module could not be read' });
    expect(notice.textContent).toContain('market-context');
    expect(notice.textContent).toContain('market-context: mindset: expected one of reflection, analysis, worldliness, collaboration, action');
    expect(await view.findByRole('link', { name: 'Reading a budget' })).toBeTruthy();
    expect(view.queryByRole('link', { name: 'Markets around us' })).toBeNull();
    expect(view.getByText('4 discussion modules in five mindsets. Pick one to read its pages, or search every page.')).toBeTruthy();
    expect((await view.services.db.modules.get('market-context'))?.mindset).toBe('nonsense');
  });

  it('tells about a corrupt user record, which a library update never removes', async () => {
    const view = await startApp({
      before: async (db) => {
        await db.modules.put({ id: 'my-broken', title: 42, mindset: 'action', source: 'user' } as never);
      },
    });
    const notice = await view.findByRole('status', { name: '1 stored module could not be read' });
    expect(notice.textContent).toContain('my-broken');
    expect(notice.textContent).toContain('my-broken: title: expected text');
    expect(await view.findByRole('link', { name: 'Reading a budget' })).toBeTruthy();
  });

  it('tells about a bad entry in the bundled library file, and lists the rest', async () => {
    const bad = { ...makeModule('bad-entry', 'Bad entry', 'action', 'Bad.'), pages: [] };
    const view = await startApp({ modules: [makeModule('good-one', 'Good one', 'action', 'Fine.'), bad] });
    expect(await view.findByRole('link', { name: 'Good one' })).toBeTruthy();
    // Let every pending storage notification arrive: the notice must stay, not flash by.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const entry = await view.findByText('library entry 2');
    expect(entry.closest('[role="status"]')?.textContent).toContain('library entry 2: pages: expected at least one item');
    expect(view.getByRole('link', { name: 'Good one' })).toBeTruthy();
  });

  it('shows why the bundled library could not be loaded', async () => {
    const view = await startApp({ modules: 'not a list' as unknown as unknown[] });
    const alert = await view.findByRole('alert', { name: 'Library not updated' });
    expect(alert.textContent).toContain('the bundled library file is not a format-1 library (format: 1)');
  });

  it('shows the status the library file answered with when it could not be fetched', async () => {
    const view = await startApp({ load: () => Promise.reject(new BundleFetchError('/library-v1.json', 404)) });
    const alert = await view.findByRole('alert', { name: 'Library not updated' });
    expect(alert.textContent).toBe('Library not updatedThe bundled library could not be loaded, so the library shows only what was stored before: /library-v1.json answered 404');
  });
});

describe('LibraryScreen with modules in several languages', () => {
  const MIXED: Module[] = [
    makeModule('trust-building', 'Building trust', 'reflection', 'Trust in teams.'),
    { ...makeModule('prendre-recul', 'Prendre du recul', 'reflection', 'Un moment pour soi.'), lang: 'fr', format: 2 },
    { ...makeModule('jibun', '自分を振り返る', 'reflection', '振り返りの時間です。'), lang: 'ja', format: 2 },
    { ...makeModule('budget-reading', 'Reading a budget', 'analysis', 'Numbers that matter.'), lang: 'en' },
  ];
  const titles = (view: Awaited<ReturnType<typeof startApp>>) => view.getAllByRole('link').map((link) => link.textContent).filter((text) => MIXED.some((m) => m.title === text));

  it('lists the interface language’s modules first, and filters by one language', async () => {
    try {
      await activate('ja');
      const view = await startApp({ modules: MIXED });
      await view.findByRole('link', { name: '自分を振り返る' });
      expect(titles(view)).toEqual(['自分を振り返る', 'Building trust', 'Prendre du recul', 'Reading a budget']);
      await activate('fr');
      expect(titles(view)).toEqual(['Prendre du recul', 'Building trust', '自分を振り返る', 'Reading a budget']);
      // Each module's title carries its own language.
      expect(view.getByRole('link', { name: '自分を振り返る' }).closest('[lang]')?.getAttribute('lang')).toBe('ja');

      const filter = view.getByRole('combobox', { name: 'Langue' });
      expect([...(filter as HTMLSelectElement).options].map((option) => option.textContent)).toEqual(['Toutes les langues', 'English (2)', 'Français (1)', '日本語 (1)']);
      fireEvent.change(filter, { target: { value: 'en' } });
      expect(titles(view)).toEqual(['Building trust', 'Reading a budget']);
    } finally {
      await activate('en');
    }
  });

  it('shows no language filter when every module is in one language', async () => {
    const view = await startLoaded();
    expect(view.queryByRole('combobox', { name: 'Language' })).toBeNull();
  });
});

describe('LibraryScreen in French and Japanese', () => {
  it('words its headings, mindsets, counts and search in the interface language', async () => {
    try {
      await activate('fr');
      const view = await startLoaded();
      expect(view.getByRole('heading', { level: 1, name: 'Bibliothèque de modules' })).toBeTruthy();
      expect(headingTexts(view.getAllByRole('heading', { level: 2 }))[0]).toBe('Réflexion se gérer soi-même');
      expect(view.getByRole('group', { name: 'Filtrer par état d’esprit' })).toBeTruthy();
      expect(within(view.getByRole('region', { name: 'Analyse gérer les organisations' })).getByText('4 pages · 45 min')).toBeTruthy();
      const box = view.getByRole('searchbox', { name: 'Rechercher des modules' });
      fireEvent.input(box, { target: { value: 'budget' } });
      expect(await view.findByRole('heading', { level: 2, name: '2 modules correspondent à «\u202fbudget\u202f»' })).toBeTruthy();
      expect(document.querySelector('.match-place')?.textContent).toBe('Résumé\u00a0: ');

      await activate('ja');
      expect(await view.findByRole('heading', { level: 2, name: '「budget」に一致するモジュール：2件' })).toBeTruthy();
      fireEvent.input(box, { target: { value: 'zebra' } });
      expect(await view.findByRole('heading', { level: 2, name: '「zebra」に一致するモジュールはありません' })).toBeTruthy();
      expect(view.getByRole('button', { name: '内省 1' })).toBeTruthy();
    } finally {
      await activate('en');
    }
  });
});

describe('NotFoundScreen', () => {
  it('says there is no page at an unknown path, and shows the path', async () => {
    const view = await startApp({ path: '/nope' });
    expect(view.getByRole('heading', { level: 1, name: 'There is no page here' })).toBeTruthy();
    const code = view.container.querySelector('main code');
    expect(code?.textContent).toBe('/nope');
    expect(view.getByRole('link', { name: 'Go to the module library' }).getAttribute('href')).toBe('/');
    expect(view.queryByRole('heading', { level: 1, name: 'Module library' })).toBeNull();
  });

  it('goes to the library from its link', async () => {
    const view = await startApp({ path: '/nope' });
    fireEvent.click(view.getByRole('link', { name: 'Go to the module library' }));
    expect(await view.findByRole('heading', { level: 1, name: 'Module library' })).toBeTruthy();
    expect(window.location.pathname).toBe('/');
  });
});
