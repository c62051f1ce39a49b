// This device's side of the app: the database's health across tabs, a waiting app update,
// the storage the browser grants us, and whether the app can be kept here for use offline.

import { computed, signal } from '@preact/signals';
import type { RoundtableDb } from '../storage/db.ts';
import { SCHEMA_VERSION } from '../storage/db.ts';

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

/**
 * Why this tab must be reloaded, for the screen to word: another tab updated the database
 * (`updatedElsewhere`), an older tab blocks its upgrade (`blocked`), storage could not be opened
 * (`cannotOpen`, with the error's own text), or a newer version saved the data (`newerData`).
 */
export type DbNotice = { code: 'updatedElsewhere' | 'blocked' | 'newerData' } | { code: 'cannotOpen'; error: string };

/** The device state: signals to read, actions to call. */
export type DeviceState = ReturnType<typeof createDeviceState>;

/** Creates the device state and starts listening to the database. */
export function createDeviceState({ db, storage }: DeviceDeps) {
  const dbNotice = signal<DbNotice | undefined>(undefined);
  const persisted = signal<boolean | undefined>(undefined);
  const storageUse = signal<StorageUse | undefined>(undefined);
  const updateReady = signal(false);
  // While a session runs, an app update is not offered: nothing may disturb the room.
  const sessionActive = signal(false);
  // Set when another tab switched to a new version: this one keeps running the version it has.
  const updatedElsewhere = signal(false);
  // Set when the browser refuses the service worker, as it does at an address whose
  // certificate it does not trust: the app then opens only while its server can be reached.
  const offlineUnavailable = signal(false);
  let applyUpdate: (() => void) | undefined;
  let updateRequested = false;

  // Another tab opened a newer version of the database. Ours closes for good (Dexie would
  // otherwise reopen it on the next write), so this tab can never write data in an older
  // shape over a newer one; the person is asked to reload.
  db.on('versionchange', () => {
    dbNotice.value = { code: 'updatedElsewhere' };
    db.close({ disableAutoOpen: true });
    return false;
  });
  db.on('blocked', () => {
    dbNotice.value = { code: 'blocked' };
  });

  return {
    dbNotice,
    persisted,
    storageUse,
    updateReady,
    sessionActive,
    updatedElsewhere,
    offlineUnavailable,
    /** Called when the service worker cannot be registered, so the app is not kept for use offline. */
    cannotKeepOffline(): void {
      offlineUnavailable.value = true;
    },
    /** Whether to show the update prompt now: a waiting update, and no session running. */
    offerUpdateNow: computed(() => updateReady.value && !sessionActive.value),
    /** Whether to say, calmly, that another tab updated: never during a session. */
    showUpdatedElsewhere: computed(() => updatedElsewhere.value && !sessionActive.value),
    setSessionActive(active: boolean): void {
      sessionActive.value = active;
    },
    /** Called by the service worker registration when a new version is waiting. */
    offerUpdate(apply: () => void): void {
      applyUpdate = apply;
      updateReady.value = true;
    },
    /** Switches to the waiting version. Only ever on the person's request. */
    update(): void {
      updateRequested = true;
      applyUpdate?.();
    },
    dismissUpdate(): void {
      updateReady.value = false;
      updatedElsewhere.value = false;
    },
    /**
     * Called when a new version takes control of this tab. True when this tab asked for it (it
     * should reload now); otherwise another tab did, and this one goes on undisturbed.
     */
    newVersionInControl(): boolean {
      if (updateRequested) return true;
      updateReady.value = false;
      updatedElsewhere.value = true;
      return false;
    },
    /**
     * Opens the database. False, with a notice, when it cannot be opened, or when a newer
     * version of the app has already upgraded it: this tab then leaves it untouched.
     */
    async openDb(): Promise<boolean> {
      try {
        await db.open();
      } catch (error) {
        dbNotice.value = { code: 'cannotOpen', error: error instanceof Error ? error.message : String(error) };
        return false;
      }
      // Dexie opens a database that a newer app upgraded rather than fail, keeping its own
      // version number; IndexedDB's own number (Dexie's times ten) tells the truth.
      if (db.backendDB().version > SCHEMA_VERSION * 10) {
        db.close({ disableAutoOpen: true });
        dbNotice.value = { code: 'newerData' };
        return false;
      }
      return true;
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
