// The takeaways the group has shared in this session, each with its author's name or none.

import type { SharedTakeaway } from '../../core/takeaways.ts';
import { t } from '../../i18n/i18n.ts';
import { personName } from '../personName.ts';

/** Who shared a takeaway, as people read it. */
export function sharedBy(entry: SharedTakeaway, meId: string, mySharedIds: ReadonlySet<string>): string {
  if (entry.authorId === meId) return t('takeaways.you');
  if (mySharedIds.has(entry.id)) return t('takeaways.youAnonymously');
  return personName(entry.authorName, 'anonymous');
}

/** The group's shared takeaways. */
export function SharedTakeaways({ entries, meId, mySharedIds }: { entries: SharedTakeaway[]; meId: string; mySharedIds: ReadonlySet<string> }) {
  return (
    <section class="shared-takeaways panel" aria-labelledby="shared-heading">
      <h2 id="shared-heading">{t('takeaways.sharedHeading')}</h2>
      {entries.length === 0 ? (
        <p class="quiet">{t('takeaways.nothingSharedYet')}</p>
      ) : (
        <ul class="shared-list" aria-label={t('takeaways.sharedListLabel')}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <p class="shared-text">{entry.text}</p>
              <p class="shared-by">{sharedBy(entry, meId, mySharedIds)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
