// Finds the takeaway state of an open session from its session state. The room's views receive
// the session state only, so the takeaway state rides along with it, one per open session.

import type { SessionState } from '../../state/sessionState.ts';
import type { TakeawayState } from '../../state/takeawayState.ts';

const linked = new WeakMap<SessionState, TakeawayState>();

/** Ties a session's takeaway state to its session state; openSession calls this once. */
export function linkTakeaways(session: SessionState, takeaways: TakeawayState): void {
  linked.set(session, takeaways);
}

/** The takeaway state of an open session, if it has one. */
export function takeawaysOf(session: SessionState): TakeawayState | undefined {
  return linked.get(session);
}
