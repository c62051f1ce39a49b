import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { ProgramGroup } from './program.ts';
import { emptyCycle, suggestMeetings } from './program.ts';
import type { CalendarWords } from './programCalendar.ts';
import { calendarFileName, scheduleToIcs } from './programCalendar.ts';

/** The words the screens pass in, here in English (src/ui/programs/calendarWords.ts words them in the active language). */
const words: CalendarWords = {
  title: ({ group, round, program }) => `${group}${round !== undefined ? `, round ${round}` : ''} · ${program}`,
  meeting: ({ program, meeting, meetings, cycle }) => `${program}: meeting ${meeting} of ${meetings}, cycle ${cycle}.`,
  round: ({ round, rounds }) => `Round ${round} of ${rounds}.`,
  roundGroup: ({ group, names }) => `Group ${group}: ${names.join(', ')}.`,
  members: ({ names }) => `Members: ${names.join(', ')}.`,
  groupName: (stored) => (stored === 'Group 1' ? 'Gruppe 1' : stored),
  someoneGone: 'someone gone',
};

function group(id: string, name: string, meetings = emptyCycle(1).meetings, more: Partial<ProgramGroup> = {}): ProgramGroup {
  return { id, programId: 'p', name, memberIds: ['a', 'b'], groupingId: 'g', round: 1, status: 'active', cycles: [{ number: 1, meetings, decision: 'undecided' }], createdAt: 0, ...more };
}

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

const stamp = Date.UTC(2025, 0, 2, 3, 4, 5);

