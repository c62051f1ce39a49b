// The check-in that opens a group's next meeting: my commitments from its earlier sessions to
// mark, and the statuses others chose to share.

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
          <h2 id="checkin-heading">My commitments from last time</h2>
          <SaveStatusLine takeaways={takeaways} />
        </div>
        {earlier.length === 0 ? (
          <p class="quiet">This device holds no open commitments from this group’s earlier meetings.</p>
        ) : (
          <>
            <p class="quiet">Mark how each went. Your marks stay on this device unless you share them.</p>
            {earlier.map((record, i) => (
              <CheckInItem key={record.id} record={record} index={i} takeaways={takeaways} />
            ))}
          </>
        )}
      </section>
      <section class="shared-checkins-panel panel" aria-labelledby="shared-checkins-heading">
        <h2 id="shared-checkins-heading">Shared at the check-in</h2>
        <SharedCheckIns entries={takeaways.checkIns.value} />
      </section>
    </>
  );
}
