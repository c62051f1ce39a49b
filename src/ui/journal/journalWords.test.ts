import { afterEach, describe, expect, it } from 'vitest';
import { toJson } from '../../core/journal/jsonFile.ts';
import { sampleJournal } from '../../core/journal/testJournal.ts';
import { exportFile } from '../../core/journal/formats.ts';
import { activate, loadPart } from '../../i18n/i18n.ts';
import { exportWords } from './exportWords.ts';
import { dueWords, formatCalendarDate, formatDay } from './formatDate.ts';
import { fileSize, importProblemWords, messageWords, statusWords } from './journalWords.ts';

afterEach(() => activate('en'));

const at = new Date('2026-03-01T12:00:00').getTime();

describe('the journal’s codes, worded', () => {
  it('words an import’s problems as the journal always said them in English', () => {
    const problems = [
      importProblemWords({ code: 'tooBig', size: 10_500_000, max: 10_000_000 }),
      importProblemWords({ code: 'tooBig', size: 802, max: 500 }),
      importProblemWords({ code: 'tooBig', size: 2000, max: 1000 }),
      importProblemWords({ code: 'notObject' }),
      importProblemWords({ code: 'notJournal', found: '"something-else"', expected: 'roundtable-journal' }),
      importProblemWords({ code: 'notJournal', found: undefined, expected: 'roundtable-journal' }),
      importProblemWords({ code: 'badVersion', found: '"1"' }),
      importProblemWords({ code: 'newerVersion', version: 2, newest: 1 }),
      importProblemWords({ code: 'notList', list: 'commitments', missing: true }),
      importProblemWords({ code: 'badRecord', list: 'takeaways', index: 3, field: 'text', reason: { code: 'notText' } }),
      importProblemWords({ code: 'badRecord', list: 'sessions', index: 2, field: 'roomId', reason: { code: 'tooLong', max: 100, found: 101 } }),
      importProblemWords({ code: 'badRecord', list: 'commitments', index: 2, field: 'status', reason: { code: 'notStatus', allowed: ['open', 'done'], found: '"finished"' } }),
      importProblemWords({ code: 'badRecord', list: 'sharedTakeaways', index: 0, field: '', reason: { code: 'notRecord' } }),
      importProblemWords({ code: 'more', count: 128 }),
    ];
    expect(problems).toEqual([
      'This file is 10.5 MB: a journal import may be at most 10.0 MB.',
      'This file is 802 bytes: a journal import may be at most 500 bytes.',
      'This file is 2.0 KB: a journal import may be at most 1.0 KB.',
      'This file is not a Roundtable journal: expected a JSON object at the top.',
      'This file is not a Roundtable journal: format is "something-else", expected "roundtable-journal".',
      'This file is not a Roundtable journal: format is missing, expected "roundtable-journal".',
      'version: expected a whole number from 1, found "1".',
      'This journal was made by a newer version of Roundtable (file version 2; this app reads up to version 1): update first, then import it again.',
      'commitments: expected a list, found none',
      'takeaways[3].text: expected text',
      'sessions[2].roomId: expected at most 100 characters, found 101',
      'commitments[2].status: expected one of open, done, found "finished"',
      'sharedTakeaways[0]: expected a record',
      '…and 128 more problems.',
    ]);
  });

  it('words the messages after an action', () => {
    expect(messageWords({ code: 'importRefused', fileName: 'bad.json', problems: [{ code: 'badRecord', list: 'takeaways', index: 3, field: 'text', reason: { code: 'notText' } }] })).toEqual({
      tone: 'problem',
      title: 'bad.json was not imported',
      lines: ['takeaways[3].text: expected text', 'Nothing was changed.'],
    });
    expect(messageWords({ code: 'imported', fileName: 'journal.json', added: 13, updated: 0, unchanged: 0 })).toEqual({ tone: 'info', title: 'journal.json was imported', lines: ['13 added, 0 updated, 0 already here.'] });
    expect(messageWords({ code: 'notSaved', what: 'note', detail: { code: 'storageFull', unsaved: 'note' } })).toEqual({
      tone: 'problem',
      title: 'The note was not saved',
      lines: ['Storage is full: this note was not saved; the note keeps what was saved before. Free some space on this device, then try again.'],
    });
    expect(messageWords({ code: 'notSaved', what: 'status', detail: { code: 'noCommitment', id: 'c9' } }).lines).toEqual(['There is no commitment c9 on this device.']);
    expect(messageWords({ code: 'importFailed', fileName: 'a.json', detail: { code: 'error', text: 'No room.' } })).toEqual({ tone: 'problem', title: 'a.json was not imported', lines: ['No room.'] });
  });

  it('follows the interface language: French words, numbers and dates', async () => {
    await activate('fr');
    await loadPart('fr', 'later');
    expect(statusWords('partly')).toBe('Fait en partie');
    expect(fileSize(10_500_000)).toBe('10,5\u00a0Mo');
    expect(messageWords({ code: 'importRefused', fileName: 'gros.json', problems: [{ code: 'tooBig', size: 10_500_000, max: 10_000_000 }] })).toEqual({
      tone: 'problem',
      title: 'gros.json n’a pas été importé',
      lines: ['Ce fichier fait 10,5\u00a0Mo\u00a0: un journal importé ne peut pas dépasser 10,0\u00a0Mo.', 'Rien n’a été modifié.'],
    });
    expect(formatCalendarDate('2026-03-11')).toBe('11 mars 2026');
    expect(dueWords(-1)).toBe('En retard de 1 jour');
    expect(dueWords(3)).toBe('Échéance dans 3 jours');
    await activate('ja');
    await loadPart('ja', 'later');
    expect(formatDay(at)).toBe('2026年3月1日');
    expect(dueWords(3)).toBe('期限まであと3日');
  });

  it('words plurals and dates in English too', () => {
    expect(dueWords(0)).toBe('Due today');
    expect(dueWords(1)).toBe('Due tomorrow');
    expect(dueWords(5)).toBe('Due in 5 days');
    expect(dueWords(-1)).toBe('Overdue by 1 day');
    expect(formatCalendarDate('2026-03-11')).toBe('March 11, 2026');
    expect(formatCalendarDate('soon')).toBe('soon');
    expect(formatDay(1e20)).toBe('Unknown date');
  });
});

