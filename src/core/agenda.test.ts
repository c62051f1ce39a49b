import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../test/helpers/testNetwork.ts';
import { BEHIND_GRACE_MINUTES, paceOf, planMeeting, plannedMinutesTo, shareMinutes } from './agenda.ts';

const MINUTE = 60_000;

describe('shareMinutes', () => {
  it('gives whole parts, then the minutes left to the largest fractions, earlier first on a tie', () => {
    // 10 × 1/3 = 3.33 each: 3 + 3 + 3, and the one minute left goes to the first.
    expect(shareMinutes(10, [1, 1, 1])).toEqual([4, 3, 3]);
    // 7 × 2/7 = 2, 7 × 5/7 = 5: exact, nothing left over.
    expect(shareMinutes(7, [2, 5])).toEqual([2, 5]);
    // 10 × 1/8 = 1.25 and 10 × 7/8 = 8.75: the minute left goes to the larger fraction, the second.
    expect(shareMinutes(10, [1, 7])).toEqual([1, 9]);
  });

  it('shares nothing when there is nothing to share, or nothing to weigh by', () => {
    expect(shareMinutes(0, [3, 4])).toEqual([0, 0]);
    expect(shareMinutes(10, [0, 0])).toEqual([0, 0]);
    expect(shareMinutes(10, [])).toEqual([]);
  });
});

describe('planMeeting', () => {
  const sum = (plan: ReturnType<typeof planMeeting>) => plan.checkInMinutes + plan.pageMinutes.reduce((s, m) => s + m, 0) + plan.closingMinutes + plan.closeMinutes;

  it('fits the pages into what is left of 90 minutes after check-in, closing round and close, in proportion', () => {
    // 90 - 10 - 12 - 3 = 65 for pages of 7, 8 and 9 (24 in all): 18.96, 21.67 and 24.38;
    // whole parts 18 + 21 + 24 = 63, and the 2 left go to the largest fractions, .96 and .67.
    const plan = planMeeting({ pageMinutes: [7, 8, 9], checkIn: true });
    expect(plan).toEqual({ checkInMinutes: 10, pageMinutes: [19, 22, 24], closingMinutes: 12, closeMinutes: 3, totalMinutes: 90 });
  });

  it('shrinks a library module’s 82 minutes of pages to fit, and the plan ends at 90 minutes', () => {
    // The pages of "Feedback both ways": 7 7 8 7 8 9 7 8 7 8 6 = 82 minutes, to fit into 65, a
    // factor of 65/82: a 7 becomes 5.549, an 8 6.341, the 9 7.134 and the 6 4.756. Whole parts
    // 5 × 5 + 4 × 6 + 7 + 4 = 60; the 5 minutes left go to the largest fractions: the 6's .756,
    // then four of the five 7s' .549, earliest first, so the last 7 (page 9) stays at 5.
    const plan = planMeeting({ pageMinutes: [7, 7, 8, 7, 8, 9, 7, 8, 7, 8, 6], checkIn: true });
    expect(plan.pageMinutes).toEqual([6, 6, 6, 6, 6, 7, 6, 6, 5, 6, 5]);
    expect(plannedMinutesTo(plan, 'ended', 10)).toBe(90);
  });

  it('gives a meeting with no check-in its 10 minutes for the pages, and counts a page with no time as the average', () => {
    // 90 - 12 - 3 = 75 over six pages that all weigh 10 (the others average 10): 12.5 each;
    // whole parts 6 × 12 = 72, and the 3 left go to the first three.
    const plan = planMeeting({ pageMinutes: [10, undefined, undefined, undefined, undefined, 10], checkIn: false });
    expect(plan.checkInMinutes).toBe(0);
    expect(plan.pageMinutes).toEqual([13, 13, 13, 12, 12, 12]);
    expect(sum(plan)).toBe(90);
  });

  it('shares the pages equally when none has a time, and ignores nonsense times', () => {
    // 65 over four equal weights: 16.25 each; 4 × 16 = 64, and the 1 left goes to the first.
    expect(planMeeting({ pageMinutes: [undefined, -4, Number.NaN, Infinity], checkIn: true }).pageMinutes).toEqual([17, 16, 16, 16]);
  });

  it('scales the fixed steps to a meeting of another length', () => {
    // 60 minutes is 2/3 of 90: check-in 6.67 → 7, closing 8, close 2; the two pages share 43: 21.5 each.
    const plan = planMeeting({ pageMinutes: [5, 5], checkIn: true, totalMinutes: 60 });
    expect(plan).toEqual({ checkInMinutes: 7, pageMinutes: [22, 21], closingMinutes: 8, closeMinutes: 2, totalMinutes: 60 });
  });

  it('always adds up to the meeting’s length', () => {
    const random = mulberry32(4);
    const misses: string[] = [];
    for (let run = 0; run < 500; run++) {
      const totalMinutes = 10 + Math.floor(random() * 231);
      const pageMinutes = Array.from({ length: 1 + Math.floor(random() * 15) }, () => (random() < 0.2 ? undefined : 1 + Math.floor(random() * 60)));
      const plan = planMeeting({ pageMinutes, checkIn: random() < 0.5, totalMinutes });
      if (sum(plan) !== totalMinutes || plan.pageMinutes.some((m) => !Number.isInteger(m) || m < 0)) misses.push(`${totalMinutes}: ${JSON.stringify(plan)}`);
    }
    expect(misses).toEqual([]);
  });
});

