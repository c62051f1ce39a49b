// A program's schedule as an iCalendar (ICS) file: one event per dated meeting, with the group's
// name (and a rotation's round and groups) and the place. Written by the `ics` package, in the
// words the screens pass in (the reader's language).

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
  /** The events' words, in the language of the person who downloads the file. */
  words: CalendarWords;
}

/** The words of the calendar's events; numbers count from 1. */
export interface CalendarWords {
  /** An event's title: the group's name (as {@link CalendarWords.groupName} words it), a rotation's round, the program's name. */
  title(event: { group: string; round?: number; program: string }): string;
  /** A description's first line: which meeting of which cycle. */
  meeting(line: { program: string; meeting: number; meetings: number; cycle: number }): string;
  /** A rotation's meeting: which round of how many. */
  round(line: { round: number; rounds: number }): string;
  /** A rotation's meeting: one group of the round, with its members. */
  roundGroup(line: { group: number; names: string[] }): string;
  /** The members of a group that keeps them. */
  members(line: { names: string[] }): string;
  /** A group's stored name as people read it (see `storedGroupName`). */
  groupName(stored: string): string;
  /** Someone whose id is no longer on the roster. */
  someoneGone: string;
}

/** Why there is no calendar: no meeting has a date, or the writer failed (`detail`, in English). */
export type CalendarProblem = { code: 'noDatedMeeting' } | { code: 'writeFailed'; detail: string };

/** The file's text, or why it could not be written. */
export type CalendarResult = { ok: true; ics: string; events: number } | { ok: false; problem: CalendarProblem };

const ymd = (date: string) => date.split('-').map(Number) as [number, number, number];

/**
 * The schedule of every group that still meets (and any earlier cycles of groups that stopped) as
 * ICS. Meetings without a date are left out; a meeting with a date but no time is an all-day event.
 * Times are floating local times: the meeting is at 09:30 wherever the reader is.
 */
export function scheduleToIcs(groups: ProgramGroup[], options: CalendarOptions): CalendarResult {
  const events: EventAttributes[] = [];
  const { words } = options;
  const nameOf = (id: string) => options.names?.get(id) ?? words.someoneGone;
  for (const group of groups) {
    const members = options.names ? group.memberIds.map(nameOf) : [];
    const groupName = words.groupName(group.name);
    for (const cycle of group.cycles) {
      cycle.meetings.forEach((meeting, i) => {
        if (!isDate(meeting.date)) return;
        const [y, m, d] = ymd(meeting.date);
        const timed = isTime(meeting.time);
        const [hh, mm] = timed ? (meeting.time.split(':').map(Number) as [number, number]) : [0, 0];
        const lines = [words.meeting({ program: options.programName, meeting: i + 1, meetings: cycle.meetings.length, cycle: cycle.number })];
        // A rotation's meeting lists the groups of its round, which is what each person needs to know.
        const round = group.rotation ? roundOfMeeting(group, cycle.number, i) : undefined;
        if (round !== undefined) {
          lines.push(words.round({ round: round + 1, rounds: group.rotation!.length }));
          if (options.names) groupsAtMeeting(group, cycle.number, i).forEach((ids, k) => lines.push(words.roundGroup({ group: k + 1, names: ids.map(nameOf) })));
        } else if (members.length > 0) lines.push(words.members({ names: members }));
        const base = {
          uid: `${group.id}-c${cycle.number}-m${i + 1}@roundtable`,
          title: words.title({ group: groupName, ...(round !== undefined ? { round: round + 1 } : {}), program: options.programName }),
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
  if (events.length === 0) return { ok: false, problem: { code: 'noDatedMeeting' } };
  const { error, value } = createEvents(events, { productId: '-//Roundtable//Programs//EN', calName: options.programName });
  if (error || !value) return { ok: false, problem: { code: 'writeFailed', detail: error?.message ?? 'no output' } };
  return { ok: true, ics: value, events: events.length };
}

/**
 * A file name for the schedule, from the program's name: its letters and digits in any script,
 * without accents, joined by hyphens, then `words.suffix` ("schedule"); `words.fallback`
 * ("program") stands for a name with no letters or digits.
 */
export function calendarFileName(programName: string, words: { suffix: string; fallback: string }): string {
  const slug = programName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || words.fallback}-${words.suffix}.ics`;
}
