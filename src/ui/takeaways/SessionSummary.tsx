// The end of the session on my laptop: what I wrote, what I committed to, and what the group
// shared, all kept on this device for the journal.

import type { TakeawayState } from '../../state/takeawayState.ts';
import { formatDay } from './formatDay.ts';

/** The summary shown once the session has ended. */
export function SessionSummary({ takeaways }: { takeaways: TakeawayState }) {
  const mine = takeaways.mine.value.filter((t) => t.text.trim());
  const made = takeaways.commitments.value.filter((c) => c.what.trim());
  const shared = takeaways.shared.value;
  return (
    <section class="session-summary panel" aria-labelledby="summary-heading">
      <h2 id="summary-heading">From this session</h2>
      <h3>My takeaways</h3>
      {mine.length === 0 ? <p class="quiet">None written.</p> : (
        <ul class="summary-list">
          {mine.map((t) => <li key={t.id}>{t.text}</li>)}
        </ul>
      )}
      <h3>My commitments</h3>
      {made.length === 0 ? <p class="quiet">None made.</p> : (
        <ul class="summary-list">
          {made.map((c) => (
            <li key={c.id}>
              {c.what} <span class="quiet">(by {formatDay(c.byWhen)})</span>
            </li>
          ))}
        </ul>
      )}
      <h3>Shared by the group</h3>
      {shared.length === 0 ? <p class="quiet">Nothing was shared.</p> : (
        <ul class="summary-list">
          {shared.map((s) => <li key={s.id}>{s.text} <span class="quiet">({s.authorName ?? 'anonymous'})</span></li>)}
        </ul>
      )}
      <p class="quiet">All of this stays on this device, in your journal.</p>
    </section>
  );
}
