// Dates in the journal as people read them: "14 January 2026".

const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const LONG_UTC = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A moment's date, in this device's time zone; "Unknown date" for a time no date can hold. */
export function formatDay(ms: number): string {
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? LONG.format(ms) : 'Unknown date';
}

/** A calendar date (YYYY-MM-DD); shown as it is when it is not one. */
export function formatCalendarDate(date: string): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? date : LONG_UTC.format(ms);
}

/** "Due today", "Due in 3 days", "Overdue by 1 day". */
export function dueWords(daysLeft: number): string {
  const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
  if (daysLeft === 0) return 'Due today';
  if (daysLeft === 1) return 'Due tomorrow';
  return daysLeft > 0 ? `Due in ${days(daysLeft)}` : `Overdue by ${days(-daysLeft)}`;
}
