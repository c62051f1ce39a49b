// Dates in the journal as people read them, in the interface's language: "14 January 2026",
// « 14 janvier 2026 », 「2026年1月14日」; and how far off a due date is.

import { t } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/intl.ts';

const LONG: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const LONG_UTC: Intl.DateTimeFormatOptions = { ...LONG, timeZone: 'UTC' };

/** A moment's date, in this device's time zone; "Unknown date" for a time no date can hold. */
export function formatDay(ms: number): string {
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? formatDate(ms, LONG) : t('journal.unknownDate');
}

/** A calendar date (YYYY-MM-DD); shown as it is when it is not one. */
export function formatCalendarDate(date: string): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? date : formatDate(ms, LONG_UTC);
}

/** "Due today", "Due in 3 days", "Overdue by 1 day". */
export function dueWords(daysLeft: number): string {
  if (daysLeft === 0) return t('journal.dueToday');
  if (daysLeft === 1) return t('journal.dueTomorrow');
  return daysLeft > 0 ? t('journal.dueIn', { count: daysLeft }) : t('journal.overdueBy', { count: -daysLeft });
}
