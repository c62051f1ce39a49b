// Commitment due dates as an iCalendar file (RFC 5545): one all-day event per commitment.
// Written by hand rather than with a library: it is small, and stays pure (no clock inside).
// Its texts are in the words the interface gives, marked with their language.

import { addDays, isCalendarDate } from './dates.ts';
import type { ExportWords } from './exportWords.ts';
import type { Commitment } from './types.ts';

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets, never inside a UTF-8 character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75.
    if (size + bytes > 75) {
      parts.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n');
}

function stamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

const compact = (date: string) => date.replace(/-/g, '');

/** A language tag as a parameter value: only what a tag holds, so that it cannot break the line. */
const tag = (language: string) => language.replace(/[^A-Za-z0-9-]/g, '') || 'en';

/** The commitments with a valid date as an ICS calendar, worded by `words`. `exportedAt` becomes each DTSTAMP. */
export function toIcs(commitments: readonly Commitment[], exportedAt: number, words: ExportWords): string {
  const cal = words.calendar;
  const language = `;LANGUAGE=${tag(cal.language)}`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Roundtable//Journal 1//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${text(cal.name)}`];
  for (const c of commitments) {
    if (!isCalendarDate(c.byWhen)) continue;
    const description = [cal.howKnow(c.howKnow), cal.status(words.status(c.status)), ...(c.note ? [cal.note(c.note)] : [])].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      // The same commitment keeps its UID, so a calendar updates it instead of adding a copy.
      `UID:${text(c.id)}@roundtable.journal`,
      `DTSTAMP:${stamp(exportedAt)}`,
      `DTSTART;VALUE=DATE:${compact(c.byWhen)}`,
      `DTEND;VALUE=DATE:${compact(addDays(c.byWhen, 1))}`,
      `SUMMARY${language}:${text(cal.summary(c.what))}`,
      `DESCRIPTION${language}:${text(description)}`,
      `STATUS:${c.status === 'dropped' ? 'CANCELLED' : 'CONFIRMED'}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
