// Calendar dates (YYYY-MM-DD) for commitments: checking, adding days, counting days between,
// and the local date of a moment. Pure: no clock is read here.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function utcDay(date: string): number | undefined {
  const match = DATE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Rejects 2026-02-30 and the like, which Date.UTC would roll over.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return ms / DAY_MS;
}

function fromUtcDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Whether `value` is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: unknown): value is string {
  return typeof value === 'string' && utcDay(value) !== undefined;
}

/** The date `days` after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  const day = utcDay(date);
  if (day === undefined) throw new Error(`not a calendar date: ${date}`);
  return fromUtcDay(day + days);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  const a = utcDay(from);
  const b = utcDay(to);
  if (a === undefined || b === undefined) throw new Error(`not a calendar date: ${a === undefined ? from : to}`);
  return b - a;
}

/** The calendar date of the moment `ms`, in this device's time zone. */
export function localDate(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Page indexes (0-based) as people read them: "1–5, 7". */
export function pageRanges(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].filter((n) => Number.isInteger(n) && n >= 0).sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]! + 1}` : `${sorted[i]! + 1}–${sorted[j]! + 1}`);
    i = j + 1;
  }
  return parts.join(', ');
}
