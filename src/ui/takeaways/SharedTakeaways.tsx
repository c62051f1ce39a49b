// The takeaways the group has shared in this session, each with its author's name or none.

import type { SharedTakeaway } from '../../core/takeaways.ts';

/** Who shared a takeaway, as people read it. */
export function sharedBy(entry: SharedTakeaway, meId: string, mySharedIds: ReadonlySet<string>): string {
  if (entry.authorId === meId) return 'You';
  if (mySharedIds.has(entry.id)) return 'You, anonymously';
  return entry.authorName ?? 'Anonymous';
}

/** The group's shared takeaways. */
export function SharedTakeaways({ entries, meId, mySharedIds }: { entries: SharedTakeaway[]; meId: string; mySharedIds: ReadonlySet<string> }) {
  return (
    <section class="shared-takeaways panel" aria-labelledby="shared-heading">
      <h2 id="shared-heading">Shared with the group</h2>
      {entries.length === 0 ? (
        <p class="quiet">Nothing shared yet. Anyone can share a takeaway from their pad, with their name or anonymously.</p>
      ) : (
        <ul class="shared-list" aria-label="Takeaways shared with the group">
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
