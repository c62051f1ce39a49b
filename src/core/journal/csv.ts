// The journal as CSV for a spreadsheet: one row per takeaway, commitment or shared takeaway.

import Papa from 'papaparse';
import { localDate, pageRanges } from './dates.ts';
import type { JournalData, JournalSession } from './types.ts';
import { STATUS_LABELS } from './types.ts';

/** The CSV columns, in order. */
export const CSV_COLUMNS = [
  'Kind',
  'Session date',
  'Group',
  'Module',
  'Pages covered',
  'Text',
  'By when',
  'How I will know',
  'Status',
  'Note',
  'Shared',
  'Author',
  'Written on',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/**
 * The journal as CSV (RFC 4180, CRLF, with a byte-order mark so spreadsheets read accents).
 * Cells that a spreadsheet would run as a formula (=, +, -, @ first) are quoted inert.
 */
export function toCsv(data: JournalData): string {
  const sessions = new Map(data.sessions.map((s) => [s.roomId, s]));
  const context = (roomId: string) => {
    const session: JournalSession | undefined = sessions.get(roomId);
    return {
      'Session date': session ? localDate(session.joinedAt) : '',
      Group: session?.groupName ?? '',
      Module: session?.moduleTitle ?? '',
      'Pages covered': session?.pagesCovered ? pageRanges(session.pagesCovered) : '',
    };
  };
  const blank = { 'By when': '', 'How I will know': '', Status: '', Note: '', Shared: '', Author: '' };
  const rows: Row[] = [
    ...data.takeaways.map((t) => ({
      ...context(t.roomId),
      ...blank,
      Kind: 'Takeaway',
      Text: t.text,
      Shared: t.shared ? (t.shared.anonymous ? 'Yes, anonymously' : 'Yes, with my name') : 'No',
      Author: 'Me',
      'Written on': localDate(t.createdAt),
    })),
    ...data.commitments.map((c) => ({
      ...context(c.roomId),
      ...blank,
      Kind: 'Commitment',
      Text: c.what,
      'By when': c.byWhen,
      'How I will know': c.howKnow,
      Status: STATUS_LABELS[c.status],
      Note: c.note,
      Shared: c.statusShared ? 'Status shared' : 'No',
      Author: 'Me',
      'Written on': localDate(c.createdAt),
    })),
    ...data.sharedTakeaways.map((s) => ({
      ...context(s.roomId),
      ...blank,
      Kind: 'Shared by the group',
      Text: s.text,
      Shared: 'Yes',
      Author: s.authorName ?? 'Anonymous',
      'Written on': localDate(s.sharedAt),
    })),
  ];
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows.map((row) => CSV_COLUMNS.map((column) => row[column])) }, { newline: '\r\n', escapeFormulae: true })}\r\n`;
}
