// Starts the app: opens storage, creates the states, mounts the UI and registers the service
// worker. Nothing else lives here.

import { render } from 'preact';
import { registerSW } from 'virtual:pwa-register';
import { contentVersion, libraryUrl } from 'virtual:library';
import { App } from './app/App.tsx';
import { wordsReady } from './i18n/boot.ts';
import { currentLocale } from './i18n/i18n.ts';
import { createRouter } from './app/router.ts';
import { whenIdle } from './lib/idle.ts';
import { createDeviceState } from './state/deviceState.ts';
import { createLibraryState } from './state/libraryState.ts';
import { createDb } from './storage/db.ts';
import { BundleFetchError } from './storage/libraryRepo.ts';
import './ui/styles.css';

performance.mark('roundtable:start');

const db = createDb();
const storage = 'storage' in navigator ? navigator.storage : undefined;
const device = createDeviceState({ db, storage });
const library = createLibraryState({
  db,
  whenIdle,
  interfaceLanguage: currentLocale,
  bundled: {
    contentVersion,
    load: async () => {
      const response = await fetch(libraryUrl);
      if (!response.ok) throw new BundleFetchError(libraryUrl, response.status);
      return response.json();
    },
  },
});
const router = createRouter(window);

// The start catalog was asked for by boot.ts before this code ran; it is there or nearly so.
void wordsReady.then(
  () => render(<App services={{ db, router, library, device, contentVersion }} />, document.getElementById('app') as HTMLElement),
  (error: unknown) => console.error('The interface words could not load', error),
);

void device.openDb().then(async (open) => {
  if (!open) return;
  await library.start();
  // Ask once to be kept under storage pressure; the settings panel shows the answer.
  await device.refreshStorage();
  if (device.persisted.value === false) await device.askPersist();
});

const updateSW = registerSW({
  onNeedRefresh: () => device.offerUpdate(() => void updateSW(true)),
  // Without this the plugin reloads every tab that was offered the update, a running session's
  // included, when any one of them accepts it. Reloading is decided below instead.
  onNeedReload: () => {},
  // At an address with a certificate the browser does not trust (a laptop's own, with --lan),
  // the browser refuses the service worker: the journal, settings and the session's end say how
  // to keep what was written.
  onRegisterError: () => device.cannotKeepOffline(),
});

// A new version taking control: the tab that asked for it reloads; any other goes on as it is.
// The first install also takes control of the open page, which is no update at all.
if ('serviceWorker' in navigator) {
  let controlled = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled && device.newVersionInControl()) location.reload();
    controlled = true;
  });
}
