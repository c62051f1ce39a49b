// My private pad: the takeaways I write during the session, each saved on this device as it
// is typed. An empty one always waits at the end, so that a new thought needs no click.

import type { TakeawayState } from '../../state/takeawayState.ts';
import { MyTakeaway } from './MyTakeaway.tsx';
import { SaveStatusLine } from './SaveStatusLine.tsx';

/** The takeaway pad. */
export function TakeawayPad({ takeaways }: { takeaways: TakeawayState }) {
  const mine = takeaways.mine.value;
  const draftId = takeaways.draftId.value;
  return (
    <section class="takeaway-pad panel" aria-labelledby="pad-heading">
      <div class="panel-head">
        <h2 id="pad-heading">My takeaways</h2>
        <SaveStatusLine takeaways={takeaways} />
      </div>
      <p class="quiet pad-hint">Private: they stay on this device unless you share one with the group.</p>
      <ol class="my-takeaways">
        {/* One keyed list, so that the draft keeps its element (and the focus) as it becomes a takeaway. */}
        {[
          ...mine.map((record, i) => <MyTakeaway key={record.id} id={record.id} record={record} label={`Takeaway ${i + 1}`} takeaways={takeaways} />),
          <MyTakeaway key={draftId} id={draftId} label={mine.length === 0 ? 'New takeaway' : 'Another takeaway'} takeaways={takeaways} />,
        ]}
      </ol>
    </section>
  );
}
