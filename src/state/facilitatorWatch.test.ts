import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { createFacilitatorWatch } from './facilitatorWatch.ts';

/** A clock and timers that move only when told. */
function fakeTime() {
  let now = 0;
  let next = 0;
  const pending = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    timers: {
      setTimeout: (fn: () => void, ms: number) => (pending.set(++next, { at: now + ms, fn }), next),
      clearTimeout: (handle: unknown) => void pending.delete(handle as number),
    },
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at > now) continue;
        pending.delete(id);
        t.fn();
      }
    },
    pending: () => pending.size,
  };
}

const WAIT = 120_000;

describe('the facilitator watch', () => {
  it('waits the whole time from when it first misses the facilitator', () => {
    const time = fakeTime();
    const present = signal<boolean | undefined>(true);
    const watch = createFacilitatorWatch({ present, now: time.now, timers: time.timers, afterMs: WAIT });
    time.advance(5000);
    present.value = false;
    expect(watch.awaySince.value).toBe(5000);
    time.advance(WAIT - 1);
    expect(watch.waited.value).toBe(false);
    time.advance(1);
    expect(watch.waited.value).toBe(true);
    watch.stop();
  });

  it('counts from its own start when it never saw the facilitator, as after a reload', () => {
    const time = fakeTime();
    time.advance(1_000_000);
    const watch = createFacilitatorWatch({ present: signal<boolean | undefined>(false), now: time.now, timers: time.timers, afterMs: WAIT });
    expect(watch.awaySince.value).toBe(1_000_000);
    expect(watch.waited.value).toBe(false);
    time.advance(WAIT);
    expect(watch.waited.value).toBe(true);
    watch.stop();
  });

  it('starts again after a blip, so shorter drops never add up', () => {
    const time = fakeTime();
    const present = signal<boolean | undefined>(false);
    const watch = createFacilitatorWatch({ present, now: time.now, timers: time.timers, afterMs: WAIT });
    time.advance(WAIT - 10);
    present.value = true;
    expect(watch.awaySince.value).toBeNull();
    expect(time.pending()).toBe(0);
    present.value = false;
    time.advance(WAIT - 10);
    expect(watch.waited.value).toBe(false);
    time.advance(10);
    expect(watch.waited.value).toBe(true);
    // Back after the wait: the offer goes.
    present.value = true;
    expect(watch.waited.value).toBe(false);
    watch.stop();
  });

  it('watches nothing when there is nothing to watch, and stops its timer', () => {
    const time = fakeTime();
    const present = signal<boolean | undefined>(undefined);
    const watch = createFacilitatorWatch({ present, now: time.now, timers: time.timers, afterMs: WAIT });
    expect(time.pending()).toBe(0);
    present.value = false;
    expect(time.pending()).toBe(1);
    watch.stop();
    expect(time.pending()).toBe(0);
    time.advance(WAIT);
    expect(watch.waited.value).toBe(false);
  });
});
