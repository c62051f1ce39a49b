// The meeting's clock against its plan: time spent, time left, and a calm colour
// when the group is behind. Ticks once a second while it runs, re-rendering only itself.

import { useEffect, useState } from 'preact/hooks';
import { paceOf } from '../../core/agenda.ts';
import { elapsedMs } from '../../core/session.ts';
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
      <p class={`agenda-clock${large ? ' agenda-clock-large' : ''}`} aria-label="Meeting time">
        <span class="quiet">Clock not started · {plan.totalMinutes} minutes planned</span>
      </p>
    );
  }
  const elapsed = elapsedMs(clock, now);
  const pace = paceOf(plan, { phase, page, elapsedMs: elapsed });
  const left = pace.remainingMinutes >= 0 ? `${pace.remainingMinutes} min left` : `${-pace.remainingMinutes} min over`;
  return (
    <p class={`agenda-clock pace-${pace.state}${large ? ' agenda-clock-large' : ''}`} aria-label="Meeting time">
      <span class="clock-value">{formatDuration(elapsed)}</span>
      <span> elapsed · {left}</span>
      {clock.pausedAt !== null && <span> · paused</span>}
      {pace.state === 'behind' && <span class="pace-note"> · about {pace.behindMinutes} min behind the plan</span>}
    </p>
  );
}
