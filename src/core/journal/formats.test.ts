import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from './csv.ts';
import { localDate } from './dates.ts';
import type { ExportWords } from './exportWords.ts';
import { toIcs } from './ics.ts';
import { toMarkdown } from './markdown.ts';
import { commitment, sampleJournal, testWords } from './testJournal.ts';
import { emptyJournal } from './types.ts';

const at = new Date('2026-03-01T12:00:00').getTime();

describe('toMarkdown', () => {
  const md = toMarkdown(sampleJournal(), at, testWords);

  it('lists sessions newest first with group, date and pages', () => {
    expect(md.startsWith('# My Roundtable journal\n\nExported on 2026-03-01.')).toBe(true);
    const headings = md.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## 2026-02-11: Feedback both ways — Blue table', '## 2026-01-20: Crafting strategy — Green table', '## 2026-01-14: Leading change — Blue table']);
    expect(md).toContain('Pages covered: 1–4, 6.');
  });

  it('holds every takeaway, commitment and shared takeaway', () => {
    for (const t of sampleJournal().takeaways) expect(md).toContain(`- ${t.text}`);
    expect(md).toContain('- **Write the team charter**\n  - By: 2026-03-11\n  - Status: Partly done\n  - How I will know it worked: I will see it\n  - Note: Draft done');
    expect(md).toContain('- Silence is an answer too — Ben');
    expect(md).toContain('- Équipe first, then the plan — _anonymous_');
    expect(md).toContain('- Équipe first, then the plan _(shared anonymously)_');
  });

  it('keeps a multi-line text inside its list item', () => {
    const data = sampleJournal();
    data.takeaways = [{ ...data.takeaways[0]!, text: 'First line\nSecond line' }];
    expect(toMarkdown(data, at, testWords)).toContain('- First line\n  Second line');
  });

  it('says so when the journal is empty', () => {
    expect(toMarkdown(emptyJournal(), at, testWords)).toContain('Nothing written yet.');
  });
});

describe('toCsv', () => {
  const csv = toCsv(sampleJournal(), testWords);
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });

  it('has a header and one row per takeaway, commitment and shared takeaway', () => {
    expect(csv.startsWith('\uFEFFKind,Session date,')).toBe(true);
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(1 + 4 + 3 + 3);
  });

  it('fills each column', () => {
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const charter = parsed.data.find((row) => row[col('Text')] === 'Write the team charter')!;
    expect(charter[col('Kind')]).toBe('Commitment');
    expect(charter[col('Session date')]).toBe('2026-02-11');
    expect(charter[col('Group')]).toBe('Blue table');
    expect(charter[col('Module')]).toBe('Feedback both ways');
    expect(charter[col('By when')]).toBe('2026-03-11');
    expect(charter[col('Status')]).toBe('Partly done');
    expect(charter[col('Note')]).toBe('Draft done');
    const anonymous = parsed.data.find((row) => row[col('Kind')] === 'Shared by the group' && row[col('Author')] === 'Anonymous')!;
    expect(anonymous[col('Text')]).toBe('Équipe first, then the plan');
    expect(parsed.data.find((row) => row[col('Text')] === 'Ask before advising')![col('Pages covered')]).toBe('1–4, 6');
  });

  it('quotes commas, quotes and line breaks, and makes formulas inert', () => {
    const data = emptyJournal();
    data.takeaways.push({ ...sampleJournal().takeaways[0]!, text: 'a, "b"\nc' }, { ...sampleJournal().takeaways[0]!, id: 'f', text: '=HYPERLINK("x")' });
    const rows = Papa.parse<string[]>(toCsv(data, testWords).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows[1]![5]).toBe('a, "b"\nc');
    expect(rows[2]![5]).toBe(`'=HYPERLINK("x")`);
  });
});

