// "Due soon": my pending commitments due in the next two weeks, and any overdue.

import { useState } from 'preact/hooks';
import type { DueCommitment } from '../../core/journal/filter.ts';
import type { CommitmentStatus } from '../../core/journal/types.ts';
import { t } from '../../i18n/i18n.ts';
import { DUE_SOON_DAYS } from '../../state/journalState.ts';
import { CommitmentItem } from './CommitmentItem.tsx';

/** How many are listed before "Show all": the panel stays short above the journal on a phone. */
const FIRST = 3;

/** The due-soon panel. */
export function DueSoon({ due, onUpdate, onNote }: { due: DueCommitment[]; onUpdate: (id: string, status: CommitmentStatus, note: string) => Promise<boolean>; onNote: (id: string, note: string) => Promise<boolean> }) {
  const [all, setAll] = useState(false);
  const shown = all ? due : due.slice(0, FIRST);
  return (
    <section class="panel due-soon" aria-labelledby="due-soon-heading">
      <h2 id="due-soon-heading">{t('journal.dueSoon')}</h2>
      {due.length === 0 ? (
        <p class="quiet">{t('journal.nothingDue', { days: DUE_SOON_DAYS })}</p>
      ) : (
        <ul class="commitment-list">
          {shown.map(({ commitment, daysLeft }) => (
            <CommitmentItem key={commitment.id} commitment={commitment} idPrefix="due" daysLeft={daysLeft} onUpdate={onUpdate} onNote={onNote} />
          ))}
        </ul>
      )}
      {due.length > FIRST && (
        <button type="button" class="quiet-button show-all-due" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('journal.showFewer') : t('journal.showAll', { count: due.length })}
        </button>
      )}
    </section>
  );
}
