// The meeting's clock against its plan: time spent, time left, and a calm colour
// when the group is behind. Ticks once a second while it runs, re-rendering only itself.

import { useEffect, useState } from 'preact/hooks';
import { paceOf } from '../../core/agenda.ts';
import { elapsedMs } from '../../core/session.ts';
import { t } from '../../i18n/i18n.ts';
import { Words } from '../../i18n/Words.tsx';
import type { SessionState } from '../../state/sessionState.ts';
import { formatDuration } from '../../lib/format.ts';

/** The clock with its pace. `large` is the projector's size. */
export function AgendaClock({ state, large = false }: { state: SessionState; large?: boolean }) {
  const clock = state.clock.value;
  const plan = state.plan.value;
  const phase = state.phase.value;
  const page = state.page.value ?? 0;
  const [now, setNow] = useState(Date.now());
  const running = !!clock && clock.startedAt !== null && clock.pausedAt === null;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  if (!clock || !plan || !phase) return null;
  if (clock.startedAt === null) {
    return (
      <p class={`agenda-clock${large ? ' agenda-clock-large' : ''}`} aria-label={t('session.meetingTime')}>
        <span class="quiet">{t('session.clockNotStarted', { minutes: plan.totalMinutes })}</span>
      </p>
    );
  }
  const elapsed = elapsedMs(clock, now);
  const pace = paceOf(plan, { phase, page, elapsedMs: elapsed });
  const left = pace.remainingMinutes >= 0 ? t('session.minutesLeft', { minutes: pace.remainingMinutes }) : t('session.minutesOver', { minutes: -pace.remainingMinutes });
  return (
    <p class={`agenda-clock pace-${pace.state}${large ? ' agenda-clock-large' : ''}`} aria-label={t('session.meetingTime')}>
      <Words id="session.clockElapsed" values={{ clock: <span class="clock-value">{formatDuration(elapsed)}</span> }} />
      <span> · {left}</span>
      {clock.pausedAt !== null && <span> · {t('session.clockPaused')}</span>}
      {pace.state === 'behind' && <span class="pace-note"> · {t('session.behindPlan', { minutes: pace.behindMinutes })}</span>}
    </p>
  );
}
