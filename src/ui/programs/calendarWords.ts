// The calendar file's words in the active language: the events' titles and descriptions, and the
// file's name, passed into the core's ICS writer so that each person's download is in their language.

import type { CalendarWords } from '../../core/programCalendar.ts';
import { calendarFileName } from '../../core/programCalendar.ts';
import { t } from '../../i18n/i18n.ts';
import { groupName, nameList } from './programWords.ts';

/** The words of the events, as this device's language has them now. */
export function calendarWords(): CalendarWords {
  return {
    title: ({ group, round, program }) => (round === undefined ? t('programs.calendarTitle', { group, program }) : t('programs.calendarTitleRound', { group, round, program })),
    meeting: ({ program, meeting, meetings, cycle }) => t('programs.calendarMeeting', { program, meeting, meetings, cycle }),
    round: ({ round, rounds }) => t('programs.calendarRound', { round, rounds }),
    roundGroup: ({ group, names }) => t('programs.calendarRoundGroup', { group, names: nameList(names) }),
    members: ({ names }) => t('programs.calendarMembers', { names: nameList(names) }),
    groupName,
    someoneGone: t('programs.someoneGone'),
  };
}

/** The schedule file's name for a program, such as "leaders-2025-schedule.ics". */
export function scheduleFileName(programName: string): string {
  return calendarFileName(programName, { suffix: t('programs.calendarFileSuffix'), fallback: t('programs.calendarFileFallback') });
}
