import { fireEvent, render, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App } from '../../app/App.tsx';
import type { AppServices } from '../../app/context.ts';
import { createRouter } from '../../app/router.ts';
import type { Module } from '../../core/module.ts';
import { createDeviceState } from '../../state/deviceState.ts';
import { createLibraryState } from '../../state/libraryState.ts';
import type { RoundtableDb } from '../../storage/db.ts';
import { createDb } from '../../storage/db.ts';
import { syncBundledLibrary } from '../../storage/libraryRepo.ts';

const LEADING: Module = {
  id: 'leading-change',
  title: 'Leading change',
  mindset: 'action',
  summary: 'How a group moves from talk to action.',
  author: 'Ada Author',
  minutes: 60,
  version: 2,
  tags: ['change'],
  pageCount: 3,
  source: 'bundled',
  format: 1,
  intro: [
    { kind: 'paragraph', text: 'Change is a story people tell together.' },
    { kind: 'list', items: ['Listen first', 'Act second'] },
  ],
  pages: [
    {
      title: 'Why change',
      minutes: 10,
      blocks: [{ kind: 'paragraph', text: 'Every change starts with a reason.' }],
      prompt: { kind: 'question', text: 'What reason moved you last time?' },
    },
    {
      title: 'Who is affected',
      blocks: [{ kind: 'list', items: ['Colleagues', 'Clients <script>alert(1)</script>'] }],
      prompt: { kind: 'question', text: 'Whom did you forget to ask?' },
    },
    {
      title: 'First step',
      minutes: 15,
      blocks: [{ kind: 'paragraph', text: 'Small steps add up.' }],
      prompt: { kind: 'exercise', text: 'Write down one step for tomorrow.' },
    },
  ],
};

const OTHER: Module = {
  ...LEADING,
  id: 'quiet-reflection',
  title: 'Quiet reflection',
  mindset: 'reflection',
  summary: 'Time to think.',
  intro: [],
  pageCount: 1,
  pages: [{ title: 'Sit still', blocks: [], prompt: { kind: 'question', text: 'What did you notice?' } }],
};

const LIBRARY = [LEADING, OTHER];

let dbCount = 0;

async function startApp(options: { path?: string; before?: (db: RoundtableDb) => Promise<void>; load?: () => Promise<unknown> } = {}) {
  window.history.pushState(null, '', options.path ?? '/');
  dbCount += 1;
  const db = createDb(`module-screen-test-${dbCount}-${Date.now()}`);
  await options.before?.(db);
  const library = createLibraryState({
    db,
    bundled: { contentVersion: 'v1', load: options.load ?? (async () => ({ format: 1, contentVersion: 'v1', modules: LIBRARY })) },
    whenIdle: (task) => task(),
  });
  const device = createDeviceState({ db, storage: undefined });
  const router = createRouter(window);
  const services: AppServices = { db, router, library, device, contentVersion: 'v1' };
  const view = render(<App services={services} />);
  const started = library.start();
  return { ...view, services, started };
}

/** Starts on the library, waits for it, then goes to `path` as a link would. */
async function openFromLibrary(path: string, before?: (db: RoundtableDb) => Promise<void>) {
  const view = await startApp({ before });
  await view.started;
  await view.findByRole('heading', { level: 1, name: 'Module library' });
  await view.findByRole('link', { name: 'Quiet reflection' });
  view.services.router.navigate(path);
  return view;
}

/** Stores the library as an earlier visit would have. */
const preload = (db: RoundtableDb) => syncBundledLibrary(db, { contentVersion: 'v1', load: async () => ({ format: 1, contentVersion: 'v1', modules: LIBRARY }) }).then(() => undefined);

