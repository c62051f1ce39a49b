import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeRoster, detectRosterText, normaliseTitle, parseRosterCsv, readCsvLines } from './roster.ts';

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
        { code: 'nameEmpty', line: 4 },
        { code: 'notAnEmail', line: 5, email: 'not-an-email' },
        { code: 'tooManyFields', line: 6, fields: 4, columns: 3 },
        { code: 'samePerson', line: 8, name: 'ann', email: 'ANN@example.com', earlier: 2 },
      ],
    });
  });

  it('explains a missing name column, duplicate columns, an unclosed quote and an empty file', () => {
    expect(parseRosterCsv('email,dept\na@b.co,HR\n')).toEqual({
      ok: false,
      errors: [{ code: 'noNameColumn', line: 1, found: ['email', 'dept'] }],
    });
    expect(parseRosterCsv('name,Dept,Department\nAnn,HR,HR\n')).toEqual({
      ok: false,
      errors: [{ code: 'sameField', line: 1, field: 'division', first: 2, second: 3, firstTitle: 'Dept', secondTitle: 'Department' }],
    });
    const unclosed = parseRosterCsv('name,division\nAnn,"HR\nBo,Sales\n');
    expect(unclosed.ok).toBe(false);
    expect(!unclosed.ok && unclosed.errors).toEqual([{ code: 'unclosedQuote', line: 2 }]);
    expect(parseRosterCsv('\n\n')).toEqual({ ok: false, errors: [{ code: 'emptyFile', line: 1 }] });
    expect(parseRosterCsv('name,email\nAnn,\nAnn,\n')).toEqual({ ok: false, errors: [{ code: 'samePerson', line: 3, name: 'Ann', email: '', earlier: 2 }] });
  });

  it('refuses one email given to two different people, naming both lines, and imports nobody', () => {
    const text = ['name,email,manager', 'Ann Lee,ann@example.com,', 'Bo Chen,bo@example.com,ann@example.com', 'Annie Lee,ANN@example.com,', 'Cy,cy@example.com,'].join('\n');
    expect(parseRosterCsv(text)).toEqual({
      ok: false,
      errors: [{ code: 'emailTaken', line: 4, name: 'Annie Lee', email: 'ANN@example.com', ownerLine: 2, owner: 'Ann Lee' }],
    });
  });

  it('accepts the same name with different emails as two people', () => {
    const result = parseRosterCsv('name,email\nAnn,a1@x.org\nAnn,a2@x.org\n');
    expect(result.ok && result.people.length).toBe(2);
  });

  it('matches French column titles, whatever their case, accents and spaces', () => {
    const result = parseRosterCsv(' PRÉNOM ;Nom;Adresse courriel;Département;Fonction;Ville;Responsable hiérarchique\nAnn;Lee;ann@example.com;Finances;Cadre;Lyon;Bo Chen\n');
    expect(result).toEqual({
      ok: true,
      people: [{ name: 'Ann Lee', email: 'ann@example.com', division: 'Finances', level: 'Cadre', location: 'Lyon', manager: 'Bo Chen' }],
    });
    // « Nom » alone is the whole name; « Service », « E-mail », « Site », « Rôle » and « N+1 » match too.
    expect(parseRosterCsv('nom,e-mail,service,site,rôle,N+1\nAnn Lee,ann@example.com,RH,Paris,Directrice,Bo\n')).toEqual({
      ok: true,
      people: [{ name: 'Ann Lee', email: 'ann@example.com', division: 'RH', level: 'Directrice', location: 'Paris', manager: 'Bo' }],
    });
    for (const title of ['Division', 'Direction', 'Courriel', 'Mél', 'Nom complet', 'Nom de famille']) expect(normaliseTitle(title)).toMatch(/^[a-z]+$/);
  });

  it('takes a job title (« Fonction », 役職) as the level only when no column gives the level', () => {
    const both = parseRosterCsv('Nom complet,Fonction,Niveau\nAnn Lee,Directrice financière,N2\n');
    expect(both.ok && both.people[0]!.level).toBe('N2');
    const two = parseRosterCsv('氏名,役職,役割\n山田花子,課長,リーダー\n');
    expect(two.ok && two.people[0]!.level).toBe('課長');
  });

  it('matches Japanese column titles, full-width forms and half-width kana, and joins 姓 and 名 family name first', () => {
    const result = parseRosterCsv('氏名,メールアドレス,部署,役職,拠点,上司\n山田 花子,hanako@example.jp,営業部,課長,東京,佐藤 一郎\n');
    expect(result).toEqual({
      ok: true,
      people: [{ name: '山田 花子', email: 'hanako@example.jp', division: '営業部', level: '課長', location: '東京', manager: '佐藤 一郎' }],
    });
    const split = parseRosterCsv('姓,名,ﾒｰﾙ,所属,勤務地\n山田,花子,hanako@example.jp,開発,大阪\n');
    expect(split).toEqual({ ok: true, people: [{ name: '山田 花子', email: 'hanako@example.jp', division: '開発', level: '', location: '大阪', manager: '' }] });
    const wide = parseRosterCsv('　名前　,Ｅメール,事業部,部門名\n山田花子,hanako@example.jp,A,B\n');
    expect(wide).toEqual({ ok: false, errors: [{ code: 'sameField', line: 1, field: 'division', first: 3, second: 4, firstTitle: '事業部', secondTitle: '部門名' }] });
    expect(normaliseTitle('Ｅ－ｍａｉｌ')).toBe('email');
    expect(normaliseTitle('メールアドレス')).toBe('メールアドレス');
  });

  it('names the line of a row the CSV reader cannot read', () => {
    expect(readCsvLines('a,b\n\n"x" y,z\n').errors).toContainEqual({ code: 'unreadableRow', line: 3, detail: 'Trailing quote on quoted field is malformed' });
  });
});