describe('paceOf', () => {
  // Three pages of 10 share 65 minutes: 21.67 each, so 22, 22 and 21.
  const plan = planMeeting({ pageMinutes: [10, 10, 10], checkIn: true });

  it('plans each step up to its end, and the close ends at 90 minutes', () => {
    expect(plan.pageMinutes).toEqual([22, 22, 21]);
    expect(plannedMinutesTo(plan, 'checkin', 0)).toBe(10);
    expect(plannedMinutesTo(plan, 'pages', 0)).toBe(32);
    expect(plannedMinutesTo(plan, 'pages', 2)).toBe(75);
    expect(plannedMinutesTo(plan, 'closing', 2)).toBe(87);
    expect(plannedMinutesTo(plan, 'ended', 2)).toBe(90);
  });

  it('is on time within the grace, and behind past it, by whole minutes', () => {
    // Page 2 (index 1) is planned to end at 10 + 22 + 22 = 54 minutes.
    expect(paceOf(plan, { phase: 'pages', page: 1, elapsedMs: (54 + BEHIND_GRACE_MINUTES) * MINUTE })).toEqual({ plannedMinutes: 54, behindMinutes: 0, remainingMinutes: 33, state: 'onTime' });
    expect(paceOf(plan, { phase: 'pages', page: 1, elapsedMs: 61.5 * MINUTE })).toEqual({ plannedMinutes: 54, behindMinutes: 7, remainingMinutes: 29, state: 'behind' });
  });

  it('calls the group behind on the last page at 85 minutes, when the closing round no longer fits', () => {
    // The last page is planned to end at 75; 85 is 10 past it, with 5 minutes of the meeting left.
    expect(paceOf(plan, { phase: 'pages', page: 2, elapsedMs: 85 * MINUTE })).toEqual({ plannedMinutes: 75, behindMinutes: 10, remainingMinutes: 5, state: 'behind' });
  });

  it('counts the minutes left down past zero when the meeting runs over, and never calls an ended meeting behind', () => {
    expect(paceOf(plan, { phase: 'closing', page: 2, elapsedMs: 95 * MINUTE }).remainingMinutes).toBe(-5);
    expect(paceOf(plan, { phase: 'ended', page: 2, elapsedMs: 200 * MINUTE }).state).toBe('onTime');
  });
});
