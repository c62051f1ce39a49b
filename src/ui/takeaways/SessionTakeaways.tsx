// The takeaways side of a laptop in a live session, by the agenda's step: the check-in; my pad
// and the group's shared takeaways during the pages; my commitments and the pad in the closing
// round; a summary at the end.

import { useMemo } from 'preact/hooks';
import type { OpenedSession } from '../session/openedSession.ts';
import { CheckIn } from './CheckIn.tsx';
import { ClosingRound } from './ClosingRound.tsx';
import { SessionSummary } from './SessionSummary.tsx';
import { SharedTakeaways } from './SharedTakeaways.tsx';
import { TakeawayPad } from './TakeawayPad.tsx';
import { takeawaysOf } from './takeawayLink.ts';

/** The session's takeaways, commitments and check-in for this device. */
export function SessionTakeaways({ opened }: { opened: OpenedSession }) {
  const takeaways = takeawaysOf(opened.state);
  const phase = opened.state.phase.value;
  const mine = takeaways?.mine.value;
  const mySharedIds = useMemo(() => new Set((mine ?? []).flatMap((t) => (t.shared ? [t.shared.sharedId] : []))), [mine]);
  if (!takeaways || !phase || opened.state.role !== 'participant') return null;
  return (
    <div class={`session-takeaways phase-${phase}`}>
      {phase === 'checkin' && <CheckIn takeaways={takeaways} />}
      {phase === 'closing' && <ClosingRound takeaways={takeaways} />}
      {(phase === 'pages' || phase === 'closing') && <TakeawayPad takeaways={takeaways} />}
      {phase === 'pages' && <SharedTakeaways entries={takeaways.shared.value} meId={opened.state.deviceId} mySharedIds={mySharedIds} />}
      {phase === 'ended' && <SessionSummary takeaways={takeaways} />}
    </div>
  );
}