describe('toIcs', () => {
  const list = [
    ...sampleJournal().commitments,
    commitment('long', { what: `Long; with, commas \\ and a line\nbreak ${'é'.repeat(60)}`, byWhen: '2026-12-31', status: 'dropped' }),
    commitment('undated', { byWhen: 'soon' }),
  ];
  const calendar = new ICAL.Component(ICAL.parse(toIcs(list, at, testWords)));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));

  it('is a calendar a real parser reads, one all-day event per dated commitment', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(events.map((e) => e.uid)).toEqual(['c1@roundtable.journal', 'c2@roundtable.journal', 'c3@roundtable.journal', 'long@roundtable.journal']);
    for (const [i, event] of events.entries()) {
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(list[i]!.byWhen);
      expect(event.endDate.toString()).toBe(['2026-02-12', '2026-03-12', '2026-02-21', '2027-01-01'][i]);
    }
  });

  it('carries the text, escaped and folded, back unchanged', () => {
    expect(events[0]!.summary).toBe('Commitment: Hold a weekly one-to-one');
    expect(events[3]!.summary).toBe(`Commitment: ${list[3]!.what}`);
    expect(events[1]!.description).toBe('How I will know it worked: I will see it\nStatus: Partly done\nNote: Draft done');
    expect(calendar.getAllSubcomponents('vevent')[3]!.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('keeps every line within 75 octets', () => {
    for (const line of toIcs(list, at, testWords).split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});

describe('the words of the exports', () => {
  // Words of another language, marked so that each can be found where it is used.
  const words: ExportWords = {
    ...testWords,
    status: (status) => `[${status}]`,
    date: (ms) => `D ${localDate(ms)}`,
    calendarDate: (date) => `C ${date}`,
    markdown: { ...testWords.markdown, title: 'Mon journal Roundtable', heading: (date, title, group) => `${date} · ${title}${group ? ` · ${group}` : ''}`, myTakeaways: 'Mes points à retenir', sharedAnonymously: '(partagé anonymement)' },
    calendar: { ...testWords.calendar, language: 'fr', name: 'Mes engagements, Roundtable', summary: (what) => `Engagement : ${what}`, status: (status) => `Statut : ${status}` },
    csv: { ...testWords.csv, commitment: 'Engagement', me: 'Moi' },
  };

  it('writes the Markdown journal in them, dates worded by them', () => {
    const md = toMarkdown(sampleJournal(), at, words);
    expect(md.startsWith('# Mon journal Roundtable\n\nExported on D 2026-03-01.')).toBe(true);
    expect(md).toContain('## D 2026-02-11 · Feedback both ways · Blue table');
    expect(md).toContain('### Mes points à retenir');
    expect(md).toContain('- Équipe first, then the plan _(partagé anonymement)_');
    expect(md).toContain('  - By: C 2026-03-11\n  - Status: [partly]');
  });

  it('writes the calendar in them, marked with their language', () => {
    const text = toIcs(sampleJournal().commitments, at, words);
    const calendar = new ICAL.Component(ICAL.parse(text));
    // A TEXT value, escaped as such (a non-standard property's default type).
    expect(text.split('\r\n')).toContain('X-WR-CALNAME:Mes engagements\\, Roundtable');
    const event = calendar.getAllSubcomponents('vevent')[1]!;
    expect(event.getFirstPropertyValue('summary')).toBe('Engagement : Write the team charter');
    expect(event.getFirstProperty('summary')!.getParameter('language')).toBe('fr');
    expect(event.getFirstPropertyValue('description')).toContain('Statut : [partly]');
  });

  it('keeps the CSV’s column keys in English and its dates as YYYY-MM-DD, its cells in them', () => {
    const rows = Papa.parse<string[]>(toCsv(sampleJournal(), words).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const charter = rows.find((row) => row[col('Text')] === 'Write the team charter')!;
    expect([charter[col('Kind')], charter[col('Status')], charter[col('Author')], charter[col('Session date')]]).toEqual(['Engagement', '[partly]', 'Moi', '2026-02-11']);
  });
});
