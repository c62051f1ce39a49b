// The facilitator's controls: the agenda's steps, the clock, who may move the pages, and the end.

import { useState } from 'preact/hooks';
import type { SessionState } from '../../state/sessionState.ts';
import { AgendaSteps } from './AgendaSteps.tsx';

/** The lengths offered for a meeting, in minutes; the one the session has is offered too. */
const LENGTHS = [45, 60, 75, 90, 105, 120, 150, 180];

/** How long the meeting is planned to last: the agenda shares it out, and the clock counts it down. */
function MeetingLength({ state }: { state: SessionState }) {
  const minutes = state.meetingMinutes.value;
  if (minutes === undefined) return null;
  const lengths = LENGTHS.includes(minutes) ? LENGTHS : [...LENGTHS, minutes].sort((a, b) => a - b);
  return (
    <label class="meeting-length">
      <span>Meeting length</span>
      <select value={String(minutes)} onChange={(e) => state.setMeetingLength(Number(e.currentTarget.value))}>
        {lengths.map((m) => (
          <option key={m} value={String(m)}>
            {m} minutes
          </option>
        ))}
      </select>
    </label>
  );
}

/** The facilitation panel. */
export function FacilitatorTools({ state }: { state: SessionState }) {
  const clock = state.clock.value;
  const controlMode = state.controlMode.value;
  const [confirmEnd, setConfirmEnd] = useState(false);
  if (!clock || !controlMode) return null;
  const running = clock.startedAt !== null && clock.pausedAt === null;
  return (
    <section class="panel tools" aria-labelledby="tools-heading">
      <h2 id="tools-heading">Facilitation</h2>
      <AgendaSteps state={state} controls />
      <div class="button-row tools-row">
        <MeetingLength state={state} />
        {running ? (
          <button type="button" onClick={state.pauseClock}>
            Pause the clock
          </button>
        ) : (
          <button type="button" onClick={state.startClock}>
            {clock.startedAt === null ? 'Start the clock' : 'Resume the clock'}
          </button>
        )}
      </div>
      <label class="switch">
        <input type="checkbox" checked={controlMode === 'anyone'} onChange={(e) => state.setControlMode(e.currentTarget.checked ? 'anyone' : 'facilitator')} />
        <span>Let anyone move the pages</span>
      </label>
      {confirmEnd ? (
        <div class="button-row" role="group" aria-label="End the session?">
          <button type="button" class="primary" onClick={() => state.end()}>
            Yes, end the session
          </button>
          <button type="button" onClick={() => setConfirmEnd(false)}>
            Keep going
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirmEnd(true)}>
          End the session
        </button>
      )}
    </section>
  );
}
