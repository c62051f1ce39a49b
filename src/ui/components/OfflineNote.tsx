// A calm word where the browser refused to keep Roundtable for use offline at this address (it
// does so at an address whose certificate it does not trust, as with a laptop's own for --lan):
// what that means for the journal, and how to keep what was written.

import { useApp } from '../../app/context.ts';
import { Link } from './Link.tsx';
import { Notice } from './Notice.tsx';

/** The note, or nothing while the app is kept for use offline. `inJournal` says where it is shown. */
export function OfflineNote({ inJournal = false }: { inJournal?: boolean }) {
  const { device } = useApp();
  if (!device.offlineUnavailable.value) return null;
  return (
    <Notice title="This browser does not keep Roundtable for use offline at this address">
      <p>
        It would not store Roundtable’s offline copy here, as happens where it does not trust the address’s certificate, so Roundtable opens here only while {location.host} can be reached. Your journal is kept in this browser, for this address. To keep it with you,{' '}
        {inJournal ? 'export it' : <>open your <Link href="/journal">journal</Link>, export it</>} as JSON and import that file into Roundtable on your own laptop.
      </p>
    </Notice>
  );
}
