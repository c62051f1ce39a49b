// What the projector shows of takeaways: only what the group shared (takeaways, and statuses at
// the check-in). It never reads anyone's private takeaways.

import { t } from '../../i18n/i18n.ts';
import { Words } from '../../i18n/Words.tsx';
import type { SessionState } from '../../state/sessionState.ts';
import { personName } from '../personName.ts';
import { SharedCheckIns } from './SharedCheckIns.tsx';
import { takeawaysOf } from './takeawayLink.ts';

/** How many of the latest shared takeaways fit on the projected screen. */
const SHOWN = 4;

/** The shared takeaways or check-ins, on the projector. */
export function ProjectorTakeaways({ state }: { state: SessionState }) {
  const takeaways = takeawaysOf(state);
  const phase = state.phase.value;
  if (!takeaways || !phase) return null;
  if (phase === 'checkin') {
    const checkIns = takeaways.checkIns.value;
    if (checkIns.length === 0) return null;
    return (
      <section class="projector-takeaways" aria-labelledby="projector-checkins">
        <h2 id="projector-checkins">{t('takeaways.sharedAtCheckIn')}</h2>
        <SharedCheckIns entries={checkIns} large />
      </section>
    );
  }
  const shared = takeaways.shared.value;
  if (shared.length === 0) return null;
  const latest = shared.slice(-SHOWN);
  return (
    <section class="projector-takeaways" aria-labelledby="projector-shared">
      <h2 id="projector-shared">
        <Words id="takeaways.projectorHeading" values={{ latest: shared.length > SHOWN ? <span class="quiet">{t('takeaways.projectorLatest', { shown: SHOWN, total: shared.length })}</span> : '' }} />
      </h2>
      <ul class="shared-list large" aria-label={t('takeaways.sharedListLabel')}>
        {latest.map((entry) => (
          <li key={entry.id}>
            <p class="shared-text">{entry.text}</p>
            <p class="shared-by">{personName(entry.authorName, 'anonymous')}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
