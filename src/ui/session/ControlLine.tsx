// Who moves the pages, in a quiet line, and the reason when an action was refused.

import { t } from '../../i18n/i18n.ts';
import type { SessionState } from '../../state/sessionState.ts';
import { nameOf, refusalText } from './sessionWords.ts';

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
          {refusalText(notice)}
        </p>
      )}
      <p class="quiet facilitated-by">
        {mode === 'anyone'
          ? t('session.anyoneMoves')
          : facilitator
            ? facilitator.id === state.deviceId
              ? t('session.youFacilitate')
              : t('session.facilitatedBy', { name: nameOf(state, facilitator) })
            : t('session.facilitated')}
      </p>
    </>
  );
}
