// The journal as CSV for a spreadsheet: one row per takeaway, commitment or shared takeaway.
// Its column keys are English whatever the interface's language, so that a sheet or a script
// that reads them keeps working; the cells are in the words the interface gives, dates as
// YYYY-MM-DD so that every spreadsheet reads them as dates.

import Papa from 'papaparse';
import { localDate, pageRanges } from './dates.ts';
import type { ExportWords } from './exportWords.ts';
import type { JournalData, JournalSession } from './types.ts';

/** The CSV columns, in order: stable keys, in English whatever the interface's language. */
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
export function toCsv(data: JournalData, words: ExportWords): string {
  const w = words.csv;
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
      Kind: w.takeaway,
      Text: t.text,
      Shared: t.shared ? (t.shared.anonymous ? w.sharedAnonymously : w.sharedWithName) : w.no,
      Author: w.me,
      'Written on': localDate(t.createdAt),
    })),
    ...data.commitments.map((c) => ({
      ...context(c.roomId),
      ...blank,
      Kind: w.commitment,
      Text: c.what,
      'By when': c.byWhen,
      'How I will know': c.howKnow,
      Status: words.status(c.status),
      Note: c.note,
      Shared: c.statusShared ? w.statusShared : w.no,
      Author: w.me,
      'Written on': localDate(c.createdAt),
    })),
    ...data.sharedTakeaways.map((s) => ({
      ...context(s.roomId),
      ...blank,
      Kind: w.sharedByGroup,
      Text: s.text,
      Shared: w.yes,
      Author: s.authorName ?? w.anonymous,
      'Written on': localDate(s.sharedAt),
    })),
  ];
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows.map((row) => CSV_COLUMNS.map((column) => row[column])) }, { newline: '\r\n', escapeFormulae: true })}\r\n`;
}
