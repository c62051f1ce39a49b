// The commitment statuses the group chose to share at the check-in.

import type { SharedCheckIn } from '../../core/takeaways.ts';
import { statusLabel } from '../../core/takeaways.ts';

/** The group's shared check-ins. */
export function SharedCheckIns({ entries, large = false }: { entries: SharedCheckIn[]; large?: boolean }) {
  if (entries.length === 0) return <p class="quiet">No one has shared a status yet.</p>;
  return (
    <ul class={`shared-list shared-checkins${large ? ' large' : ''}`} aria-label="Statuses shared with the group">
      {entries.map((entry) => (
        <li key={entry.id}>
          <p class="shared-text">
            <span class={`checkin-tag checkin-${entry.status}`}>{statusLabel(entry.status)}</span> {entry.what}
          </p>
          {entry.note && <p class="shared-note-text">{entry.note}</p>}
          <p class="shared-by">{entry.authorName}</p>
        </li>
      ))}
    </ul>
  );
}