/** Shift_JIS bytes from their two-byte codes (and single ASCII or half-width kana bytes). */
function shiftJis(...codes: number[]): Uint8Array {
  return Uint8Array.from(codes.flatMap((code) => (code > 0xff ? [code >> 8, code & 0xff] : [code])));
}
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

describe('detectRosterText', () => {
  // 氏名,部署 / 山田,営業: each kanji as its Shift_JIS code.
  const header = [0x8e81, 0x96bc, ...ascii(','), 0x9594, 0x8f90];
  const row = [0x8e52, 0x9363, ...ascii(','), 0x8963, 0x8bc6];
  const japanese = shiftJis(...header, ...ascii('\r\n'), ...row, ...ascii('\r\n'));

  it('reads the Shift_JIS bytes a Japanese spreadsheet writes, as TextDecoder does', () => {
    expect(new TextDecoder('shift_jis').decode(shiftJis(0x8e81, 0x96bc))).toBe('氏名');
    expect(new TextDecoder('shift_jis').decode(shiftJis(0x9594, 0x8f90))).toBe('部署');
    expect(detectRosterText(japanese)).toEqual({ ok: true, encoding: 'shift_jis', text: '氏名,部署\r\n山田,営業\r\n' });
    const parsed = parseRosterCsv((detectRosterText(japanese) as { text: string }).text);
    expect(parsed).toEqual({ ok: true, people: [{ name: '山田', email: '', division: '営業', level: '', location: '', manager: '' }] });
    // Half-width katakana are single bytes: ｱｲｳ.
    expect(detectRosterText(shiftJis(...header, ...ascii('\n'), 0xb1, 0xb2, 0xb3, ...ascii(',x\n')))).toMatchObject({ ok: true, text: '氏名,部署\nｱｲｳ,x\n' });
  });

  it('reads UTF-8, with or without a BOM, and plain ASCII, as UTF-8', () => {
    const utf8 = new TextEncoder().encode('氏名,部署\nÉlodie,R&D\n');
    expect(detectRosterText(utf8)).toEqual({ ok: true, encoding: 'utf-8', text: '氏名,部署\nÉlodie,R&D\n' });
    expect(detectRosterText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ ok: true, encoding: 'utf-8', text: '氏名,部署\nÉlodie,R&D\n' });
    expect(detectRosterText(Uint8Array.from(ascii('name\nAnn\n')))).toEqual({ ok: true, encoding: 'utf-8', text: 'name\nAnn\n' });
    expect(detectRosterText(new Uint8Array(0))).toEqual({ ok: true, encoding: 'utf-8', text: '' });
  });

  it('reads UTF-16 with its BOM', () => {
    const units = [...'名前\nAnn\n'].map((c) => c.charCodeAt(0));
    const le = Uint8Array.from([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    expect(detectRosterText(le)).toEqual({ ok: true, encoding: 'utf-16le', text: '名前\nAnn\n' });
    const be = Uint8Array.from([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])]);
    expect(detectRosterText(be)).toEqual({ ok: true, encoding: 'utf-16be', text: '名前\nAnn\n' });
  });

  it('asks when the bytes are neither UTF-8 nor Shift_JIS', () => {
    // Windows-1252 "Employé," : 0xE9 then a comma is no Shift_JIS character.
    expect(detectRosterText(Uint8Array.from([...ascii('name\nEmploy'), 0xe9, ...ascii(',\n')]))).toEqual({ ok: false, ask: 'undecodable' });
    // A Shift_JIS lead byte cut off at the end of the file.
    expect(detectRosterText(Uint8Array.from([...japanese, 0x8e]))).toEqual({ ok: false, ask: 'undecodable' });
  });

  it('asks when the bytes read as Shift_JIS but look like another encoding', () => {
    // Windows-1252 "Prénom" reads as "Pr駭om"; "Équipe" as "ﾉquipe".
    expect(detectRosterText(Uint8Array.from([...ascii('Pr'), 0xe9, ...ascii('nom\n')]))).toEqual({ ok: false, ask: 'doubtful' });
    expect(detectRosterText(Uint8Array.from([0xc9, ...ascii('quipe\n')]))).toEqual({ ok: false, ask: 'doubtful' });
  });

  it('decodes in the encoding chosen, replacing bytes that do not fit it', () => {
    expect(decodeRoster(japanese, 'shift_jis')).toBe('氏名,部署\r\n山田,営業\r\n');
    expect(decodeRoster(Uint8Array.from([0xef, 0xbb, 0xbf, ...ascii('a')]), 'utf-8')).toBe('a');
    expect(decodeRoster(Uint8Array.from([...ascii('a'), 0xe9, ...ascii('b')]), 'utf-8')).toBe('a\ufffdb');
  });
});
