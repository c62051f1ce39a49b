import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isCalendarDate, localDate, pageRanges } from './dates.ts';

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-5', '26-01-05', 'tomorrow', '', 20260105, null]) expect(isCalendarDate(bad)).toBe(false);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(() => addDays('soon', 1)).toThrow('not a calendar date: soon');
  });

  it('counts days between dates, negative backwards', () => {
    expect(daysBetween('2026-01-01', '2026-01-15')).toBe(14);
    expect(daysBetween('2026-01-15', '2026-01-01')).toBe(-14);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
  });

  it('gives the local date of a moment', () => {
    const noon = new Date(2026, 4, 9, 12, 0).getTime();
    expect(localDate(noon)).toBe('2026-05-09');
  });

  it('writes pages as 1-based ranges', () => {
    expect(pageRanges([0, 1, 2, 3, 4, 6])).toBe('1–5, 7');
    expect(pageRanges([5, 3, 4, 4])).toBe('4–6');
    expect(pageRanges([9])).toBe('10');
    expect(pageRanges([])).toBe('');
  });
});
