// Who moves the pages, in a quiet line, and the reason when an action was refused.

import type { SessionState } from '../../state/sessionState.ts';

/** The control line. */
export function ControlLine({ state }: { state: SessionState }) {
  const mode = state.controlMode.value;
  const facilitatorId = state.facilitatorId.value;
  const facilitator = state.participants.value?.find((p) => p.id === facilitatorId);
  const notice = state.notice.value;
  return (
    <>
      {notice && (
        <p class="form-error" role="alert">
          {notice}
        </p>
      )}
      <p class="quiet facilitated-by">
        {mode === 'anyone' ? 'Anyone can move the pages.' : `${facilitator ? (facilitator.id === state.deviceId ? 'You facilitate' : `Facilitated by ${facilitator.name}`) : 'Facilitated'}.`}
      </p>
    </>
  );
}
