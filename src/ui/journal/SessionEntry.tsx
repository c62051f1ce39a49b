// One session in the journal: its group, module, date and pages covered, then my takeaways, my
// commitments and what the group shared.

import { useState } from 'preact/hooks';
import { pageRanges } from '../../core/journal/dates.ts';
import type { JournalEntry } from '../../core/journal/filter.ts';
import type { CommitmentStatus } from '../../core/journal/types.ts';
import { t } from '../../i18n/i18n.ts';
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
        <h2 id={headingId}>{session ? session.moduleTitle || t('journal.untitledSession') : t('journal.unknownSession')}</h2>
        {pages && <p class="entry-pages">{t('journal.pagesCovered', { pages })}</p>}
      </header>
      {entry.takeaways.length > 0 && (
        <section class="entry-part">
          <h3>{t('journal.myTakeaways')}</h3>
          <ul class="note-list">
            {entry.takeaways.map((takeaway) => (
              <li key={takeaway.id} class="takeaway">
                {takeaway.text}
                {takeaway.shared && <span class="tag">{t(takeaway.shared.anonymous ? 'journal.sharedAnonymously' : 'journal.shared')}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {entry.commitments.length > 0 && (
        <section class="entry-part">
          <h3>{t('journal.myCommitments')}</h3>
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
            <h3>{t('journal.sharedByGroupCount', { count: entry.shared.length })}</h3>
          </summary>
          {open && (
            <ul class="note-list">
              {entry.shared.map((s) => (
                <li key={s.id} class="shared-takeaway">
                  {s.text} <span class="author">— {s.authorName ?? t('journal.anonymousAuthor')}</span>
                </li>
              ))}
            </ul>
          )}
        </details>
      )}
      {entry.takeaways.length + entry.commitments.length + entry.shared.length === 0 && <p class="quiet">{t('journal.nothingWritten')}</p>}
    </article>
  );
}
