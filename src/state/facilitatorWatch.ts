// How long this device has seen the room without the facilitator's device, on injected timers:
// the wait starts when this device first misses them (or starts watching without them), and
// starts again whenever they are back, so a blip never counts.

import type { ReadonlySignal } from '@preact/signals';
import { batch, effect, signal } from '@preact/signals';
import { facilitatorAwaySince } from '../core/takeover.ts';

/** Timers, as a seam: the browser's own in the app, fake ones in tests. */
export interface Timers {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

/** What the watch needs. */
export interface FacilitatorWatchDeps {
  /** Whether the facilitator's device is in the room as this device sees it; undefined when there is nothing to watch. */
  present: ReadonlySignal<boolean | undefined>;
  now: () => number;
  timers: Timers;
  /** The waiting time before `waited` turns true. */
  afterMs: number;
}

/** Creates the watch; `stop` ends it and its timer. */
export function createFacilitatorWatch({ present, now, timers, afterMs }: FacilitatorWatchDeps) {
  const awaySince = signal<number | null>(null);
  const waited = signal(false);
  let timer: { handle: unknown } | undefined;
  const disarm = () => {
    if (timer) timers.clearTimeout(timer.handle);
    timer = undefined;
  };
  const stopEffect = effect(() => {
    const here = present.value;
    if (here === undefined) {
      disarm();
      batch(() => {
        awaySince.value = null;
        waited.value = false;
      });
      return;
    }
    const next = facilitatorAwaySince(awaySince.peek(), here, now());
    if (next === awaySince.peek()) return;
    disarm();
    batch(() => {
      awaySince.value = next;
      waited.value = false;
    });
    if (next === null) return;
    const armed = { handle: undefined as unknown };
    timer = armed;
    armed.handle = timers.setTimeout(() => {
      if (timer !== armed) return;
      timer = undefined;
      waited.value = true;
    }, afterMs);
  });
  return {
    /** Since when the facilitator has been missed, null while they are here. */
    awaySince: awaySince as ReadonlySignal<number | null>,
    /** Whether they have been missed for the whole waiting time. */
    waited: waited as ReadonlySignal<boolean>,
    stop(): void {
      stopEffect();
      disarm();
    },
  };
}