describe('ModuleScreen', () => {
  it('shows the module’s title, details, introduction, and every page with its question', async () => {
    const view = await openFromLibrary('/modules/leading-change');
    expect(await view.findByRole('heading', { level: 1, name: 'Leading change' })).toBeTruthy();
    expect(window.location.pathname).toBe('/modules/leading-change');
    const article = view.container.querySelector('article') as HTMLElement;

    expect(within(article).getByText('How a group moves from talk to action.')).toBeTruthy();
    expect(within(article).getByText('Action')).toBeTruthy();
    expect(within(article).getByText('managing change')).toBeTruthy();
    expect(within(article).getByText('3 pages')).toBeTruthy();
    expect(within(article).getByText('60 min session (25 min of pages)')).toBeTruthy();
    expect(within(article).getByText('By Ada Author')).toBeTruthy();
    expect(within(article).getByText('Version 2')).toBeTruthy();
    expect(within(article).getByText('Change is a story people tell together.')).toBeTruthy();
    expect(within(article).getByText('Act second')).toBeTruthy();

    expect(within(article).getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Page 1 Why change',
      'Page 2 Who is affected',
      'Page 3 First step',
    ]);
    for (const text of ['What reason moved you last time?', 'Whom did you forget to ask?', 'Write down one step for tomorrow.']) {
      expect(within(article).getByText(text)).toBeTruthy();
    }
    expect([...article.querySelectorAll('.prompt-label')].map((label) => label.textContent)).toEqual(['Question', 'Question', 'Exercise']);
    expect([...article.querySelectorAll('.page-time')].map((time) => time.textContent)).toEqual(['About 10 minutes', 'About 15 minutes']);
    expect(within(article).getByText('Every change starts with a reason.')).toBeTruthy();
  });

  it('shows page text with markup as literal text', async () => {
    const view = await openFromLibrary('/modules/leading-change');
    await view.findByRole('heading', { level: 1, name: 'Leading change' });
    expect(view.getByText('Clients <script>alert(1)</script>')).toBeTruthy();
    expect(view.container.querySelector('script')).toBeNull();
  });

  it('opens from its card in the library, and goes back', async () => {
    const view = await startApp();
    await view.started;
    fireEvent.click(await view.findByRole('link', { name: 'Quiet reflection' }));
    expect(await view.findByRole('heading', { level: 1, name: 'Quiet reflection' })).toBeTruthy();
    expect(view.getByText('What did you notice?')).toBeTruthy();
    expect(view.getByRole('heading', { level: 2, name: 'Page 1 Sit still' })).toBeTruthy();
    expect(view.getByText('60 min session')).toBeTruthy();

    fireEvent.click(view.getByRole('link', { name: '← Library' }));
    expect(await view.findByRole('heading', { level: 1, name: 'Module library' })).toBeTruthy();
    expect(window.location.pathname).toBe('/');
  });

  it('follows a change of module', async () => {
    const view = await openFromLibrary('/modules/leading-change');
    await view.findByRole('heading', { level: 1, name: 'Leading change' });
    view.services.router.navigate('/modules/quiet-reflection');
    expect(await view.findByRole('heading', { level: 1, name: 'Quiet reflection' })).toBeTruthy();
    expect(view.queryByText('Whom did you forget to ask?')).toBeNull();
  });

  it('opens straight from its address when the library is already stored', async () => {
    const view = await startApp({ path: '/modules/leading-change', before: preload });
    expect(await view.findByRole('heading', { level: 1, name: 'Leading change' })).toBeTruthy();
    expect(view.getByText('Write down one step for tomorrow.')).toBeTruthy();
  });

  it('says when there is no module with the id', async () => {
    const view = await openFromLibrary('/modules/no-such-module');
    expect(await view.findByRole('heading', { level: 1, name: 'Module not found' })).toBeTruthy();
    expect(view.container.querySelector('main code')?.textContent).toBe('no-such-module');
    expect(view.getByRole('link', { name: 'Back to the module library' }).getAttribute('href')).toBe('/');
  });

  it('says when the stored pages are damaged, and leaves them as they are', async () => {
    const damaged = { id: 'leading-change', format: 1, intro: [], pages: [{ title: 'Only a title', blocks: [] }] };
    const view = await openFromLibrary('/modules/leading-change', async (db) => {
      await preload(db);
      await db.moduleBodies.put(damaged as never);
    });
    expect(await view.findByRole('heading', { level: 1, name: 'This module cannot be shown' })).toBeTruthy();
    const alert = view.getByRole('alert', { name: 'Its stored record is damaged' });
    expect(alert.textContent).toContain('leading-change');
    expect(alert.textContent).toContain('(pages[0].prompt: expected a record)');
    expect(view.queryByRole('heading', { level: 1, name: 'Leading change' })).toBeNull();
    expect(await view.services.db.moduleBodies.get('leading-change')).toEqual(damaged);
  });

  it('says when the stored pages are missing', async () => {
    const view = await openFromLibrary('/modules/quiet-reflection', async (db) => {
      await preload(db);
      await db.moduleBodies.delete('quiet-reflection');
    });
    expect(await view.findByRole('heading', { level: 1, name: 'This module cannot be shown' })).toBeTruthy();
    expect(view.getByRole('alert', { name: 'Its stored record is damaged' }).textContent).toContain('The record of quiet-reflection could not be read (pages: missing).');
  });

  it('shows a module opened from a link on the very first visit once the library has loaded', async () => {
    // A shared link opened on a device that has never loaded the library: the bundled library
    // arrives a moment after the screen first looks for the module.
    let deliver = () => {};
    const arrived = new Promise<void>((resolve) => {
      deliver = resolve;
    });
    const view = await startApp({
      path: '/modules/leading-change',
      load: async () => {
        await arrived;
        return { format: 1, contentVersion: 'v1', modules: LIBRARY };
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    deliver();
    await view.started;
    expect(await view.services.db.modules.get('leading-change')).toBeTruthy();
    expect(await view.findByRole('heading', { level: 1, name: 'Leading change' })).toBeTruthy();
  });
});