describe('the exports, in the interface language', () => {
  it('writes the Markdown journal and the calendar in English as they always were', () => {
    const md = exportFile(sampleJournal(), 'markdown', at, exportWords()).content;
    expect(md.startsWith('# My Roundtable journal\n\nExported on 2026-03-01.')).toBe(true);
    expect(md).toContain('## 2026-02-11: Feedback both ways — Blue table');
    expect(md).toContain('- **Write the team charter**\n  - By: 2026-03-11\n  - Status: Partly done\n  - How I will know it worked: I will see it\n  - Note: Draft done');
    expect(md).toContain('- Équipe first, then the plan _(shared anonymously)_');
    expect(md).toContain('- Équipe first, then the plan — _anonymous_');
    const ics = exportFile(sampleJournal(), 'ics', at, exportWords()).content;
    expect(ics).toContain('X-WR-CALNAME:My Roundtable commitments');
    expect(ics).toContain('SUMMARY;LANGUAGE=en:Commitment: Hold a weekly one-to-one');
  });

  it('writes them in French and Japanese once the interface speaks it, dates as YYYY-MM-DD; the CSV keeps English column keys', async () => {
    await activate('fr');
    await loadPart('fr', 'later');
    const md = exportFile(sampleJournal(), 'markdown', at, exportWords()).content;
    expect(md.startsWith('# Mon journal Roundtable\n\nExporté le 2026-03-01.')).toBe(true);
    expect(md).toContain('## 2026-02-11\u00a0: Feedback both ways — Blue table');
    expect(md).toContain('  - Échéance\u00a0: 2026-03-11\n  - Statut\u00a0: Fait en partie');
    expect(exportFile(sampleJournal(), 'ics', at, exportWords()).content).toContain('SUMMARY;LANGUAGE=fr:Engagement\u00a0: Hold a weekly one-to-one');
    const csv = exportFile(sampleJournal(), 'csv', at, exportWords()).content;
    expect(csv.startsWith('\uFEFFKind,Session date,Group,Module,Pages covered,Text,By when,How I will know,Status,Note,Shared,Author,Written on\r\n')).toBe(true);
    expect(csv).toContain('Engagement,2026-02-11,Blue table,Feedback both ways,1–2,Write the team charter,2026-03-11,I will see it,Fait en partie,Draft done,Non,Moi,2026-01-14');
    await activate('ja');
    await loadPart('ja', 'later');
    expect(exportFile(sampleJournal(), 'markdown', at, exportWords()).content.startsWith('# Roundtableジャーナル\n\nエクスポート日：2026-03-01')).toBe(true);
    // The JSON file has no words: the same in every language.
    expect(exportFile(sampleJournal(), 'json', at, exportWords()).content).toBe(toJson(sampleJournal(), at));
  });
});
