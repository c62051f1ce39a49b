// A small journal for the core's tests: two groups, three sessions, notes of every kind; and
// English export words as the interface gives them, with dates as YYYY-MM-DD.

import { localDate } from './dates.ts';
import type { ExportWords } from './exportWords.ts';
import type { Commitment, JournalData, SharedTakeaway, Takeaway } from './types.ts';
import { STATUS_LABELS } from './types.ts';

/** Midday local time on a date, so that local dates are the same in every time zone. */
export const day = (date: string): number => new Date(`${date}T12:00:00`).getTime();

/** A takeaway with defaults. */
export function takeaway(id: string, fields: Partial<Takeaway> = {}): Takeaway {
  return { id, roomId: 'room-jan', groupId: 'g-blue', text: `Takeaway ${id}`, createdAt: day('2026-01-14'), updatedAt: day('2026-01-14'), shared: null, ...fields };
}

/** A commitment with defaults. */
export function commitment(id: string, fields: Partial<Commitment> = {}): Commitment {
  return {
    id,
    roomId: 'room-jan',
    groupId: 'g-blue',
    what: `Commitment ${id}`,
    byWhen: '2026-02-11',
    howKnow: 'I will see it',
    status: 'open',
    note: '',
    statusShared: false,
    createdAt: day('2026-01-14'),
    updatedAt: day('2026-01-14'),
    ...fields,
  };
}

/** A shared takeaway with defaults. */
export function shared(id: string, fields: Partial<SharedTakeaway> = {}): SharedTakeaway {
  return { id, roomId: 'room-jan', text: `Shared ${id}`, authorName: 'Ana', sharedAt: day('2026-01-14'), ...fields };
}

/** The sample journal. */
export function sampleJournal(): JournalData {
  return {
    sessions: [
      { roomId: 'room-jan', moduleId: 'leading-change', moduleTitle: 'Leading change', joinedAt: day('2026-01-14'), lastOpenedAt: day('2026-01-14'), groupId: 'g-blue', groupName: 'Blue table', pagesCovered: [0, 1, 2, 3, 5] },
      { roomId: 'room-feb', moduleId: 'feedback-both-ways', moduleTitle: 'Feedback both ways', joinedAt: day('2026-02-11'), lastOpenedAt: day('2026-02-11'), groupId: 'g-blue', groupName: 'Blue table', pagesCovered: [0, 1] },
      { roomId: 'room-green', moduleId: 'crafting-strategy', moduleTitle: 'Crafting strategy', joinedAt: day('2026-01-20'), lastOpenedAt: day('2026-01-20'), groupId: 'g-green', groupName: 'Green table' },
    ],
    takeaways: [
      takeaway('t1', { text: 'Ask before advising' }),
      takeaway('t2', { text: 'Équipe first, then the plan', createdAt: day('2026-01-14') + 1000, shared: { sharedId: 's-t2', anonymous: true } }),
      takeaway('t3', { roomId: 'room-feb', text: 'Feedback is a gift', createdAt: day('2026-02-11') }),
      takeaway('t4', { roomId: 'room-green', groupId: 'g-green', text: 'Strategy is choosing', createdAt: day('2026-01-20') }),
    ],
    commitments: [
      commitment('c1', { what: 'Hold a weekly one-to-one', byWhen: '2026-02-11' }),
      commitment('c2', { what: 'Write the team charter', byWhen: '2026-03-11', roomId: 'room-feb', status: 'partly', note: 'Draft done' }),
      commitment('c3', { what: 'Map our competitors', byWhen: '2026-02-20', roomId: 'room-green', groupId: 'g-green', status: 'done' }),
    ],
    sharedTakeaways: [shared('s1', { text: 'Silence is an answer too', authorName: 'Ben' }), shared('s-t2', { text: 'Équipe first, then the plan', authorName: null }), shared('s3', { roomId: 'room-feb', text: 'Say thank you', authorName: 'Cleo', sharedAt: day('2026-02-11') })],
  };
}

/** English export words, dates as YYYY-MM-DD. */
export const testWords: ExportWords = {
  status: (status) => STATUS_LABELS[status],
  date: localDate,
  calendarDate: (date) => date,
  markdown: {
    title: 'My Roundtable journal',
    exportedOn: (date) => `Exported on ${date}.`,
    empty: 'Nothing written yet.',
    untitledSession: 'A session',
    unknownSession: 'Notes from a session this device does not know',
    heading: (date, title, group) => (group ? `${date}: ${title} — ${group}` : `${date}: ${title}`),
    pagesCovered: (pages) => `Pages covered: ${pages}.`,
    myTakeaways: 'My takeaways',
    sharedAnonymously: '(shared anonymously)',
    sharedWithName: '(shared with my name)',
    myCommitments: 'My commitments',
    byWhen: (date) => `By: ${date}`,
    status: (status, shared) => `Status: ${status}${shared ? ' (shared with the group)' : ''}`,
    howKnow: (text) => `How I will know it worked: ${text}`,
    note: (text) => `Note: ${text}`,
    sharedByGroup: 'Shared by the group',
    anonymous: 'anonymous',
  },
  calendar: {
    language: 'en',
    name: 'My Roundtable commitments',
    summary: (what) => `Commitment: ${what}`,
    howKnow: (text) => `How I will know it worked: ${text}`,
    status: (status) => `Status: ${status}`,
    note: (text) => `Note: ${text}`,
  },
  csv: {
    takeaway: 'Takeaway',
    commitment: 'Commitment',
    sharedByGroup: 'Shared by the group',
    sharedAnonymously: 'Yes, anonymously',
    sharedWithName: 'Yes, with my name',
    statusShared: 'Status shared',
    yes: 'Yes',
    no: 'No',
    me: 'Me',
    anonymous: 'Anonymous',
  },
};
