// The journal's export files in one place, loaded only when someone exports: each format's
// text, file name and media type. Markdown, the calendar and the CSV's cells are written in the
// words the interface gives; the JSON file keeps its language-neutral keys.

import { toCsv } from './csv.ts';
import { localDate } from './dates.ts';
import type { ExportWords } from './exportWords.ts';
import { toIcs } from './ics.ts';
import { toJson } from './jsonFile.ts';
import { toMarkdown } from './markdown.ts';
import type { JournalData } from './types.ts';

/** The formats the journal exports to. */
export type ExportFormat = 'markdown' | 'csv' | 'json' | 'ics';

/** A file ready to download. */
export interface ExportFile {
  name: string;
  type: string;
  content: string;
}

const FORMATS: Record<ExportFormat, { extension: string; type: string; write: (data: JournalData, at: number, words: ExportWords) => string }> = {
  markdown: { extension: 'md', type: 'text/markdown;charset=utf-8', write: toMarkdown },
  csv: { extension: 'csv', type: 'text/csv;charset=utf-8', write: (data, _at, words) => toCsv(data, words) },
  json: { extension: 'json', type: 'application/json', write: toJson },
  ics: { extension: 'ics', type: 'text/calendar;charset=utf-8', write: (data, at, words) => toIcs(data.commitments, at, words) },
};

/** The journal as a file in `format`, made at `at`, worded by `words`. File names stay the same in every language. */
export function exportFile(data: JournalData, format: ExportFormat, at: number, words: ExportWords): ExportFile {
  const { extension, type, write } = FORMATS[format];
  const name = format === 'ics' ? `roundtable-commitments-${localDate(at)}.ics` : `roundtable-journal-${localDate(at)}.${extension}`;
  return { name, type, content: write(data, at, words) };
}
