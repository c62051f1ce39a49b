// Calendar dates (YYYY-MM-DD) as people read them, in the interface's language.

import { isCalendarDate } from '../../core/journal/dates.ts';
import { formatDate } from '../../i18n/intl.ts';

/** "Tuesday 8 July" (with the year when it is not this one); the raw text when it is not a date. */
export function formatDay(date: string, today = new Date()): string {
  if (!isCalendarDate(date)) return date;
  const day = new Date(`${date}T12:00:00Z`);
  const withYear = day.getUTCFullYear() !== today.getFullYear();
  return formatDate(day, { weekday: 'long', day: 'numeric', month: 'long', ...(withYear && { year: 'numeric' }), timeZone: 'UTC' });
}
