// The words the journal's exports are written in. The interface gives them in the person's
// language, dates included: the core never words anything itself.

import type { CommitmentStatus } from './types.ts';

/** The words of the Markdown journal. */
export interface MarkdownWords {
  /** The file's title. */
  title: string;
  exportedOn: (date: string) => string;
  /** What an empty journal says. */
  empty: string;
  /** A session whose module has no title. */
  untitledSession: string;
  /** Notes whose session this device does not know. */
  unknownSession: string;
  /** A session's heading; `group` when it met as one. */
  heading: (date: string, title: string, group: string | undefined) => string;
  pagesCovered: (pages: string) => string;
  myTakeaways: string;
  /** After a takeaway shared anonymously, in brackets. */
  sharedAnonymously: string;
  /** After a takeaway shared with its author's name, in brackets. */
  sharedWithName: string;
  myCommitments: string;
  byWhen: (date: string) => string;
  /** A commitment's status line; `shared` when its status was shared with the group. */
  status: (status: string, shared: boolean) => string;
  howKnow: (text: string) => string;
  note: (text: string) => string;
  sharedByGroup: string;
  /** The author of a takeaway shared anonymously. */
  anonymous: string;
}

/** The words of the calendar of due dates. */
export interface CalendarWords {
  /** The language tag of these words, for the events' LANGUAGE parameter. */
  language: string;
  /** The calendar's name. */
  name: string;
  /** An event's title. */
  summary: (what: string) => string;
  howKnow: (text: string) => string;
  status: (status: string) => string;
  note: (text: string) => string;
}

/** The words in the CSV's cells. Its column keys stay English (see CSV_COLUMNS). */
export interface CsvWords {
  takeaway: string;
  commitment: string;
  sharedByGroup: string;
  sharedAnonymously: string;
  sharedWithName: string;
  statusShared: string;
  yes: string;
  no: string;
  me: string;
  anonymous: string;
}

/** Every word the exports use. */
export interface ExportWords {
  /** A commitment's status. */
  status: (status: CommitmentStatus) => string;
  /** The date of a moment, in this device's time zone. */
  date: (ms: number) => string;
  /** A calendar date (YYYY-MM-DD); as it is when it is not one. */
  calendarDate: (date: string) => string;
  markdown: MarkdownWords;
  calendar: CalendarWords;
  csv: CsvWords;
}
