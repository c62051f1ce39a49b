// The facilitator's controls: the agenda's steps, the clock, who may move the pages, and the end.

import { useState } from 'preact/hooks';
import type { SessionState } from '../../state/sessionState.ts';
import { AgendaSteps } from './AgendaSteps.tsx';

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
