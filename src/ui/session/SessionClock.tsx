// The session's elapsed time, ticking once a second, with start and pause for the facilitator.

import { useEffect, useState } from 'preact/hooks';
import type { SessionClock as Clock } from '../../core/session.ts';
import { elapsedMs } from '../../core/session.ts';

/** Minutes and seconds, as 12:05. */
export function formatDuration(ms: number): string {
  const total = Math.floor(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** The clock line. */
export function SessionClock({ clock, onStart, onPause }: { clock: Clock; onStart?: () => void; onPause?: () => void }) {
  const [now, setNow] = useState(Date.now());
  const running = clock.startedAt !== null && clock.pausedAt === null;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return (
    <div class="session-clock">
      <p>
        <span class="clock-label">Time</span> <span class="clock-value">{formatDuration(elapsedMs(clock, now))}</span>
        {clock.startedAt === null ? ' · not started' : running ? '' : ' · paused'}
      </p>
      {onStart && !running && (
        <button type="button" onClick={onStart}>
          {clock.startedAt === null ? 'Start the clock' : 'Resume the clock'}
        </button>
      )}
      {onPause && running && (
        <button type="button" onClick={onPause}>
          Pause the clock
        </button>
      )}
    </div>
  );
}
