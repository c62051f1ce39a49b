// The 90-minute meeting's agenda: an opening check-in, the module's pages paced by their
// suggested times, a closing round of takeaways and the close; and how the group is doing
// against that plan at a given moment.

import type { SessionPhase } from './session.ts';

/** The planned minutes of each step of a meeting. */
export interface MeetingPlan {
  checkInMinutes: number;
  /** One entry per page, in order. */
  pageMinutes: number[];
  closingMinutes: number;
  closeMinutes: number;
  totalMinutes: number;
}

/** Where the group stands against its plan. */
export interface Pace {
  /** Minutes the plan allows up to the end of the current step. */
  plannedMinutes: number;
  /** How far behind the plan the group is, in whole minutes; 0 when on time or early. */
  behindMinutes: number;
  /** Whole minutes left of the meeting; negative when it runs over. */
  remainingMinutes: number;
  state: 'onTime' | 'behind';
}

/** The standard length of a meeting, in minutes. */
export const MEETING_MINUTES = 90;
/** Minutes of grace before the group counts as behind: a calm cue, not a race. */
export const BEHIND_GRACE_MINUTES = 3;

const CHECK_IN_MINUTES = 10;
const CLOSING_MINUTES = 12;
const CLOSE_MINUTES = 3;
const FALLBACK_PAGE_MINUTES = 5;

/**
 * Plans a meeting: pages keep the times their author suggested; a page without one shares what
 * the meeting has left (at least 3 minutes). A meeting with no check-in gives that time to the pages.
 */
export function planMeeting(input: { pageMinutes: Array<number | undefined>; checkIn: boolean; totalMinutes?: number }): MeetingPlan {
  const totalMinutes = input.totalMinutes ?? MEETING_MINUTES;
  const checkInMinutes = input.checkIn ? CHECK_IN_MINUTES : 0;
  const given = input.pageMinutes.filter((m): m is number => m !== undefined && Number.isFinite(m) && m > 0);
  const missing = input.pageMinutes.length - given.length;
  const left = totalMinutes - checkInMinutes - CLOSING_MINUTES - CLOSE_MINUTES - given.reduce((sum, m) => sum + m, 0);
  const share = missing > 0 ? Math.max(3, Math.floor(left / missing)) : FALLBACK_PAGE_MINUTES;
  return {
    checkInMinutes,
    pageMinutes: input.pageMinutes.map((m) => (m !== undefined && Number.isFinite(m) && m > 0 ? m : share)),
    closingMinutes: CLOSING_MINUTES,
    closeMinutes: CLOSE_MINUTES,
    totalMinutes,
  };
}

/** Minutes the plan allows from the start up to the end of a step. */
export function plannedMinutesTo(plan: MeetingPlan, phase: SessionPhase, page: number): number {
  const pages = plan.pageMinutes.reduce((sum, m) => sum + m, 0);
  switch (phase) {
    case 'checkin':
      return plan.checkInMinutes;
    case 'pages':
      return plan.checkInMinutes + plan.pageMinutes.slice(0, Math.max(0, page) + 1).reduce((sum, m) => sum + m, 0);
    case 'closing':
      return plan.checkInMinutes + pages + plan.closingMinutes;
    case 'ended':
      return plan.checkInMinutes + pages + plan.closingMinutes + plan.closeMinutes;
  }
}

/** How the group is doing: behind once it has run past the current step's planned end, plus some grace. */
export function paceOf(plan: MeetingPlan, input: { phase: SessionPhase; page: number; elapsedMs: number }): Pace {
  const elapsedMinutes = input.elapsedMs / 60_000;
  const plannedMinutes = plannedMinutesTo(plan, input.phase, input.page);
  const over = elapsedMinutes - plannedMinutes;
  const behind = input.phase !== 'ended' && over > BEHIND_GRACE_MINUTES;
  return {
    plannedMinutes,
    behindMinutes: behind ? Math.floor(over) : 0,
    remainingMinutes: Math.ceil(plan.totalMinutes - elapsedMinutes),
    state: behind ? 'behind' : 'onTime',
  };
}
