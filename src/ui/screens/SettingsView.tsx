// Settings and about: storage persistence and use, and the versions of app and content.

import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { formatBytes } from '../../lib/format.ts';
import { SCHEMA_VERSION } from '../../storage/db.ts';
import { storedContentVersion } from '../../storage/libraryRepo.ts';
import { DeleteAllData } from '../components/DeleteAllData.tsx';
import { OfflineNote } from '../components/OfflineNote.tsx';
import { TransportSettings } from '../components/TransportSettings.tsx';

/** The settings screen. */
export function SettingsView() {
  const { device, library, db, contentVersion } = useApp();
  const [stored, setStored] = useState<string | undefined>(undefined);

  useEffect(() => {
    void device.refreshStorage();
    void storedContentVersion(db).then(setStored, () => setStored(undefined));
  }, []);

  const persisted = device.persisted.value;
  const use = device.storageUse.value;
  return (
    <div class="page-width settings">
      <h1>Settings and about</h1>

      <section aria-labelledby="storage-heading" class="panel">
        <h2 id="storage-heading">Storage on this device</h2>
        <dl class="facts">
          <dt>Kept safe by the browser</dt>
          <dd>
            {persisted === undefined && 'Checking…'}
            {persisted === true && 'Yes. The browser will not clear Roundtable’s data to free space.'}
            {persisted === false && 'Not yet. The browser may clear Roundtable’s data if the device runs short of space.'}
          </dd>
          <dt>Space used</dt>
          <dd>{use ? `${formatBytes(use.usage)} of the ${formatBytes(use.quota)} the browser allows` : 'Not known'}</dd>
          <dt>Modules stored</dt>
          {/* On a first visit the library is still being stored: "0" would alarm for nothing. */}
          <dd>{library.ready.value ? (library.modules.value?.length ?? 0) : 'Still being stored…'}</dd>
        </dl>
        {persisted === false && (
          <button type="button" onClick={() => void device.askPersist()}>
            Ask the browser to keep data safe
          </button>
        )}
      </section>

      <TransportSettings />

      <DeleteAllData />

      <section aria-labelledby="about-heading" class="panel">
        <h2 id="about-heading">About</h2>
        {device.offlineUnavailable.value ? (
          <>
            <p>Nothing is sent to any server.</p>
            <OfflineNote />
          </>
        ) : (
          <p>Roundtable works offline: the app and the whole module library live on this device, and nothing is sent to any server.</p>
        )}
        <dl class="facts">
          <dt>App version</dt>
          <dd>{__APP_VERSION__}</dd>
          <dt>Library content</dt>
          <dd>
            {library.modules.value?.filter((module) => module.source === 'bundled').length ?? '…'} bundled modules, version <code>{contentVersion}</code>
            {stored !== undefined && stored !== contentVersion && ` (stored: ${stored})`}
          </dd>
          <dt>Storage schema</dt>
          <dd>Version {SCHEMA_VERSION}</dd>
        </dl>
      </section>
    </div>
  );
}
