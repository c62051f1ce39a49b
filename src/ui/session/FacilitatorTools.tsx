// The facilitator's controls beside the roster: who may move pages, the clock, and the end.

import { useState } from 'preact/hooks';
import type { SessionState } from '../../state/sessionState.ts';
import { SessionClock } from './SessionClock.tsx';

/** The facilitator tools panel. */
export function FacilitatorTools({ state }: { state: SessionState }) {
  const session = state.session.value;
  const [confirmEnd, setConfirmEnd] = useState(false);
  if (!session) return null;
  return (
    <section class="panel" aria-labelledby="tools-heading">
      <h2 id="tools-heading">Facilitation</h2>
      <label class="switch">
        <input type="checkbox" checked={session.controlMode === 'anyone'} onChange={(e) => state.setControlMode(e.currentTarget.checked ? 'anyone' : 'facilitator')} />
        <span>Let anyone move the pages</span>
      </label>
      <SessionClock clock={session.clock} onStart={state.startClock} onPause={state.pauseClock} />
      {confirmEnd ? (
        <div class="button-row">
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
