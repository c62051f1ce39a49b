// The commitment statuses the group chose to share at the check-in.

import type { SharedCheckIn } from '../../core/takeaways.ts';
import { t } from '../../i18n/i18n.ts';
import { personName } from '../personName.ts';
import { statusWords } from './takeawayWords.ts';

/** The group's shared check-ins. */
export function SharedCheckIns({ entries, large = false }: { entries: SharedCheckIn[]; large?: boolean }) {
  if (entries.length === 0) return <p class="quiet">{t('takeaways.noStatusShared')}</p>;
  return (
    <ul class={`shared-list shared-checkins${large ? ' large' : ''}`} aria-label={t('takeaways.statusListLabel')}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <p class="shared-text">
            <span class={`checkin-tag checkin-${entry.status}`}>{statusWords(entry.status)}</span> {entry.what}
          </p>
          {entry.note && <p class="shared-note-text">{entry.note}</p>}
          <p class="shared-by">{personName(entry.authorName)}</p>
        </li>
      ))}
    </ul>
  );
}
