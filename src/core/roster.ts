// Reading a roster of participants from a CSV file: lenient about column names, strict about rows
// (each bad row one `line N: …` error, and then nobody imported); also any CSV's rows with their lines.

import Papa from 'papaparse';
import type { PersonFields } from './program.ts';

/** One participant from a roster: a person's fields, absent ones as empty strings. */
export type RosterPerson = PersonFields;

/** The people of a roster, or every error found in it (and then no people at all). */
export type RosterParseResult = { ok: true; people: RosterPerson[] } | { ok: false; errors: string[] };

type Field = keyof RosterPerson | 'firstName' | 'lastName';

const SYNONYMS: Record<Field, string[]> = {
  name: ['name', 'fullname', 'participant', 'participantname', 'person', 'employee', 'employeename', 'displayname', 'membername'],
  firstName: ['firstname', 'givenname', 'forename', 'first'],
  lastName: ['lastname', 'surname', 'familyname', 'last'],
  email: ['email', 'emailaddress', 'mail', 'workemail', 'emailid'],
  division: ['division', 'department', 'dept', 'businessunit', 'bu', 'unit', 'function', 'organisation', 'organization', 'org', 'team'],
  level: ['level', 'grade', 'band', 'seniority', 'jobgrade', 'joblevel', 'managementlevel'],
  location: ['location', 'office', 'site', 'city', 'country', 'region', 'workplace', 'base'],
  manager: ['manager', 'linemanager', 'reportsto', 'supervisor', 'managername', 'boss', 'directmanager'],
};

const LABELS: Record<Field, string> = {
  name: 'name',
  firstName: 'first name',
  lastName: 'last name',
  email: 'email',
  division: 'division',
  level: 'level',
  location: 'location',
  manager: 'manager',
};

const normalise = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

function fieldOf(header: string): Field | undefined {
  const key = normalise(header);
  for (const [field, names] of Object.entries(SYNONYMS) as Array<[Field, string[]]>) if (names.includes(key)) return field;
  return undefined;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** A CSV file's rows that are not blank, each with the file line it starts on (1-based). */
export interface CsvLines {
  records: Array<{ line: number; fields: string[] }>;
  /** `line N: what is wrong` for each row the CSV reader could not read, such as an unclosed quote. */
  errors: string[];
}

/**
 * Splits a CSV file (comma, semicolon or tab, detected) into trimmed fields, dropping a BOM and
 * blank rows, and keeping for each row the line of the file it starts on, so that errors can name
 * the line a person sees in an editor even after quoted line breaks and blank lines.
 */
export function readCsvLines(text: string): CsvLines {
  const source = text.replace(/^\uFEFF/, '');
  const records: CsvLines['records'] = [];
  const errors: string[] = [];
  // A row's line is 1 + the line breaks before where it starts (where the previous row ended).
  let line = 1;
  let counted = 0;
  let rowStart = 0;
  Papa.parse<string[]>(source, {
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      for (; counted < rowStart; counted++) if (source[counted] === '\n') line++;
      const fields = result.data.map((f) => (f ?? '').trim());
      for (const error of result.errors) {
        if (error.type === 'Delimiter') continue;
        const what = error.code === 'MissingQuotes' ? 'a quoted field is never closed' : error.message.replace(/\.$/, '');
        errors.push(`line ${line}: ${what}`);
      }
      if (fields.some((f) => f !== '')) records.push({ line, fields });
      rowStart = result.meta.cursor;
    },
  });
  return { records, errors };
}

/**
 * Reads a roster CSV: a header row, then one person per row. Columns: a name (or first and last
 * name), then optional email, division, level, location and manager, matched leniently ("Full
 * name", "Dept", "Grade", "Office", "Reports to", …); other columns are ignored. Handles a BOM,
 * CRLF, quoted fields and blank lines. Line numbers count the header as line 1.
 */
export function parseRosterCsv(text: string): RosterParseResult {
  const { records, errors } = readCsvLines(text);
  if (errors.length > 0) return { ok: false, errors };
  if (records.length === 0) return { ok: false, errors: ['line 1: the file is empty; expected a header row with at least a name column'] };

  const header = records[0]!;
  const columns = new Map<Field, number>();
  header.fields.forEach((title, column) => {
    const field = fieldOf(title);
    if (!field) return;
    const earlier = columns.get(field);
    if (earlier !== undefined) {
      errors.push(`line ${header.line}: columns ${earlier + 1} and ${column + 1} both give the ${LABELS[field]} ("${header.fields[earlier]}", "${title}")`);
    } else {
      columns.set(field, column);
    }
  });
  if (!columns.has('name') && !(columns.has('firstName') && columns.has('lastName'))) {
    const found = header.fields.filter((f) => f !== '').map((f) => `"${f}"`).join(', ');
    errors.push(`line ${header.line}: no name column; expected a column called "name" (or "first name" and "last name"), found ${found || 'no column titles'}`);
  }
  if (errors.length > 0) return { ok: false, errors };

  const people: RosterPerson[] = [];
  const seen = new Map<string, number>();
  // An email names one person: the program's roster merges on it, so a second name would vanish.
  const emails = new Map<string, { line: number; name: string }>();
  const width = header.fields.length;
  for (const { line: at, fields } of records.slice(1)) {
    const get = (field: Field) => {
      const column = columns.get(field);
      return column === undefined ? '' : (fields[column] ?? '');
    };
    const name = columns.has('name') ? get('name') : `${get('firstName')} ${get('lastName')}`.trim();
    const email = get('email');
    const extra = fields.slice(width).filter((f) => f !== '');
    let problem: string | undefined;
    if (extra.length > 0) problem = `${fields.length} fields, but the header has ${width} columns`;
    else if (name === '') problem = 'the name is empty';
    else if (email !== '' && !EMAIL.test(email)) problem = `"${email}" is not an email address`;
    else {
      const key = `${name.toLowerCase()}\u0000${email.toLowerCase()}`;
      const earlier = seen.get(key);
      const owner = email ? emails.get(email.toLowerCase()) : undefined;
      if (earlier !== undefined) problem = `${name}${email ? ` <${email}>` : ''} is already on line ${earlier}`;
      else if (owner) problem = `${name} has the email ${email}, which line ${owner.line} gives to ${owner.name}; each person needs their own email`;
      else {
        seen.set(key, at);
        if (email) emails.set(email.toLowerCase(), { line: at, name });
      }
    }
    if (problem) {
      errors.push(`line ${at}: ${problem}`);
      continue;
    }
    people.push({ name, email, division: get('division'), level: get('level'), location: get('location'), manager: get('manager') });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, people };
}
