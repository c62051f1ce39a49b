// The journal as a Markdown file people can read anywhere: by session, newest first, with my
// takeaways, my commitments and what the group shared.

import { localDate, pageRanges } from './dates.ts';
import { journalByRoom } from './filter.ts';
import type { JournalData } from './types.ts';
import { STATUS_LABELS } from './types.ts';

/** Indents the lines after the first, so that a multi-line text stays inside its list item. */
function item(text: string, indent = '  '): string {
  return text.trim().replace(/\r?\n/g, `\n${indent}`);
}

/** A text on one line, for headings and names. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The journal as Markdown. `exportedAt` is the moment of export. */
export function toMarkdown(data: JournalData, exportedAt: number): string {
  const lines: string[] = ['# My Roundtable journal', '', `Exported on ${localDate(exportedAt)}.`, ''];
  const entries = journalByRoom(data);
  if (entries.length === 0) lines.push('Nothing written yet.', '');
  for (const entry of entries) {
    const session = entry.session;
    const title = session ? session.moduleTitle || 'A session' : 'Notes from a session this device does not know';
    const group = session?.groupName ? ` — ${oneLine(session.groupName)}` : '';
    lines.push(`## ${localDate(entry.date)}: ${oneLine(title)}${group}`, '');
    if (session?.pagesCovered?.length) lines.push(`Pages covered: ${pageRanges(session.pagesCovered)}.`, '');
    if (entry.takeaways.length > 0) {
      lines.push('### My takeaways', '');
      for (const takeaway of entry.takeaways) {
        const shared = takeaway.shared ? (takeaway.shared.anonymous ? ' _(shared anonymously)_' : ' _(shared with my name)_') : '';
        lines.push(`- ${item(takeaway.text)}${shared}`);
      }
      lines.push('');
    }
    if (entry.commitments.length > 0) {
      lines.push('### My commitments', '');
      for (const c of entry.commitments) {
        lines.push(`- **${item(c.what)}**`, `  - By: ${c.byWhen}`, `  - Status: ${STATUS_LABELS[c.status]}${c.statusShared ? ' (shared with the group)' : ''}`);
        if (c.howKnow.trim()) lines.push(`  - How I will know it worked: ${item(c.howKnow, '    ')}`);
        if (c.note.trim()) lines.push(`  - Note: ${item(c.note, '    ')}`);
      }
      lines.push('');
    }
    if (entry.shared.length > 0) {
      lines.push('### Shared by the group', '');
      for (const s of entry.shared) lines.push(`- ${item(s.text)} — ${s.authorName ? oneLine(s.authorName) : '_anonymous_'}`);
      lines.push('');
    }
  }
  return lines.join('\n');
}
