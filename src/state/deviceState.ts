// This device's side of the app: the database's health across tabs, a waiting app update,
// and the storage the browser grants us.

import { signal } from '@preact/signals';
import type { RoundtableDb } from '../storage/db.ts';

/** What the device state needs from outside. */
export interface DeviceDeps {
  db: RoundtableDb;
  storage: Pick<StorageManager, 'persist' | 'persisted' | 'estimate'> | undefined;
}

/** How much storage is used, and how much the browser allows. */
export interface StorageUse {
  usage: number;
  quota: number;
}

/** The device state: signals to read, actions to call. */
export type DeviceState = ReturnType<typeof createDeviceState>;

/** Creates the device state and starts listening to the database. */
export function createDeviceState({ db, storage }: DeviceDeps) {
  const dbNotice = signal<string | undefined>(undefined);
  const persisted = signal<boolean | undefined>(undefined);
  const storageUse = signal<StorageUse | undefined>(undefined);
  const updateReady = signal(false);
  let applyUpdate: (() => void) | undefined;

  // Another tab opened a newer version of the database. Dexie closes ours, so this tab can no
  // longer write anything an older schema would get wrong; the person is asked to reload.
  db.on('versionchange', () => {
    dbNotice.value = 'Roundtable was updated in another tab. Reload this tab to keep working: nothing you saved is lost.';
  });
  db.on('blocked', () => {
    dbNotice.value = 'Roundtable is open in another tab with an older version. Reload or close that tab so this one can finish updating.';
  });

  return {
    dbNotice,
    persisted,
    storageUse,
    updateReady,
    /** Called by the service worker registration when a new version is waiting. */
    offerUpdate(apply: () => void): void {
      applyUpdate = apply;
      updateReady.value = true;
    },
    /** Switches to the waiting version. Only ever on the person's request. */
    update(): void {
      applyUpdate?.();
    },
    dismissUpdate(): void {
      updateReady.value = false;
    },
    /** Reports an error opening the database. */
    reportDbError(message: string): void {
      dbNotice.value = message;
    },
    /** Reads the storage figures. */
    async refreshStorage(): Promise<void> {
      if (!storage) return;
      persisted.value = await storage.persisted();
      const { usage = 0, quota = 0 } = await storage.estimate();
      storageUse.value = { usage, quota };
    },
    /** Asks the browser to keep our data even under storage pressure. */
    async askPersist(): Promise<void> {
      if (!storage) return;
      persisted.value = await storage.persist();
    },
  };
}
