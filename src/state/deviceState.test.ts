import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, createDb } from '../storage/db.ts';
import type { DeviceDeps } from './deviceState.ts';
import { createDeviceState } from './deviceState.ts';

let dbCount = 0;
const uniqueName = () => `device-state-test-${++dbCount}-${Date.now()}`;

type FakeStorage = NonNullable<DeviceDeps['storage']> & { persistCalls: number };

function fakeStorage(answers: { persisted: boolean; persist: boolean; estimate: StorageEstimate }): FakeStorage {
  const storage: FakeStorage = {
    persistCalls: 0,
    persisted: async () => answers.persisted,
    persist: async () => {
      storage.persistCalls += 1;
      return answers.persist;
    },
    estimate: async () => answers.estimate,
  };
  return storage;
}

describe('device state: storage', () => {
  it('starts knowing nothing', () => {
    const device = createDeviceState({ db: createDb(uniqueName()), storage: fakeStorage({ persisted: true, persist: true, estimate: {} }) });
    expect(device.persisted.value).toBeUndefined();
    expect(device.storageUse.value).toBeUndefined();
    expect(device.updateReady.value).toBe(false);
    expect(device.dbNotice.value).toBeUndefined();
  });

  it('reads whether storage is persisted and how much is used', async () => {
    const storage = fakeStorage({ persisted: false, persist: true, estimate: { usage: 1234, quota: 50_000 } });
    const device = createDeviceState({ db: createDb(uniqueName()), storage });
    await device.refreshStorage();
    expect(device.persisted.value).toBe(false);
    expect(device.storageUse.value).toEqual({ usage: 1234, quota: 50_000 });
    // Reading does not ask for anything.
    expect(storage.persistCalls).toBe(0);
  });

  it('counts missing estimate figures as zero', async () => {
    const device = createDeviceState({ db: createDb(uniqueName()), storage: fakeStorage({ persisted: true, persist: true, estimate: {} }) });
    await device.refreshStorage();
    expect(device.persisted.value).toBe(true);
    expect(device.storageUse.value).toEqual({ usage: 0, quota: 0 });
  });

  it('sets persisted from the answer to persist()', async () => {
    const granted = fakeStorage({ persisted: false, persist: true, estimate: {} });
    const device = createDeviceState({ db: createDb(uniqueName()), storage: granted });
    await device.refreshStorage();
    expect(device.persisted.value).toBe(false);
    await device.askPersist();
    expect(granted.persistCalls).toBe(1);
    expect(device.persisted.value).toBe(true);

    const refused = fakeStorage({ persisted: true, persist: false, estimate: {} });
    const other = createDeviceState({ db: createDb(uniqueName()), storage: refused });
    await other.askPersist();
    expect(refused.persistCalls).toBe(1);
    expect(other.persisted.value).toBe(false);
  });

  it('does nothing without a storage manager', async () => {
    const device = createDeviceState({ db: createDb(uniqueName()), storage: undefined });
    await device.refreshStorage();
    await device.askPersist();
    expect(device.persisted.value).toBeUndefined();
    expect(device.storageUse.value).toBeUndefined();
  });
});

describe('device state: offline use', () => {
  it('assumes the app is kept for use offline until the service worker is refused', () => {
    const device = createDeviceState({ db: createDb(uniqueName()), storage: undefined });
    expect(device.offlineUnavailable.value).toBe(false);
    device.cannotKeepOffline();
    expect(device.offlineUnavailable.value).toBe(true);
  });
});

describe('device state: app update', () => {
  it('offers an update and applies it only when asked', () => {
    const device = createDeviceState({ db: createDb(uniqueName()), storage: undefined });
    let applied = 0;
    device.update();
    expect(applied).toBe(0);

    device.offerUpdate(() => {
      applied += 1;
    });
    expect(device.updateReady.value).toBe(true);
    expect(applied).toBe(0);

    device.update();
    expect(applied).toBe(1);
  });

  it('hides the offer when dismissed, without applying it', () => {
    const device = createDeviceState({ db: createDb(uniqueName()), storage: undefined });
    let applied = 0;
    device.offerUpdate(() => {
      applied += 1;
    });
    device.dismissUpdate();
    expect(device.updateReady.value).toBe(false);
    expect(applied).toBe(0);
  });

  it('does not apply an offered update on its own over time', async () => {
    const device = createDeviceState({ db: createDb(uniqueName()), storage: undefined });
    let applied = 0;
    device.offerUpdate(() => {
      applied += 1;
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(applied).toBe(0);
    expect(device.updateReady.value).toBe(true);
  });
});

describe('device state: a new version taking control', () => {
  it('reloads only the tab that asked for the update', () => {
    const asked = createDeviceState({ db: createDb(uniqueName()), storage: undefined });
    asked.offerUpdate(() => {});
    asked.update();
    expect(asked.newVersionInControl()).toBe(true);
    expect(asked.updatedElsewhere.value).toBe(false);
  });

  it('tells another tab calmly, and never while a session runs', () => {
    const other = createDeviceState({ db: createDb(uniqueName()), storage: undefined });
    other.offerUpdate(() => {});
    other.setSessionActive(true);
    expect(other.newVersionInControl()).toBe(false);
    expect(other.updateReady.value).toBe(false);
    expect(other.showUpdatedElsewhere.value).toBe(false);
    other.setSessionActive(false);
    expect(other.showUpdatedElsewhere.value).toBe(true);
    other.dismissUpdate();
    expect(other.showUpdatedElsewhere.value).toBe(false);
  });
});

describe('device state: database', () => {
  it('opens a database of its own version', async () => {
    const device = createDeviceState({ db: createDb(uniqueName()), storage: undefined });
    expect(await device.openDb()).toBe(true);
    expect(device.dbNotice.value).toBeUndefined();
  });

  it('leaves a database that a newer version upgraded untouched, and says so', async () => {
    const name = uniqueName();
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(name, (SCHEMA_VERSION + 1) * 10);
      open.onupgradeneeded = () => open.result.createObjectStore('modules', { keyPath: 'id' });
      open.onsuccess = () => (open.result.close(), resolve());
      open.onerror = () => reject(open.error);
    });
    const db = createDb(name);
    const device = createDeviceState({ db, storage: undefined });
    expect(await device.openDb()).toBe(false);
    expect(device.dbNotice.value).toEqual({ code: 'newerData' });
    await expect(db.meta.put({ key: 'x', value: 1 })).rejects.toThrow(/closed/i);
  });

  it('asks for a reload when another tab opens a newer version of the database', async () => {
    const name = uniqueName();
    const db = createDb(name);
    const device = createDeviceState({ db, storage: undefined });
    await db.open();
    expect(device.dbNotice.value).toBeUndefined();

    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 9999);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
      request.onblocked = () => reject(new Error('the upgrade was blocked: the old connection did not close'));
    });

    expect(device.dbNotice.value).toEqual({ code: 'updatedElsewhere' });
  });
});
