// The closing round on my laptop: one to three commitments for the coming weeks, saved on this
// device as typed, and the next meeting's date that they default to.

import { closingRoundStatus } from '../../core/takeaways.ts';
import { t } from '../../i18n/i18n.ts';
import type { TakeawayState } from '../../state/takeawayState.ts';
import { CommitmentFields } from './CommitmentFields.tsx';
import { NextMeetingDate } from './NextMeetingDate.tsx';
import { SaveStatusLine } from './SaveStatusLine.tsx';
import { closingRoundWords } from './takeawayWords.ts';

/** The closing round's commitments. */
export function ClosingRound({ takeaways }: { takeaways: TakeawayState }) {
  const made = takeaways.commitments.value;
  const draftId = takeaways.commitmentDraftId.value;
  const round = closingRoundStatus(made);
  return (
    <section class="closing-round panel" aria-labelledby="commitments-heading">
      <div class="panel-head">
        <h2 id="commitments-heading">{t('takeaways.commitmentsHeading')}</h2>
        <SaveStatusLine takeaways={takeaways} />
      </div>
      <NextMeetingDate takeaways={takeaways} />
      <p class="quiet">{t('takeaways.closingHint')}</p>
      {/* One keyed list, so that the draft keeps its fields (and the focus) as it becomes a commitment. */}
      {[
        ...made.map((record, i) => <CommitmentFields key={record.id} id={record.id} record={record} legend={t('takeaways.commitmentNumber', { number: i + 1 })} takeaways={takeaways} />),
        ...(takeaways.canAddCommitment.value ? [<CommitmentFields key={draftId} id={draftId} legend={t('takeaways.commitmentNumber', { number: made.length + 1 })} takeaways={takeaways} />] : []),
      ]}
      <p class={round.complete ? 'round-status quiet' : 'round-status'}>{closingRoundWords(round)}</p>
    </section>
  );
}
