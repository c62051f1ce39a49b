// One session in the journal: its group, module, date and pages covered, then my takeaways, my
// commitments and what the group shared.

import { useState } from 'preact/hooks';
import { pageRanges } from '../../core/journal/dates.ts';
import type { JournalEntry } from '../../core/journal/filter.ts';
import type { CommitmentStatus } from '../../core/journal/types.ts';
import { formatDay } from './formatDate.ts';
import { CommitmentItem } from './CommitmentItem.tsx';

/** A session's card. `openShared` unfolds the group's takeaways (while searching). */
export function SessionEntry({ entry, openShared, onUpdate, onNote }: { entry: JournalEntry; openShared: boolean; onUpdate: (id: string, status: CommitmentStatus, note: string) => Promise<boolean>; onNote: (id: string, note: string) => Promise<boolean> }) {
  const { session } = entry;
  // The group's takeaways are built only once unfolded: a year holds hundreds of them.
  const [unfolded, setUnfolded] = useState(false);
  const open = openShared || unfolded;
  const headingId = `entry-${entry.key}`;
  const pages = session?.pagesCovered?.length ? pageRanges(session.pagesCovered) : '';
  return (
    <article class="journal-entry" aria-labelledby={headingId}>
      <header class="entry-header">
        <p class="entry-when">
          {formatDay(entry.date)}
          {session?.groupName && <span> · {session.groupName}</span>}
        </p>
        <h2 id={headingId}>{session ? session.moduleTitle || 'A session' : 'Notes from a session not on this device'}</h2>
        {pages && <p class="entry-pages">Pages covered: {pages}</p>}
      </header>
      {entry.takeaways.length > 0 && (
        <section class="entry-part">
          <h3>My takeaways</h3>
          <ul class="note-list">
            {entry.takeaways.map((t) => (
              <li key={t.id} class="takeaway">
                {t.text}
                {t.shared && <span class="tag">{t.shared.anonymous ? 'Shared anonymously' : 'Shared'}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {entry.commitments.length > 0 && (
        <section class="entry-part">
          <h3>My commitments</h3>
          <ul class="commitment-list">
            {entry.commitments.map((c) => (
              <CommitmentItem key={c.id} commitment={c} idPrefix="entry" onUpdate={onUpdate} onNote={onNote} />
            ))}
          </ul>
        </section>
      )}
      {entry.shared.length > 0 && (
        <details class="entry-part shared-part" open={open} onToggle={(event) => setUnfolded(event.currentTarget.open)}>
          <summary>
            <h3>Shared by the group ({entry.shared.length})</h3>
          </summary>
          {open && (
            <ul class="note-list">
              {entry.shared.map((s) => (
                <li key={s.id} class="shared-takeaway">
                  {s.text} <span class="author">— {s.authorName ?? 'anonymous'}</span>
                </li>
              ))}
            </ul>
          )}
        </details>
      )}
      {entry.takeaways.length + entry.commitments.length + entry.shared.length === 0 && <p class="quiet">Nothing was written in this session.</p>}
    </article>
  );
}
