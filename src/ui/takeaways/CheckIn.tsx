// The check-in that opens a group's next meeting: my commitments from its earlier sessions to
// mark, and the statuses others chose to share.

import { t } from '../../i18n/i18n.ts';
import type { TakeawayState } from '../../state/takeawayState.ts';
import { CheckInItem } from './CheckInItem.tsx';
import { SaveStatusLine } from './SaveStatusLine.tsx';
import { SharedCheckIns } from './SharedCheckIns.tsx';

/** The check-in. */
export function CheckIn({ takeaways }: { takeaways: TakeawayState }) {
  const earlier = takeaways.earlier.value;
  return (
    <>
      <section class="checkin panel" aria-labelledby="checkin-heading">
        <div class="panel-head">
          <h2 id="checkin-heading">{t('takeaways.checkInHeading')}</h2>
          <SaveStatusLine takeaways={takeaways} />
        </div>
        {earlier.length === 0 ? (
          <p class="quiet">{t('takeaways.checkInNone')}</p>
        ) : (
          <>
            <p class="quiet">{t('takeaways.checkInHint')}</p>
            {earlier.map((record, i) => (
              <CheckInItem key={record.id} record={record} index={i} takeaways={takeaways} />
            ))}
          </>
        )}
      </section>
      <section class="shared-checkins-panel panel" aria-labelledby="shared-checkins-heading">
        <h2 id="shared-checkins-heading">{t('takeaways.sharedAtCheckIn')}</h2>
        <SharedCheckIns entries={takeaways.checkIns.value} />
      </section>
    </>
  );
}
