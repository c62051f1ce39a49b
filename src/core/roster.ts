// Reading a roster of participants from a CSV file: lenient about column names (in English, French
// and Japanese), strict about rows (each bad row one problem with its line, and then nobody
// imported); any CSV's rows with their lines; and the file's bytes as text, UTF-8 or Shift_JIS.

import Papa from 'papaparse';
import type { PersonFields } from './program.ts';

/** One participant from a roster: a person's fields, absent ones as empty strings. */
export type RosterPerson = PersonFields;

/** A roster column's meaning: a person's field, or half of a name. */
export type RosterField = keyof RosterPerson | 'firstName' | 'lastName';

/** A row of a CSV file that could not be read, `line` being the file line it starts on (from 1). */
export type CsvProblem =
  | { code: 'unclosedQuote'; line: number }
  /** Any other fault of the CSV reader, `detail` in its words (English). */
  | { code: 'unreadableRow'; line: number; detail: string };

/**
 * What is wrong with a roster file, as a code and its values, worded by the screens (and in
 * English by the command line). `line` is the file line (the header is line 1); columns count from 1.
 */
export type RosterProblem =
  | CsvProblem
  | { code: 'emptyFile'; line: number }
  /** Two columns give one field: `first` and `second` are the columns, with their titles. */
  | { code: 'sameField'; line: number; field: RosterField; first: number; second: number; firstTitle: string; secondTitle: string }
  /** `found`: the header's column titles (none when it has no titles at all). */
  | { code: 'noNameColumn'; line: number; found: string[] }
  | { code: 'tooManyFields'; line: number; fields: number; columns: number }
  | { code: 'nameEmpty'; line: number }
  | { code: 'notAnEmail'; line: number; email: string }
  /** The same name (and email, when given) as line `earlier`. */
  | { code: 'samePerson'; line: number; name: string; email: string; earlier: number }
  /** An email that line `ownerLine` already gives to `owner`. */
  | { code: 'emailTaken'; line: number; name: string; email: string; ownerLine: number; owner: string };

/** The people of a roster, or every problem found in it (and then no people at all). */
export type RosterParseResult = { ok: true; people: RosterPerson[] } | { ok: false; errors: RosterProblem[] };

/** "Nom" alone: a full name, or the family name when a "Prénom" column gives the first name. */
type Title = RosterField | 'nameOrLastName';

/**
 * Column titles, in English, French and Japanese, as people write them: they are compared
 * after {@link normaliseTitle}, so case, accents, spaces, punctuation and full-width forms do not count.
 */
const TITLES: Record<Title, string[]> = {
  name: [
    'name', 'full name', 'participant', 'participant name', 'person', 'employee', 'employee name', 'display name', 'member name',
    'nom complet', 'nom et prénom', 'nom prénom', 'prénom et nom', 'prénom nom', 'participante', 'nom du participant', 'personne', 'employé', 'employée', 'salarié', 'salariée', 'collaborateur', 'collaboratrice',
    '氏名', '名前', 'お名前', '氏名（漢字）', 'フルネーム', '参加者', '参加者名', '社員名', '従業員名', '姓名',
  ],
  nameOrLastName: ['nom'],
  firstName: ['first name', 'given name', 'forename', 'first', 'prénom', 'prénoms', '名', 'ファーストネーム'],
  lastName: ['last name', 'surname', 'family name', 'last', 'nom de famille', '姓', '苗字', '名字', 'ラストネーム'],
  email: [
    'email', 'email address', 'mail', 'work email', 'email id',
    'courriel', 'adresse courriel', 'adresse e-mail', 'adresse mail', 'adresse électronique', 'mél',
    'メール', 'メールアドレス', 'Eメール', 'Eメールアドレス', '電子メール', 'メアド',
  ],
  division: [
    'division', 'department', 'dept', 'business unit', 'bu', 'unit', 'function', 'organisation', 'organization', 'org', 'team',
    'service', 'département', 'direction', 'unité', 'entité', 'pôle', 'équipe', 'secteur', 'branche',
    '部署', '部門', '事業部', '所属', '所属部署', '所属部門', '部署名', '部門名', '本部', '部', '組織', 'チーム',
  ],
  level: [
    'level', 'grade', 'band', 'seniority', 'job grade', 'job level', 'management level',
    'niveau', 'échelon', 'classification', 'niveau hiérarchique', 'séniorité',
    '等級', '職級', '職階', '階層', 'グレード', 'レベル',
  ],
  location: [
    'location', 'office', 'site', 'city', 'country', 'region', 'workplace', 'base',
    'ville', 'lieu', 'lieu de travail', 'localisation', 'bureau', 'pays', 'région', 'établissement', 'implantation', 'agence',
    '拠点', '勤務地', '所在地', '事業所', 'オフィス', '都市', '国', '地域', '支店',
  ],
  manager: [
    'manager', 'line manager', 'reports to', 'supervisor', 'manager name', 'boss', 'direct manager',
    'responsable', 'responsable hiérarchique', 'supérieur', 'supérieure', 'supérieur hiérarchique', 'n+1', 'gestionnaire',
    '上司', '上長', '直属の上司', 'マネージャー', 'マネジャー', '所属長',
  ],
};

