import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { activate } from '../../i18n/i18n.ts';
import type { ValueProblem } from '../../core/storedRecord.ts';
import type { StoredProblem } from '../../storage/libraryRepo.ts';
import { StoredProblems, fieldProblemsText, valueProblemText } from './StoredProblems.tsx';

afterEach(() => activate('en'));

describe('StoredProblems', () => {
  it('says nothing when every record could be read', () => {
    const { container } = render(<StoredProblems problems={[]} />);
    expect(container.textContent).toBe('');
  });

  it('names modules as modules, and any other kind of record by its kind', () => {
    render(<StoredProblems problems={[{ id: 'm1', problem: [{ field: 'title', problem: { code: 'notText' } }] }]} />);
    const note = screen.getByRole('status', { name: '1 stored module could not be read' });
    expect(note.textContent).toContain('It is left in storage as it is, and the rest of the library works as usual.');
    expect(note.textContent).toContain('m1: title: expected text');
  });

  it('counts every record, lists the first ten with their kind, and counts the rest', () => {
    const problems: StoredProblem[] = Array.from({ length: 12 }, (_, i) => ({ kind: 'person', id: `p${i + 1}`, problem: [{ field: 'name', problem: { code: 'notText' } }] }));
    render(<StoredProblems problems={problems} place="program" />);
    const note = screen.getByRole('status', { name: '12 stored records could not be read' });
    expect(note.textContent).toContain('They are left in storage as they are, and the rest of the program works as usual.');
    expect(note.textContent).toContain('Person p10: name: expected text');
    expect(note.textContent).not.toContain('p11');
    expect(note.textContent).toContain('…and 2 more.');
  });

  it('names an entry of the bundled file by its place, and a record without an id as such', () => {
    render(<StoredProblems problems={[{ entry: 2, problem: [{ field: 'pages', problem: { code: 'emptyList' } }] }, { kind: 'group', problem: [{ field: '', problem: { code: 'notRecord' } }] }]} place="programs" />);
    const note = screen.getByRole('status', { name: '2 stored records could not be read' });
    expect(screen.getByText('library entry 2').tagName).toBe('CODE');
    expect(note.textContent).toContain('library entry 2: pages: expected at least one item');
    expect(note.textContent).toContain('Group (a record with no id): expected a record');
    expect(note.textContent).toContain('the rest of the programs works as usual');
  });

  it('words every problem a stored record can have, nested ones within their field', () => {
    expect(valueProblemText({ code: 'tooLong', max: 80 })).toBe('expected at most 80 characters');
    expect(valueProblemText({ code: 'notWhole', min: 1, max: 1440 })).toBe('expected a whole number from 1 to 1,440');
    expect(valueProblemText({ code: 'notOneOf', values: ['active', 'stopped', 'regrouped'] })).toBe('expected one of active, stopped, regrouped');
    expect(valueProblemText({ code: 'tooMany', max: 2, found: 100_000 })).toBe('expected at most 2 items, found 100,000');
    expect(valueProblemText({ code: 'worded', text: 'expected a date as YYYY-MM-DD' })).toBe('expected a date as YYYY-MM-DD');
    expect(valueProblemText({ code: 'notModuleId' })).toBe('expected a module id');
    expect(valueProblemText({ code: 'notLanguageTag' })).toBe('expected a language tag');
    expect(fieldProblemsText([{ field: 'format', problem: { code: 'newerFormat', found: 4, reads: 2 } }])).toBe('format: 4 is newer than this version of Roundtable reads (2): update Roundtable');
    const cycles: ValueProblem = { code: 'item', item: 1, problem: { code: 'fields', problems: [{ field: 'meetings', problem: { code: 'item', item: 2, problem: { code: 'fields', problems: [{ field: 'date', problem: { code: 'tooLong', max: 10 } }] } } }] } };
    expect(fieldProblemsText([{ field: 'cycles', problem: cycles }, { field: 'round', problem: { code: 'missing' } }])).toBe('cycles: item 1: meetings: item 2: date: expected at most 10 characters, round: missing');
  });

  it('speaks the interface language', async () => {
    await activate('fr');
    render(<StoredProblems problems={[{ kind: 'program', id: 'p1', problem: [{ field: 'moduleIds', problem: { code: 'notList' } }] }]} place="devicePrograms" />);
    const note = screen.getByRole('status', { name: '1 enregistrement n’a pas pu être lu' });
    expect(note.textContent).toContain('Programme p1\u00a0: moduleIds\u00a0: liste attendue');
    expect(note.textContent).toContain('les autres programmes de cet appareil fonctionnent normalement');
  });

  it('tells a module in a newer format to update Roundtable, in French and Japanese', async () => {
    const newer = [{ field: 'format', problem: { code: 'newerFormat', found: 3, reads: 2 } }] as const;
    await activate('fr');
    expect(fieldProblemsText(newer)).toBe('format\u00a0: 3, plus récent que ce que lit cette version de Roundtable (2)\u00a0: mettez Roundtable à jour');
    await activate('ja');
    expect(fieldProblemsText(newer)).toBe('format：3は、このバージョンのRoundtableが読める形式（2）より新しい形式です。Roundtableを更新してください');
  });
});
