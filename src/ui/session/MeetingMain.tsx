// The main column of a laptop, by the agenda's step: the check-in, the group's page with its
// reader and controls, the closing round, or the end.

import type { SessionState } from '../../state/sessionState.ts';
import { Notice } from '../components/Notice.tsx';
import { OfflineNote } from '../components/OfflineNote.tsx';
import { GroupPage } from './GroupPage.tsx';
import { JumpToPage } from './JumpToPage.tsx';
import { PageControls } from './PageControls.tsx';
import { ReaderLine } from './ReaderLine.tsx';

/** The meeting's main column. */
export function MeetingMain({ state }: { state: SessionState }) {
  const phase = state.phase.value;
  const canControl = state.canControl.value;
  if (phase === 'checkin') {
    return (
      <section class="phase-intro" aria-labelledby="phase-heading">
        <h1 id="phase-heading">Check-in</h1>
        <p>Before the new module, each person says how the commitments from last time went: done, partly, not yet or dropped, and what they learned from it.</p>
      </section>
    );
  }
  if (phase === 'closing') {
    return (
      <section class="phase-intro" aria-labelledby="phase-heading">
        <h1 id="phase-heading">Closing round</h1>
        <p>Note one to three commitments: what you will do, by when, and how you will know it worked. Then each person shares one takeaway aloud.</p>
      </section>
    );
  }
  if (phase === 'ended') {
    return (
      <section class="phase-intro" aria-labelledby="phase-heading">
        <h1 id="phase-heading">The session has ended</h1>
        <Notice title="Thank you">
          <p>Everything from this session stays on this device. Your takeaways and commitments are in your journal.</p>
        </Notice>
        <OfflineNote />
      </section>
    );
  }
  return (
    <>
      <GroupPage state={state}>
        <ReaderLine state={state} />
      </GroupPage>
      {canControl && (
        <div class="control-row">
          <PageControls state={state} />
          <JumpToPage state={state} />
        </div>
      )}
    </>
  );
}
