// What an empty journal shows: what will appear here, and where to begin.

import { t } from '../../i18n/i18n.ts';
import { Words } from '../../i18n/Words.tsx';
import { Link } from '../components/Link.tsx';

/** The empty journal. */
export function EmptyJournal() {
  return (
    <section class="panel journal-empty" aria-labelledby="journal-empty-heading">
      <h2 id="journal-empty-heading">{t('journal.emptyTitle')}</h2>
      <p>{t('journal.emptyText')}</p>
      <p>
        <Words id="journal.emptyStart" values={{ link: <Link href="/">{t('journal.emptyLibraryLink')}</Link> }} />
      </p>
    </section>
  );
}