/**
 * Titles that name a job rather than a level ("Rôle", "Fonction", "Poste", 役職…): taken as the
 * level only when no column gives the level plainly, and never an error when there are several.
 */
const LOOSE_LEVEL = ['rôle', 'fonction', 'poste', 'intitulé de poste', '役職', '役職名', '役割', '職位'];

/** A column title as it is compared: NFKC (full-width letters, half-width kana), lower case, no accents, letters and digits only. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const TITLE_OF = new Map<string, Title>();
for (const [title, written] of Object.entries(TITLES) as Array<[Title, string[]]>) for (const text of written) TITLE_OF.set(normaliseTitle(text), title);
const LOOSE_LEVEL_TITLES = new Set(LOOSE_LEVEL.map(normaliseTitle));

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** A CSV file's rows that are not blank, each with the file line it starts on (1-based). */
export interface CsvLines {
  records: Array<{ line: number; fields: string[] }>;
  /** Each row the CSV reader could not read, such as one with an unclosed quote. */
  errors: CsvProblem[];
}

/**
 * Splits a CSV file (comma, semicolon or tab, detected) into trimmed fields, dropping a BOM and
 * blank rows, and keeping for each row the line of the file it starts on, so that errors can name
 * the line a person sees in an editor even after quoted line breaks and blank lines.
 */
export function readCsvLines(text: string): CsvLines {
  const source = text.replace(/^\uFEFF/, '');
  const records: CsvLines['records'] = [];
  const errors: CsvProblem[] = [];
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
        errors.push(error.code === 'MissingQuotes' ? { code: 'unclosedQuote', line } : { code: 'unreadableRow', line, detail: error.message.replace(/\.$/, '') });
      }
      if (fields.some((f) => f !== '')) records.push({ line, fields });
      rowStart = result.meta.cursor;
    },
  });
  return { records, errors };
}

/**
 * Reads a roster CSV: a header row, then one person per row. Columns: a name (or first and last
 * name), then optional email, division, level, location and manager, matched leniently in
 * English, French and Japanese ("Full name", "Dept", "Grade", "Office", "Reports to", « Prénom »,
 * « Service », « Courriel », 氏名, 部署, メールアドレス, …); other columns are ignored. « Nom » is
 * the family name beside a « Prénom » column, the full name otherwise; 姓 and 名 join family name
 * first. Handles a BOM, CRLF, quoted fields and blank lines. Line numbers count the header as line 1.
 */
