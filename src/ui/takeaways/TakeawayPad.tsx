// My private pad: the takeaways I write during the session, each saved on this device as it
// is typed. An empty one always waits at the end, so that a new thought needs no click.

import { t } from '../../i18n/i18n.ts';
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
        <h2 id="pad-heading">{t('takeaways.padHeading')}</h2>
        <SaveStatusLine takeaways={takeaways} />
      </div>
      <p class="quiet pad-hint">{t('takeaways.padHint')}</p>
      <ol class="my-takeaways">
        {/* One keyed list, so that the draft keeps its element (and the focus) as it becomes a takeaway. */}
        {[
          ...mine.map((record, i) => <MyTakeaway key={record.id} id={record.id} record={record} label={t('takeaways.takeawayNumber', { number: i + 1 })} takeaways={takeaways} />),
          <MyTakeaway key={draftId} id={draftId} label={t(mine.length === 0 ? 'takeaways.newTakeaway' : 'takeaways.anotherTakeaway')} takeaways={takeaways} />,
        ]}
      </ol>
    </section>
  );
}
