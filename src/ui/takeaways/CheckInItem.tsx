// One of my commitments from last time, at the check-in: how it went (done, partly, not yet or
// dropped), a note if I wish, and whether the group sees the status.

import { CHECK_IN_STATUSES, MAX_NOTE_LENGTH } from '../../core/takeaways.ts';
import { t } from '../../i18n/i18n.ts';
import type { CommitmentRecord } from '../../storage/db.ts';
import type { TakeawayState } from '../../state/takeawayState.ts';
import { formatDay } from './formatDay.ts';
import { statusWords } from './takeawayWords.ts';

/** One commitment to check in on. */
export function CheckInItem({ record, index, takeaways }: { record: CommitmentRecord; index: number; takeaways: TakeawayState }) {
  const base = `checkin-${record.id}`;
  const legend = t('takeaways.commitmentNumber', { number: index + 1 });
  const date = formatDay(record.byWhen);
  return (
    <fieldset class="checkin-item">
      <legend>
        <span class="visually-hidden">{t('takeaways.checkInLegend', { commitment: legend })}</span>
        {record.what || t('takeaways.noText')}
      </legend>
      <p class="quiet checkin-meta">
        {record.howKnow ? t('takeaways.byDateHowKnow', { date, howKnow: record.howKnow }) : t('takeaways.byDate', { date })}
      </p>
      <div class="status-choices" role="radiogroup" aria-label={t('takeaways.howDidItGo', { commitment: legend })}>
        {CHECK_IN_STATUSES.map((status) => (
          <label key={status} class="status-choice">
            <input type="radio" name={`${base}-status`} value={status} checked={record.status === status} onChange={() => void takeaways.setStatus(record.id, status)} />
            {statusWords(status)}
          </label>
        ))}
      </div>
      <label for={`${base}-note`} class="checkin-note-label">
        {t('takeaways.noteLabel')}
      </label>
      <textarea id={`${base}-note`} rows={2} maxLength={MAX_NOTE_LENGTH} value={record.note} onInput={(e) => void takeaways.setStatus(record.id, record.status, e.currentTarget.value)} />
      <label class="share-status">
        <input type="checkbox" checked={record.statusShared} disabled={record.status === 'open'} onChange={(e) => void takeaways.shareStatus(record.id, e.currentTarget.checked)} />
        {t('takeaways.shareStatus')}
      </label>
    </fieldset>
  );
}
