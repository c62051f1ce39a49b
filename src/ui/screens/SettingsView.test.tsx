import { fireEvent, render, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../app/App.tsx';
import type { AppServices } from '../../app/context.ts';
import { createRouter } from '../../app/router.ts';
import { storedLocale, storeLocale } from '../../i18n/choice.ts';
import { activate, currentLocale } from '../../i18n/i18n.ts';
import { createDeviceState } from '../../state/deviceState.ts';
import { createLibraryState } from '../../state/libraryState.ts';
import type { RoundtableDb } from '../../storage/db.ts';
import { createDb } from '../../storage/db.ts';

let dbCount = 0;
const opened: RoundtableDb[] = [];

afterEach(async () => {
  storeLocale(null);
  await activate('en');
  for (const db of opened.splice(0)) await db.delete();
});

async function openSettings() {
  window.history.pushState(null, '', '/settings');
  const db = createDb(`settings-view-test-${++dbCount}-${Date.now()}`);
  opened.push(db);
  const library = createLibraryState({ db, bundled: { contentVersion: 'v1', load: async () => ({ format: 1, contentVersion: 'v1', modules: [] }) }, whenIdle: (task) => task() });
  const services: AppServices = { db, router: createRouter(window), library, device: createDeviceState({ db, storage: undefined }), contentVersion: 'v1' };
  const view = render(<App services={services} />);
  await library.start();
  await view.findByRole('heading', { level: 2, name: 'Language' });
  return view;
}

describe('SettingsView: the language', () => {
  // The test DOM's accessible names put spaces around the language's own span; a browser's do not.
  it('comes first, following the browser’s language until one is picked, each name in its own language', async () => {
    const view = await openSettings();
    const headings = view.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings[0]).toBe('Language');
    const group = view.getByRole('radiogroup', { name: 'Language' });
    expect((within(group).getByRole('radio', { name: /^Use the browser’s language \(\s*English\s*\)$/ }) as HTMLInputElement).checked).toBe(true);
    for (const [name, lang] of [
      ['English', 'en'],
      ['Français', 'fr'],
      ['日本語', 'ja'],
    ]) {
      expect(within(group).getByRole('radio', { name })).toBeTruthy();
      for (const span of within(group).getAllByText(name, { selector: 'label > span' })) expect(span.getAttribute('lang')).toBe(lang);
    }
  });

  it('rewords the whole app at once when French is picked, and keeps the choice', async () => {
    const view = await openSettings();
    fireEvent.click(view.getByRole('radio', { name: 'Français' }));
    await view.findByRole('heading', { level: 1, name: 'Réglages et à propos' });
    expect(view.getByRole('heading', { level: 2, name: 'Stockage sur cet appareil' })).toBeTruthy();
    // The app's frame too: its navigation.
    expect(view.getByRole('link', { name: 'Bibliothèque' })).toBeTruthy();
    expect(storedLocale()).toBe('fr');
    expect(currentLocale()).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect((view.getByRole('radio', { name: 'Français' }) as HTMLInputElement).checked).toBe(true);

    // Back to the browser's language: English here, and nothing stored.
    fireEvent.click(view.getByRole('radio', { name: /^Utiliser la langue du navigateur \(\s*English\s*\)$/ }));
    await view.findByRole('heading', { level: 1, name: 'Settings and about' });
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(storedLocale()).toBeNull();
  });

  it('speaks the language picked last, however fast the picks come', async () => {
    const view = await openSettings();
    fireEvent.click(view.getByRole('radio', { name: 'Français' }));
    fireEvent.click(view.getByRole('radio', { name: '日本語' }));
    await view.findByRole('heading', { level: 2, name: '言語' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(currentLocale()).toBe('ja');
    expect(view.getByRole('button', { name: '接続設定を保存' })).toBeTruthy();
    expect(storedLocale()).toBe('ja');
  });
});
