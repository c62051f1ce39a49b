// Dates, times, numbers, lists and sizes, worded by Intl in the active interface language.

import { currentLocale } from './i18n.ts';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();
function formatter<F>(kind: string, options: object, make: (locale: string) => F): F {
  const key = `${currentLocale()}|${kind}|${JSON.stringify(options)}`;
  let found = cache.get(key) as F | undefined;
  if (!found) {
    found = make(currentLocale());
    cache.set(key, found as never);
  }
  return found;
}

/** A date (and, with the options, a time) in the active language. */
export function formatDate(value: Date | number | string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return formatter('date', options, (locale) => new Intl.DateTimeFormat(locale, options)).format(date);
}

/** A time of day in the active language, such as 14:30 or 2:30 PM. */
export function formatTime(value: Date | number | string): string {
  return formatDate(value, { timeStyle: 'short' });
}

/** A number in the active language. */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return formatter('number', options, (locale) => new Intl.NumberFormat(locale, options)).format(value);
}

/** A list such as "a, b and c", in the active language. */
export function formatList(items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  return formatter('list', { type }, (locale) => new Intl.ListFormat(locale, { type })).format(items);
}

/** A byte count as "12.3 MB", with the active language's digits and units. */
export function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 ? 0 : value < 10 ? 1 : 0;
  return formatNumber(Number(value.toFixed(digits)), { style: 'unit', unit: units[unit], unitDisplay: unit === 0 ? 'long' : 'short', maximumFractionDigits: digits });
}