describe('scheduleToIcs', () => {
  it('writes one event per dated meeting, with local times, duration, place and group name', () => {
    const meetings = suggestMeetings({ date: '2025-03-04', time: '09:30', place: 'Room 4' });
    const result = scheduleToIcs([group('g1', 'Group 1', meetings)], { programName: 'Leaders', meetingMinutes: 90, stamp, names: new Map([['a', 'Ann'], ['b', 'Bo']]), words });
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.events).toBe(6);
    const parsed = events(result.ics);
    expect(parsed.map((e) => e.startDate.toString())).toEqual(meetings.map((m) => `${m.date}T09:30:00`));
    expect(parsed.map((e) => e.endDate.toString())).toEqual(meetings.map((m) => `${m.date}T11:00:00`));
    // Floating local times: no time zone and not UTC, so 09:30 stays 09:30 in every calendar.
    expect(parsed.every((e) => !e.startDate.isDate && e.startDate.zone?.tzid === 'floating')).toBe(true);
    expect(new Set(parsed.map((e) => e.location))).toEqual(new Set(['Room 4']));
    expect(parsed[0]!.summary).toBe('Gruppe 1 · Leaders');
    expect(parsed[2]!.description).toBe('Leaders: meeting 3 of 6, cycle 1.\nMembers: Ann, Bo.');
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(6);
    expect(parsed[0]!.uid).toBe('g1-c1-m1@roundtable');
    const calendar = new ICAL.Component(ICAL.parse(result.ics));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Leaders');
    expect(String(calendar.getAllSubcomponents('vevent')[0]!.getFirstPropertyValue('dtstamp'))).toBe('2025-01-02T03:04:05Z');
  });

  it('gives each meeting of a rotation its round and the groups of that round', () => {
    const meetings = suggestMeetings({ date: '2025-03-04', time: '09:30', place: 'Room 4' });
    const rotation = [
      [['a', 'b'], ['c', 'd']],
      [['a', 'c'], ['b', 'd']],
      [['a', 'd'], ['b', 'c']],
    ];
    const names = new Map(['a', 'b', 'c', 'd'].map((id) => [id, id.toUpperCase()]));
    const result = scheduleToIcs([group('r1', 'Rotating groups', meetings, { memberIds: ['a', 'b', 'c', 'd'], rotation })], { programName: 'Trios', meetingMinutes: 90, stamp, names, words });
    if (!result.ok) throw new Error(result.problem.code);
    const parsed = events(result.ics);
    expect(parsed.map((e) => e.summary)).toEqual([1, 2, 3, 1, 2, 3].map((r) => `Rotating groups, round ${r} · Trios`));
    expect(parsed[4]!.description).toBe('Trios: meeting 5 of 6, cycle 1.\nRound 2 of 3.\nGroup 1: A, C.\nGroup 2: B, D.');
  });

  it('keeps commas, semicolons, backslashes and new lines in names and places intact through a parser', () => {
    const name = 'Sales, Legal; and\nOps \\ more';
    const place = 'Building 2, floor 3; room "A"';
    const meetings = emptyCycle(1).meetings.map((m, i) => (i === 0 ? { date: '2025-05-06', time: '14:00', place } : m));
    const result = scheduleToIcs([group('g1', name, meetings)], { programName: 'P, Q; R', meetingMinutes: 60, stamp, words });
    if (!result.ok) throw new Error(result.problem.code);
    const [event] = events(result.ics);
    expect(event!.summary).toBe(`${name} · P, Q; R`);
    expect(event!.location).toBe(place);
    expect(event!.description).toBe('P, Q; R: meeting 1 of 6, cycle 1.');
    // Escaped as RFC 5545 asks, never a raw line break inside the property.
    expect(result.ics).toContain('LOCATION:Building 2\\, floor 3\\; room "A"');
    expect(result.ics).not.toMatch(/^Ops/m);
  });

  it('skips undated meetings, writes all-day events for dates without a time, and covers every cycle', () => {
    const first = emptyCycle(1).meetings.map((m, i) => (i < 2 ? { date: `2025-01-0${i + 1}`, time: '', place: '' } : m));
    const second = suggestMeetings({ date: '2025-07-01', time: '08:00', place: '' });
    const g = group('g2', 'Group 2', first, { cycles: [{ number: 1, meetings: first, decision: 'continue' }, { number: 2, meetings: second, decision: 'undecided' }] });
    const result = scheduleToIcs([g], { programName: 'P', meetingMinutes: 90, stamp, words });
    if (!result.ok) throw new Error(result.problem.code);
    const parsed = events(result.ics);
    expect(parsed).toHaveLength(8);
    expect(parsed[0]!.startDate.isDate).toBe(true);
    expect(parsed[0]!.startDate.toString()).toBe('2025-01-01');
    expect(parsed[0]!.location).toBeNull();
    expect(parsed[2]!.uid).toBe('g2-c2-m1@roundtable');
    expect(parsed[2]!.description).toMatch(/cycle 2/);
  });

  it('words the events with the words passed in, down to someone no longer on the roster', () => {
    const meetings = emptyCycle(1).meetings.map((m, i) => (i === 0 ? { date: '2025-05-06', time: '', place: '' } : m));
    const japanese: CalendarWords = {
      title: ({ group, program }) => `${group}・${program}`,
      meeting: ({ program, meeting, meetings: all, cycle }) => `${program}：サイクル${cycle}、${all}回中${meeting}回目のミーティング。`,
      round: ({ round, rounds }) => `${rounds}ラウンド中${round}ラウンド目。`,
      roundGroup: ({ group, names }) => `グループ${group}：${names.join('、')}。`,
      members: ({ names }) => `メンバー：${names.join('、')}。`,
      groupName: (stored) => stored.replace(/^Group (\d+)$/, 'グループ$1'),
      someoneGone: '名簿にいない人',
    };
    const result = scheduleToIcs([group('g1', 'Group 1', meetings)], { programName: '研修', meetingMinutes: 90, stamp, names: new Map([['a', '佐藤']]), words: japanese });
    if (!result.ok) throw new Error(result.problem.code);
    const [event] = events(result.ics);
    expect(event!.summary).toBe('グループ1・研修');
    expect(event!.description).toBe('研修：サイクル1、6回中1回目のミーティング。\nメンバー：佐藤、名簿にいない人。');
  });

  it('says so when no meeting has a date', () => {
    expect(scheduleToIcs([group('g1', 'Group 1')], { programName: 'P', meetingMinutes: 90, stamp, words })).toEqual({ ok: false, problem: { code: 'noDatedMeeting' } });
    expect(scheduleToIcs([], { programName: 'P', meetingMinutes: 90, stamp, words }).ok).toBe(false);
  });
});

describe('calendarFileName', () => {
  it('makes a plain file name from the program name', () => {
    const english = { suffix: 'schedule', fallback: 'program' };
    expect(calendarFileName('Leaders 2025: Été / Q3', english)).toBe('leaders-2025-ete-q3-schedule.ics');
    expect(calendarFileName('???', english)).toBe('program-schedule.ics');
    // Letters of any script stay, and the words are the reader's.
    expect(calendarFileName('リーダー研修（第２期）', { suffix: 'スケジュール', fallback: 'プログラム' })).toBe('リーダー研修-第2期-スケジュール.ics');
    expect(calendarFileName('—', { suffix: 'calendrier', fallback: 'programme' })).toBe('programme-calendrier.ics');
  });
});
