// The facilitator's controls: the agenda's steps, the clock, who may move the pages, and the end.

import { useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
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
      <span>{t('session.meetingLength')}</span>
      <select value={String(minutes)} onChange={(e) => state.setMeetingLength(Number(e.currentTarget.value))}>
        {lengths.map((m) => (
          <option key={m} value={String(m)}>
            {t('session.minutesOption', { minutes: m })}
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
      <h2 id="tools-heading">{t('session.facilitationHeading')}</h2>
      <AgendaSteps state={state} controls />
      <div class="button-row tools-row">
        <MeetingLength state={state} />
        {running ? (
          <button type="button" onClick={state.pauseClock}>
            {t('session.pauseClock')}
          </button>
        ) : (
          <button type="button" onClick={state.startClock}>
            {clock.startedAt === null ? t('session.startClock') : t('session.resumeClock')}
          </button>
        )}
      </div>
      <label class="switch">
        <input type="checkbox" checked={controlMode === 'anyone'} onChange={(e) => state.setControlMode(e.currentTarget.checked ? 'anyone' : 'facilitator')} />
        <span>{t('session.letAnyoneMove')}</span>
      </label>
      {confirmEnd ? (
        <div class="button-row" role="group" aria-label={t('session.endQuestion')}>
          <button type="button" class="primary" onClick={() => state.end()}>
            {t('session.confirmEnd')}
          </button>
          <button type="button" onClick={() => setConfirmEnd(false)}>
            {t('session.keepGoing')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirmEnd(true)}>
          {t('session.endSession')}
        </button>
      )}
    </section>
  );
}
