// A program's schedule as an iCalendar (ICS) file: one event per dated meeting, with the group's
// name (and a rotation's round and groups) and the place. Written by the `ics` package.

import type { EventAttributes } from 'ics';
import { createEvents } from 'ics';
import type { ProgramGroup } from './program.ts';
import { groupsAtMeeting, isDate, isTime, roundOfMeeting } from './program.ts';

/** What the calendar needs besides the groups. */
export interface CalendarOptions {
  programName: string;
  meetingMinutes: number;
  /** The moment the file is made (DTSTAMP), in milliseconds; passed in so the output is repeatable. */
  stamp: number;
  /** Member names by person id, listed in each event's description. */
  names?: Map<string, string>;
}

/** The file's text, or why it could not be written. */
export type CalendarResult = { ok: true; ics: string; events: number } | { ok: false; problem: string };

const ymd = (date: string) => date.split('-').map(Number) as [number, number, number];

/**
 * The schedule of every group that still meets (and any earlier cycles of groups that stopped) as
 * ICS. Meetings without a date are left out; a meeting with a date but no time is an all-day event.
 * Times are floating local times: the meeting is at 09:30 wherever the reader is.
 */
export function scheduleToIcs(groups: ProgramGroup[], options: CalendarOptions): CalendarResult {
  const events: EventAttributes[] = [];
  const nameOf = (id: string) => options.names?.get(id) ?? 'someone no longer on the roster';
  for (const group of groups) {
    const members = options.names ? group.memberIds.map(nameOf).join(', ') : '';
    for (const cycle of group.cycles) {
      cycle.meetings.forEach((meeting, i) => {
        if (!isDate(meeting.date)) return;
        const [y, m, d] = ymd(meeting.date);
        const timed = isTime(meeting.time);
        const [hh, mm] = timed ? (meeting.time.split(':').map(Number) as [number, number]) : [0, 0];
        const lines = [`${options.programName}: meeting ${i + 1} of ${cycle.meetings.length}, cycle ${cycle.number}.`];
        // A rotation's meeting lists the groups of its round, which is what each person needs to know.
        const round = group.rotation ? roundOfMeeting(group, cycle.number, i) : undefined;
        if (round !== undefined) {
          lines.push(`Round ${round + 1} of ${group.rotation!.length}.`);
          if (options.names) groupsAtMeeting(group, cycle.number, i).forEach((ids, k) => lines.push(`Group ${k + 1}: ${ids.map(nameOf).join(', ')}.`));
        } else if (members) lines.push(`Members: ${members}.`);
        const base = {
          uid: `${group.id}-c${cycle.number}-m${i + 1}@roundtable`,
          title: `${group.name}${round !== undefined ? `, round ${round + 1}` : ''} · ${options.programName}`,
          description: lines.join('\n'),
          timestamp: options.stamp,
          ...(meeting.place ? { location: meeting.place } : {}),
        };
        events.push(
          timed
            ? { ...base, start: [y, m, d, hh, mm], startInputType: 'local', startOutputType: 'local', duration: { minutes: options.meetingMinutes } }
            : { ...base, start: [y, m, d], duration: { days: 1 } },
        );
      });
    }
  }
  if (events.length === 0) return { ok: false, problem: 'No meeting has a date yet, so there is nothing to put in a calendar.' };
  const { error, value } = createEvents(events, { productId: '-//Roundtable//Programs//EN', calName: options.programName });
  if (error || !value) return { ok: false, problem: `The calendar could not be written: ${error?.message ?? 'no output'}` };
  return { ok: true, ics: value, events: events.length };
}

/** A file name for the schedule, from the program's name. */
export function calendarFileName(programName: string): string {
  const slug = programName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'program'}-schedule.ics`;
}
