// Taking over facilitation when the facilitator's device has left the room: who may, and when.
// Nobody is ever made facilitator automatically; a participant chooses to take over, and only
// once this device has seen the room without the facilitator for the whole waiting time.

import type { ActionResult, SessionSnapshot } from './session.ts';

/** How long the facilitator's device must be gone, as one device sees the room, before others may take over. */
export const TAKEOVER_AFTER_MS = 2 * 60 * 1000;

/**
 * Since when this device has seen the room without the facilitator's device: `since` is what it
 * held before, `present` whether the facilitator's device is in the room now. Null while they
 * are here; the first moment they are missed otherwise, so a blip starts the wait again.
 */
export function facilitatorAwaySince(since: number | null, present: boolean, now: number): number | null {
  if (present) return null;
  return since ?? now;
}

/** What a take-over is judged on, besides the session. */
export interface TakeOverInput {
  /** Who would take over. */
  by: string;
  /** Since when this device has seen the room without the facilitator (see facilitatorAwaySince), null while they are here. */
  awaySince: number | null;
  now: number;
  /** The waiting time; TAKEOVER_AFTER_MS in the app. */
  afterMs: number;
}

/**
 * Whether `by` may take over facilitation now: the session runs with a facilitator who alone
 * moves the pages, `by` is someone else at the table with a device, and the facilitator has
 * been gone for at least the waiting time.
 */
export function canTakeOver(session: SessionSnapshot, input: TakeOverInput): boolean {
  return takeOver(session, input).ok;
}

/** Makes `by` the facilitator, if canTakeOver allows it; otherwise says why not. */
export function takeOver(session: SessionSnapshot, input: TakeOverInput): ActionResult {
  if (session.phase === 'ended') return { ok: false, reason: 'sessionEnded' };
  if (session.controlMode === 'anyone') return { ok: false, reason: 'anyoneMovesAlready' };
  if (session.facilitatorId === input.by) return { ok: false, reason: 'facilitatesAlready' };
  const person = session.participants.find((p) => p.id === input.by);
  if (!person?.hasDevice) return { ok: false, reason: 'takeOverNeedsDevice' };
  if (input.awaySince === null || input.now - input.awaySince < input.afterMs) return { ok: false, reason: 'facilitatorStillHere' };
  return { ok: true, change: { facilitatorId: input.by } };
}
