// The meeting's agenda, fitted to its 90 minutes: check-in, the pages in proportion to their
// suggested times, the closing round and the close; and how the group is doing against it.

import type { SessionPhase } from './session.ts';
import { MEETING_MINUTES } from './session.ts';

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

/** Minutes of grace before the group counts as behind: a calm cue, not a race. */
export const BEHIND_GRACE_MINUTES = 3;

// The fixed steps' lengths in a standard meeting; a meeting of another length scales them.
const CHECK_IN_MINUTES = 10;
const CLOSING_MINUTES = 12;
const CLOSE_MINUTES = 3;

const isTime = (m: number | undefined): m is number => m !== undefined && Number.isFinite(m) && m > 0;

/**
 * Shares `total` whole minutes out in proportion to `weights`, so that the shares sum to `total`
 * exactly: each gets the whole part of its exact share, and the minutes left over go one each
 * to the largest fractions (the earlier of two equal ones first).
 */
export function shareMinutes(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (weights.length === 0 || sum <= 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  // A hair of tolerance, so that a share like 12.999999999 counts as the 13 it is.
  const shares = exact.map((x) => Math.floor(x + 1e-9));
  let left = total - shares.reduce((s, m) => s + m, 0);
  const byFraction = exact.map((x, i) => ({ i, fraction: x - (shares[i] as number) })).sort((a, b) => b.fraction - a.fraction || a.i - b.i);
  for (const { i } of byFraction) {
    if (left <= 0) break;
    shares[i] = (shares[i] as number) + 1;
    left--;
  }
  return shares;
}

/**
 * Plans a meeting so that its steps add up to its length (90 minutes unless told). The check-in
 * (10 minutes of 90), the closing round (12) and the close (3) take their share of the length; a
 * meeting with no check-in gives that time to the pages. The pages share what is left in
 * proportion to the times their author suggested, in whole minutes; a page without a suggested
 * time counts as the average of the others (or all pages share equally when none has one).
 */
export function planMeeting(input: { pageMinutes: Array<number | undefined>; checkIn: boolean; totalMinutes?: number }): MeetingPlan {
  const totalMinutes = Math.max(0, Math.round(input.totalMinutes ?? MEETING_MINUTES));
  const scale = totalMinutes / MEETING_MINUTES;
  const checkInMinutes = input.checkIn ? Math.round(CHECK_IN_MINUTES * scale) : 0;
  const closingMinutes = Math.round(CLOSING_MINUTES * scale);
  const closeMinutes = Math.round(CLOSE_MINUTES * scale);
  const given = input.pageMinutes.filter(isTime);
  const average = given.length > 0 ? given.reduce((sum, m) => sum + m, 0) / given.length : 1;
  const weights = input.pageMinutes.map((m) => (isTime(m) ? m : average));
  return {
    checkInMinutes,
    pageMinutes: shareMinutes(Math.max(0, totalMinutes - checkInMinutes - closingMinutes - closeMinutes), weights),
    closingMinutes,
    closeMinutes,
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
