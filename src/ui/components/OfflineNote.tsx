// A calm word where the browser refused to keep Roundtable for use offline at this address (it
// does so at an address whose certificate it does not trust, as with a laptop's own for --lan):
// what that means for the journal, and how to keep what was written.

import { useApp } from '../../app/context.ts';
import { t } from '../../i18n/i18n.ts';
import { Words } from '../../i18n/Words.tsx';
import { Link } from './Link.tsx';
import { Notice } from './Notice.tsx';

/** The note, or nothing while the app is kept for use offline. `inJournal` says where it is shown. */
export function OfflineNote({ inJournal = false }: { inJournal?: boolean }) {
  const { device } = useApp();
  if (!device.offlineUnavailable.value) return null;
  return (
    <Notice title={t('journal.offlineTitle')}>
      <p>
        {inJournal ? (
          t('journal.offlineTextJournal', { host: location.host })
        ) : (
          <Words id="journal.offlineText" values={{ host: location.host, journal: <Link href="/journal">{t('journal.offlineJournalLink')}</Link> }} />
        )}
      </p>
    </Notice>
  );
}