export function parseRosterCsv(text: string): RosterParseResult {
  const { records, errors: csvErrors } = readCsvLines(text);
  if (csvErrors.length > 0) return { ok: false, errors: csvErrors };
  if (records.length === 0) return { ok: false, errors: [{ code: 'emptyFile', line: 1 }] };
  const errors: RosterProblem[] = [];

  const header = records[0]!;
  const titles = header.fields.map((title) => TITLE_OF.get(normaliseTitle(title)));
  const givesFirstName = titles.includes('firstName');
  const columns = new Map<RosterField, number>();
  titles.forEach((title, column) => {
    if (!title) return;
    const field: RosterField = title === 'nameOrLastName' ? (givesFirstName ? 'lastName' : 'name') : title;
    const earlier = columns.get(field);
    if (earlier !== undefined) {
      errors.push({ code: 'sameField', line: header.line, field, first: earlier + 1, second: column + 1, firstTitle: header.fields[earlier]!, secondTitle: header.fields[column]! });
    } else {
      columns.set(field, column);
    }
  });
  if (!columns.has('level')) {
    const loose = header.fields.findIndex((title) => LOOSE_LEVEL_TITLES.has(normaliseTitle(title)));
    if (loose >= 0) columns.set('level', loose);
  }
  if (!columns.has('name') && !(columns.has('firstName') && columns.has('lastName'))) {
    errors.push({ code: 'noNameColumn', line: header.line, found: header.fields.filter((f) => f !== '') });
  }
  if (errors.length > 0) return { ok: false, errors };
  // Japanese titles (姓, 名) give the family name first, as Japanese names are written.
  const lastColumn = columns.get('lastName');
  const familyFirst = lastColumn !== undefined && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(header.fields[lastColumn]!);

  const people: RosterPerson[] = [];
  const seen = new Map<string, number>();
  // An email names one person: the program's roster merges on it, so a second name would vanish.
  const emails = new Map<string, { line: number; name: string }>();
  const width = header.fields.length;
  for (const { line: at, fields } of records.slice(1)) {
    const get = (field: RosterField) => {
      const column = columns.get(field);
      return column === undefined ? '' : (fields[column] ?? '');
    };
    const parts = familyFirst ? [get('lastName'), get('firstName')] : [get('firstName'), get('lastName')];
    const name = columns.has('name') ? get('name') : parts.filter((part) => part !== '').join(' ');
    const email = get('email');
    const extra = fields.slice(width).filter((f) => f !== '');
    let problem: RosterProblem | undefined;
    if (extra.length > 0) problem = { code: 'tooManyFields', line: at, fields: fields.length, columns: width };
    else if (name === '') problem = { code: 'nameEmpty', line: at };
    else if (email !== '' && !EMAIL.test(email)) problem = { code: 'notAnEmail', line: at, email };
    else {
      const key = `${name.toLowerCase()}\u0000${email.toLowerCase()}`;
      const earlier = seen.get(key);
      const owner = email ? emails.get(email.toLowerCase()) : undefined;
      if (earlier !== undefined) problem = { code: 'samePerson', line: at, name, email, earlier };
      else if (owner) problem = { code: 'emailTaken', line: at, name, email, ownerLine: owner.line, owner: owner.name };
      else {
        seen.set(key, at);
        if (email) emails.set(email.toLowerCase(), { line: at, name });
      }
    }
    if (problem) {
      errors.push(problem);
      continue;
    }
    people.push({ name, email, division: get('division'), level: get('level'), location: get('location'), manager: get('manager') });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, people };
}

/** The encodings a roster file is read in: UTF-8 (and UTF-16 with its BOM), or Shift_JIS, which Japanese spreadsheets write. */
export type RosterEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis';

/** A file's text in the encoding found, or why the person must choose: bytes that are no encoding, or Shift_JIS that looks wrong. */
export type RosterText = { ok: true; encoding: RosterEncoding; text: string } | { ok: false; ask: 'undecodable' | 'doubtful' };

/**
 * Text that Shift_JIS gives from a file in another encoding, such as Windows-1252 French: a
 * character alone between Latin letters ("Pr駭om" for "Prénom"), half-width katakana against a
 * Latin letter ("ﾉquipe" for "Équipe"), or the user-defined area no roster uses.
 */
const DOUBTFUL_SHIFT_JIS = /[A-Za-z][^\x00-\x7f][A-Za-z]|[A-Za-z][\uff61-\uff9f]|[\uff61-\uff9f][A-Za-z]|[\ue000-\uf8ff]/;

function decodeStrictly(bytes: Uint8Array, encoding: RosterEncoding): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * A roster file's text, its encoding found from its bytes: a BOM says UTF-8 (or UTF-16); bytes
 * that are valid UTF-8 are UTF-8; otherwise bytes that are valid Shift_JIS are Shift_JIS, unless
 * the text looks like another encoding read wrong. When neither reads, or the Shift_JIS is
 * doubtful, the person must choose (see {@link decodeRoster}). A BOM is never part of the text.
 */
export function detectRosterText(bytes: Uint8Array): RosterText {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { ok: true, encoding: 'utf-8', text: decodeRoster(bytes, 'utf-8') };
  if (b0 === 0xff && b1 === 0xfe) return { ok: true, encoding: 'utf-16le', text: decodeRoster(bytes, 'utf-16le') };
  if (b0 === 0xfe && b1 === 0xff) return { ok: true, encoding: 'utf-16be', text: decodeRoster(bytes, 'utf-16be') };
  const utf8 = decodeStrictly(bytes, 'utf-8');
  if (utf8 !== undefined) return { ok: true, encoding: 'utf-8', text: utf8 };
  const shiftJis = decodeStrictly(bytes, 'shift_jis');
  if (shiftJis === undefined) return { ok: false, ask: 'undecodable' };
  if (DOUBTFUL_SHIFT_JIS.test(shiftJis)) return { ok: false, ask: 'doubtful' };
  return { ok: true, encoding: 'shift_jis', text: shiftJis };
}

/** A file's text in the encoding the person chose, bytes that do not fit it shown as U+FFFD, without a BOM. */
export function decodeRoster(bytes: Uint8Array, encoding: RosterEncoding): string {
  return new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '');
}
