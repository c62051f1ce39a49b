import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRosterCsv } from './roster.ts';

describe('parseRosterCsv', () => {
  it('reads a roster with a BOM, CRLF, quoted fields, lenient headers and blank trailing lines', () => {
    const result = parseRosterCsv(readFileSync('test/fixtures/roster/people.csv', 'utf8'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.people).toHaveLength(6);
    expect(result.people[0]).toEqual({ name: 'Ann Lee', email: 'ann@example.com', division: 'Finance', level: 'Senior', location: 'Oslo', manager: '' });
    expect(result.people[2]).toEqual({
      name: 'Okafor, Chidi',
      email: 'chidi@example.com',
      division: 'Research\r\n& Development',
      level: 'Mid',
      location: 'Oslo',
      manager: 'Ann Lee',
    });
    expect(result.people[3]!.email).toBe('');
  });

  it('matches header synonyms and ignores other columns', () => {
    const result = parseRosterCsv('Employee ID;Participant;Department;Band;Site;Line manager\n7;Ann;HR;L2;Paris;Bo\n');
    expect(result).toEqual({ ok: true, people: [{ name: 'Ann', email: '', division: 'HR', level: 'L2', location: 'Paris', manager: 'Bo' }] });
  });

  it('joins first and last names when there is no name column', () => {
    const result = parseRosterCsv('First name,Last name,division\nAnn,Lee,HR\n');
    expect(result.ok && result.people[0]!.name).toBe('Ann Lee');
  });

  it('gives each bad row one error with its line (counting a quoted line break) and imports nobody', () => {
    const text = [
      'name,email,division',
      'Ann,ann@example.com,"two',
      'lines"',
      ',nobody@example.com,HR',
      'Bo,not-an-email,HR',
      'Cy,cy@example.com,HR,surplus',
      '',
      'ann,ANN@example.com,Sales',
      'Dee,,HR',
    ].join('\n');
    expect(parseRosterCsv(text)).toEqual({
      ok: false,
      errors: [
        'line 4: the name is empty',
        'line 5: "not-an-email" is not an email address',
        'line 6: 4 fields, but the header has 3 columns',
        'line 8: ann <ANN@example.com> is already on line 2',
      ],
    });
  });

  it('explains a missing name column, duplicate columns, an unclosed quote and an empty file', () => {
    expect(parseRosterCsv('email,dept\na@b.co,HR\n')).toEqual({
      ok: false,
      errors: ['line 1: no name column; expected a column called "name" (or "first name" and "last name"), found "email", "dept"'],
    });
    expect(parseRosterCsv('name,Dept,Department\nAnn,HR,HR\n')).toEqual({
      ok: false,
      errors: ['line 1: columns 2 and 3 both give the division ("Dept", "Department")'],
    });
    const unclosed = parseRosterCsv('name,division\nAnn,"HR\nBo,Sales\n');
    expect(unclosed.ok).toBe(false);
    expect(!unclosed.ok && unclosed.errors).toEqual(['line 2: a quoted field is never closed']);
    expect(parseRosterCsv('\n\n')).toEqual({ ok: false, errors: ['line 1: the file is empty; expected a header row with at least a name column'] });
  });

  it('refuses one email given to two different people, naming both lines, and imports nobody', () => {
    const text = ['name,email,manager', 'Ann Lee,ann@example.com,', 'Bo Chen,bo@example.com,ann@example.com', 'Annie Lee,ANN@example.com,', 'Cy,cy@example.com,'].join('\n');
    expect(parseRosterCsv(text)).toEqual({
      ok: false,
      errors: ['line 4: Annie Lee has the email ANN@example.com, which line 2 gives to Ann Lee; each person needs their own email'],
    });
  });

  it('accepts the same name with different emails as two people', () => {
    const result = parseRosterCsv('name,email\nAnn,a1@x.org\nAnn,a2@x.org\n');
    expect(result.ok && result.people.length).toBe(2);
  });
});
