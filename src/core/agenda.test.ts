import { describe, expect, it } from 'vitest';
import { BEHIND_GRACE_MINUTES, paceOf, planMeeting, plannedMinutesTo } from './agenda.ts';

const MINUTE = 60_000;

describe('planMeeting', () => {
  it('keeps the suggested page times and adds check-in, closing round and close', () => {
    const plan = planMeeting({ pageMinutes: [7, 8, 9], checkIn: true });
    expect(plan).toEqual({ checkInMinutes: 10, pageMinutes: [7, 8, 9], closingMinutes: 12, closeMinutes: 3, totalMinutes: 90 });
  });

  it('shares what is left between pages without a suggested time, and gives a first meeting no check-in', () => {
    // 90 - 12 closing - 3 close - 10 given = 65 left, over 5 pages: 13 each.
    const plan = planMeeting({ pageMinutes: [10, undefined, undefined, undefined, undefined, undefined], checkIn: false });
    expect(plan.checkInMinutes).toBe(0);
    expect(plan.pageMinutes).toEqual([10, 13, 13, 13, 13, 13]);
  });

  it('never plans a page at under 3 minutes, and ignores nonsense times', () => {
    const plan = planMeeting({ pageMinutes: [80, undefined, -4, Number.NaN], checkIn: true });
    expect(plan.pageMinutes).toEqual([80, 3, 3, 3]);
  });
});

describe('paceOf', () => {
  const plan = planMeeting({ pageMinutes: [10, 10, 10], checkIn: true });

  it('plans each step up to its end', () => {
    expect(plannedMinutesTo(plan, 'checkin', 0)).toBe(10);
    expect(plannedMinutesTo(plan, 'pages', 0)).toBe(20);
    expect(plannedMinutesTo(plan, 'pages', 2)).toBe(40);
    expect(plannedMinutesTo(plan, 'closing', 2)).toBe(52);
    expect(plannedMinutesTo(plan, 'ended', 2)).toBe(55);
  });

  it('is on time within the grace, and behind past it, by whole minutes', () => {
    expect(paceOf(plan, { phase: 'pages', page: 1, elapsedMs: (30 + BEHIND_GRACE_MINUTES) * MINUTE })).toEqual({ plannedMinutes: 30, behindMinutes: 0, remainingMinutes: 57, state: 'onTime' });
    expect(paceOf(plan, { phase: 'pages', page: 1, elapsedMs: 37.5 * MINUTE })).toEqual({ plannedMinutes: 30, behindMinutes: 7, remainingMinutes: 53, state: 'behind' });
  });

  it('counts the minutes left down past zero when the meeting runs over, and never calls an ended meeting behind', () => {
    expect(paceOf(plan, { phase: 'closing', page: 2, elapsedMs: 95 * MINUTE }).remainingMinutes).toBe(-5);
    expect(paceOf(plan, { phase: 'ended', page: 2, elapsedMs: 200 * MINUTE }).state).toBe('onTime');
  });
});
