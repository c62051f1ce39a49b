// One of my commitments from last time, at the check-in: how it went (done, partly, not yet or
// dropped), a note if I wish, and whether the group sees the status.

import { CHECK_IN_STATUSES, MAX_NOTE_LENGTH } from '../../core/takeaways.ts';
import type { CommitmentRecord } from '../../storage/db.ts';
import type { TakeawayState } from '../../state/takeawayState.ts';
import { formatDay } from './formatDay.ts';

/** One commitment to check in on. */
export function CheckInItem({ record, index, takeaways }: { record: CommitmentRecord; index: number; takeaways: TakeawayState }) {
  const base = `checkin-${record.id}`;
  const legend = `Commitment ${index + 1}`;
  return (
    <fieldset class="checkin-item">
      <legend>
        <span class="visually-hidden">{legend}: </span>
        {record.what || '(no text)'}
      </legend>
      <p class="quiet checkin-meta">
        By {formatDay(record.byWhen)}
        {record.howKnow && <> · I would know it worked: {record.howKnow}</>}
      </p>
      <div class="status-choices" role="radiogroup" aria-label={`How did it go? (${legend})`}>
        {CHECK_IN_STATUSES.map(({ status, label }) => (
          <label key={status} class="status-choice">
            <input type="radio" name={`${base}-status`} value={status} checked={record.status === status} onChange={() => void takeaways.setStatus(record.id, status)} />
            {label}
          </label>
        ))}
      </div>
      <label for={`${base}-note`} class="checkin-note-label">
        Note (optional)
      </label>
      <textarea id={`${base}-note`} rows={2} maxLength={MAX_NOTE_LENGTH} value={record.note} onInput={(e) => void takeaways.setStatus(record.id, record.status, e.currentTarget.value)} />
      <label class="share-status">
        <input type="checkbox" checked={record.statusShared} disabled={record.status === 'open'} onChange={(e) => void takeaways.shareStatus(record.id, e.currentTarget.checked)} />
        Share this with the group (the commitment, its status and the note)
      </label>
    </fieldset>
  );
}
