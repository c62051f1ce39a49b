// The closing round on my laptop: one to three commitments for the coming weeks, saved on this
// device as typed, and the next meeting's date that they default to.

import { closingRoundStatus } from '../../core/takeaways.ts';
import type { TakeawayState } from '../../state/takeawayState.ts';
import { CommitmentFields } from './CommitmentFields.tsx';
import { NextMeetingDate } from './NextMeetingDate.tsx';
import { SaveStatusLine } from './SaveStatusLine.tsx';

/** The closing round's commitments. */
export function ClosingRound({ takeaways }: { takeaways: TakeawayState }) {
  const made = takeaways.commitments.value;
  const draftId = takeaways.commitmentDraftId.value;
  const round = closingRoundStatus(made);
  return (
    <section class="closing-round panel" aria-labelledby="commitments-heading">
      <div class="panel-head">
        <h2 id="commitments-heading">My commitments</h2>
        <SaveStatusLine takeaways={takeaways} />
      </div>
      <NextMeetingDate takeaways={takeaways} />
      <p class="quiet">One to three things you will do before the next meeting. They stay on this device; the next meeting opens with them.</p>
      {/* One keyed list, so that the draft keeps its fields (and the focus) as it becomes a commitment. */}
      {[
        ...made.map((record, i) => <CommitmentFields key={record.id} id={record.id} record={record} legend={`Commitment ${i + 1}`} takeaways={takeaways} />),
        ...(takeaways.canAddCommitment.value ? [<CommitmentFields key={draftId} id={draftId} legend={`Commitment ${made.length + 1}`} takeaways={takeaways} />] : []),
      ]}
      <p class={round.complete ? 'round-status quiet' : 'round-status'}>{round.message}</p>
    </section>
  );
}
