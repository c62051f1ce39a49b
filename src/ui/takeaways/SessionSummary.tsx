// The end of the session on my laptop: what I wrote, what I committed to, and what the group
// shared, all kept on this device for the journal.

import { t } from '../../i18n/i18n.ts';
import type { TakeawayState } from '../../state/takeawayState.ts';
import { formatDay } from './formatDay.ts';

/** The summary shown once the session has ended. */
export function SessionSummary({ takeaways }: { takeaways: TakeawayState }) {
  const mine = takeaways.mine.value.filter((record) => record.text.trim());
  const made = takeaways.commitments.value.filter((c) => c.what.trim());
  const shared = takeaways.shared.value;
  return (
    <section class="session-summary panel" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('takeaways.summaryHeading')}</h2>
      <h3>{t('takeaways.padHeading')}</h3>
      {mine.length === 0 ? <p class="quiet">{t('takeaways.noneWritten')}</p> : (
        <ul class="summary-list">
          {mine.map((record) => <li key={record.id}>{record.text}</li>)}
        </ul>
      )}
      <h3>{t('takeaways.commitmentsHeading')}</h3>
      {made.length === 0 ? <p class="quiet">{t('takeaways.noneMade')}</p> : (
        <ul class="summary-list">
          {made.map((c) => (
            <li key={c.id}>
              {c.what} <span class="quiet">{t('takeaways.summaryByDate', { date: formatDay(c.byWhen) })}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('takeaways.sharedByGroup')}</h3>
      {shared.length === 0 ? <p class="quiet">{t('takeaways.nothingShared')}</p> : (
        <ul class="summary-list">
          {shared.map((s) => <li key={s.id}>{s.text} <span class="quiet">{s.authorName ? t('takeaways.summaryAuthor', { name: s.authorName }) : t('takeaways.summaryAnonymous')}</span></li>)}
        </ul>
      )}
      <p class="quiet">{t('takeaways.summaryKept')}</p>
    </section>
  );
}
