// The journal as a Markdown file people can read anywhere: by session, newest first, with my
// takeaways, my commitments and what the group shared, in the words the interface gives.

import { pageRanges } from './dates.ts';
import type { ExportWords } from './exportWords.ts';
import { journalByRoom } from './filter.ts';
import type { JournalData } from './types.ts';

/** Indents the lines after the first, so that a multi-line text stays inside its list item. */
function item(text: string, indent = '  '): string {
  return text.trim().replace(/\r?\n/g, `\n${indent}`);
}

/** A text on one line, for headings and names. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The journal as Markdown, worded by `words`. `exportedAt` is the moment of export. */
export function toMarkdown(data: JournalData, exportedAt: number, words: ExportWords): string {
  const md = words.markdown;
  const lines: string[] = [`# ${md.title}`, '', md.exportedOn(words.date(exportedAt)), ''];
  const entries = journalByRoom(data);
  if (entries.length === 0) lines.push(md.empty, '');
  for (const entry of entries) {
    const session = entry.session;
    const title = session ? session.moduleTitle || md.untitledSession : md.unknownSession;
    lines.push(`## ${md.heading(words.date(entry.date), oneLine(title), session?.groupName ? oneLine(session.groupName) : undefined)}`, '');
    if (session?.pagesCovered?.length) lines.push(md.pagesCovered(pageRanges(session.pagesCovered)), '');
    if (entry.takeaways.length > 0) {
      lines.push(`### ${md.myTakeaways}`, '');
      for (const takeaway of entry.takeaways) {
        const shared = takeaway.shared ? ` _${takeaway.shared.anonymous ? md.sharedAnonymously : md.sharedWithName}_` : '';
        lines.push(`- ${item(takeaway.text)}${shared}`);
      }
      lines.push('');
    }
    if (entry.commitments.length > 0) {
      lines.push(`### ${md.myCommitments}`, '');
      for (const c of entry.commitments) {
        lines.push(`- **${item(c.what)}**`, `  - ${md.byWhen(words.calendarDate(c.byWhen))}`, `  - ${md.status(words.status(c.status), c.statusShared)}`);
        if (c.howKnow.trim()) lines.push(`  - ${md.howKnow(item(c.howKnow, '    '))}`);
        if (c.note.trim()) lines.push(`  - ${md.note(item(c.note, '    '))}`);
      }
      lines.push('');
    }
    if (entry.shared.length > 0) {
      lines.push(`### ${md.sharedByGroup}`, '');
      for (const s of entry.shared) lines.push(`- ${item(s.text)} — ${s.authorName ? oneLine(s.authorName) : `_${md.anonymous}_`}`);
      lines.push('');
    }
  }
  return lines.join('\n');
}
