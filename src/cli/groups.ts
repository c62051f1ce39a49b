// `npm run --silent groups -- ROSTER.csv --min 5 --max 8 …`: forms groups from a roster CSV with
// the grouping engine and prints them with their explanations (text, JSON or CSV).

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { formGroups } from '../core/grouping/formGroups.ts';
import type { GroupingInput, GroupingProblem, GroupingWeights, PastGroup } from '../core/grouping/types.ts';
import { decodeRoster, detectRosterText, parseRosterCsv, readCsvLines, type CsvLines, type RosterField, type RosterPerson, type RosterProblem } from '../core/roster.ts';

const USAGE = `usage: npm run --silent groups -- ROSTER.csv --min N --max N [options]

Forms groups mixed across divisions, favouring people who have not met, and prints each group
with the divisions it mixes and its number of new pairs.

  ROSTER.csv            columns: name, then optional email, division, level, location, manager
  --min N, --max N      group size range (default 5 and 8)
  --groups N            number of groups per round (default: average size nearest the middle of the range)
  --rounds N            plan N rounds at once, with as few repeated pairs as possible (default 1)
  --history FILE        past groups: a JSON or CSV file written by this command (--format json|csv);
                        repeat the option for several files, the most recent first
  --keep-apart FILE     CSV of pairs (name or email, two columns) who must never share a group
  --keep-together FILE  CSV of pairs who must always share a group
  --no-manager-apart    do not keep each person apart from their manager (the manager column)
  --weight KEY=W        weight of a goal: division (1), newPairs (1), level (0), location (0); repeatable
  --seconds S           time limit (default 3)
  --seed N              random seed (default 1); the same seed gives the same groups
  --format F            text (default), json or csv
  --help                this text

Exit codes: 0 groups printed, 1 bad input or constraints that cannot all hold (explained on
stderr), 2 bad usage.
`;

class UsageError extends Error {}
class InputError extends Error {}

// The command line speaks English: the core gives its problems as codes, worded here.

const sizes = (min: number, max: number) => (min === max ? `exactly ${min}` : `${min}–${max}`);

/** A grouping problem in English. */
function groupingProblemText(problem: GroupingProblem): string {
  const kind = (k: 'keepApart' | 'keepTogether') => (k === 'keepApart' ? 'Keep-apart' : 'Keep-together');
  switch (problem.code) {
    case 'rosterEmpty':
      return 'The roster is empty: there is nobody to group.';
    case 'minSizeNotWhole':
      return `The minimum group size must be a whole number of at least 1 (it is ${problem.value}).`;
    case 'maxSizeNotWhole':
      return `The maximum group size must be a whole number of at least 1 (it is ${problem.value}).`;
    case 'minAboveMax':
      return `The minimum group size (${problem.min}) is larger than the maximum (${problem.max}).`;
    case 'roundsNotWhole':
      return `The number of rounds must be a whole number from 1 to 255 (it is ${problem.value}).`;
    case 'groupCountNotWhole':
      return `The number of groups must be a whole number of at least 1 (it is ${problem.value}).`;
    case 'personWithoutId':
      return `Person ${problem.person} has no id.`;
    case 'sharedId':
      return `Two people share the id "${problem.id}".`;
    case 'pairNotTwoIds':
      return `${kind(problem.kind)} pair ${problem.pair} is not a pair of two ids.`;
    case 'pairUnknownId':
      return `${kind(problem.kind)} pair ${problem.pair} names "${problem.id}", who is not on the roster.`;
    case 'keepApartSelf':
      return `Keep-apart pair ${problem.pair} names ${problem.name} twice: nobody can be kept apart from themselves.`;
    case 'apartJoinedTogether':
      return `${problem.a} and ${problem.b} must be kept apart, but keep-together pairs put them in one group (${problem.chain.join(' – ')}).`;
    case 'togetherTooBig':
      return `Keep-together pairs join ${problem.count} people into one group (${problem.names.join(', ')}${problem.more ? ', …' : ''}), more than the largest group size of ${problem.maxSize}.`;
    case 'groupCountImpossible':
      return `${problem.people} people cannot form ${problem.groups} groups of ${sizes(problem.min, problem.max)} people.`;
    case 'tooFewPeople':
      return `${problem.people} people are too few for even one group of ${sizes(problem.min, problem.max)} people.`;
    case 'cannotSplit':
      return `${problem.people} people cannot be split into groups of ${sizes(problem.min, problem.max)} people: ${problem.fewer} group${problem.fewer === 1 ? ' holds' : 's hold'} at most ${problem.fewerHold}, and ${problem.more} groups need at least ${problem.moreNeed}.`;
    case 'oneGroupKeepApart':
      return `${problem.people} people make only one group of ${sizes(problem.min, problem.max)}, so ${problem.a} and ${problem.b} cannot be kept apart.`;
    case 'togetherCannotSeat':
      return `The keep-together groups (of ${problem.sizes.join(', ')} people) cannot be seated in ${problem.groups} groups of ${sizes(problem.min, problem.max)} people.`;
    case 'noGroupingFits':
      return 'No grouping fits the size range with these keep-together pairs.';
    case 'keepApartNotFound':
      return `No grouping found keeps ${problem.a} and ${problem.b} apart${problem.round !== undefined ? ` in round ${problem.round}` : ''}: there may be too many keep-apart pairs for ${problem.groups} groups.`;
    case 'requestMalformed':
      return `The grouping request is malformed: ${problem.reason}.`;
    case 'engineFailed':
      return `The grouping engine failed: ${problem.detail}`;
  }
}

const FIELD_NAMES: Record<RosterField, string> = {
  name: 'name',
  firstName: 'first name',
  lastName: 'last name',
  email: 'email',
  division: 'division',
  level: 'level',
  location: 'location',
  manager: 'manager',
};

/** A roster or CSV problem in English, as `line N: …`. */
function rosterProblemText(problem: RosterProblem): string {
  const what = (() => {
    switch (problem.code) {
      case 'unclosedQuote':
        return 'a quoted field is never closed';
      case 'unreadableRow':
        return problem.detail;
      case 'emptyFile':
        return 'the file is empty; expected a header row with at least a name column';
      case 'sameField':
        return `columns ${problem.first} and ${problem.second} both give the ${FIELD_NAMES[problem.field]} ("${problem.firstTitle}", "${problem.secondTitle}")`;
      case 'noNameColumn':
        return `no name column; expected a column called "name" (or "first name" and "last name"), found ${problem.found.map((f) => `"${f}"`).join(', ') || 'no column titles'}`;
      case 'tooManyFields':
        return `${problem.fields} fields, but the header has ${problem.columns} ${problem.columns === 1 ? 'column' : 'columns'}`;
      case 'nameEmpty':
        return 'the name is empty';
      case 'notAnEmail':
        return `"${problem.email}" is not an email address`;
      case 'samePerson':
        return `${problem.name}${problem.email ? ` <${problem.email}>` : ''} is already on line ${problem.earlier}`;
      case 'emailTaken':
        return `${problem.name} has the email ${problem.email}, which line ${problem.ownerLine} gives to ${problem.owner}; each person needs their own email`;
    }
  })();
  return `line ${problem.line}: ${what}`;
}

interface Options {
  roster: string;
  min: number;
  max: number;
  groups?: number;
  rounds: number;
  history: string[];
  keepApart?: string;
  keepTogether?: string;
  managerApart: boolean;
  weights: Partial<GroupingWeights>;
  seconds: number;
  seed: number;
  format: 'text' | 'json' | 'csv';
}

function parseArgs(argv: string[]): Options | 'help' {
  const options: Partial<Options> & { history: string[]; weights: Partial<GroupingWeights> } = { history: [], weights: {}, managerApart: true };
  const whole = (flag: string, value: string | undefined, least: number) => {
    const n = Number(value);
    if (value === undefined || !Number.isInteger(n) || n < least) throw new UsageError(`${flag} needs a whole number of at least ${least}`);
    return n;
  };
  const text = (flag: string, value: string | undefined) => {
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    switch (arg) {
      case '--help':
      case '-h':
        return 'help';
      case '--min':
        options.min = whole(arg, argv[++i], 1);
        break;
      case '--max':
        options.max = whole(arg, argv[++i], 1);
        break;
      case '--groups':
        options.groups = whole(arg, argv[++i], 1);
        break;
      case '--rounds':
        options.rounds = whole(arg, argv[++i], 1);
        break;
      case '--history':
        options.history.push(text(arg, argv[++i]));
        break;
      case '--keep-apart':
        options.keepApart = text(arg, argv[++i]);
        break;
      case '--keep-together':
        options.keepTogether = text(arg, argv[++i]);
        break;
      case '--no-manager-apart':
        options.managerApart = false;
        break;
      case '--weight': {
        const [key, value] = text(arg, argv[++i]).split('=');
        const w = Number(value);
        if (!['division', 'newPairs', 'level', 'location'].includes(key ?? '') || value === undefined || !Number.isFinite(w) || w < 0) {
          throw new UsageError('--weight takes KEY=W with KEY division, newPairs, level or location and W a number ≥ 0');
        }
        options.weights[key as keyof GroupingWeights] = w;
        break;
      }
      case '--seconds': {
        const s = Number(argv[++i]);
        if (!Number.isFinite(s) || s <= 0) throw new UsageError('--seconds needs a positive number');
        options.seconds = s;
        break;
      }
      case '--seed':
        options.seed = whole(arg, argv[++i], 0);
        break;
      case '--format': {
        const f = argv[++i];
        if (f !== 'text' && f !== 'json' && f !== 'csv') throw new UsageError('--format is text, json or csv');
        options.format = f;
        break;
      }
      default:
        if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
        if (options.roster !== undefined) throw new UsageError(`only one roster file, found ${options.roster} and ${arg}`);
        options.roster = arg;
    }
  }
  if (options.roster === undefined) throw new UsageError('missing ROSTER.csv');
  return {
    roster: options.roster,
    min: options.min ?? 5,
    max: options.max ?? 8,
    groups: options.groups,
    rounds: options.rounds ?? 1,
    history: options.history,
    keepApart: options.keepApart,
    keepTogether: options.keepTogether,
    managerApart: options.managerApart ?? true,
    weights: options.weights,
    seconds: options.seconds ?? 3,
    seed: options.seed ?? 1,
    format: options.format ?? 'text',
  };
}

function read(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(`${file}: cannot read: ${(error as Error).message}`);
  }
  // UTF-8, or Shift_JIS as Japanese spreadsheets write it; anything else is read as UTF-8, as before.
  const found = detectRosterText(bytes);
  return found.ok ? found.text : decodeRoster(bytes, 'utf-8');
}

/** Looks people up by email or by name (case-insensitive); a name shared by two people is ambiguous. */
function createLookup(people: RosterPerson[]) {
  const byKey = new Map<string, number | 'ambiguous'>();
  const add = (key: string, i: number) => {
    const k = key.trim().toLowerCase();
    if (k === '') return;
    const earlier = byKey.get(k);
    byKey.set(k, earlier === undefined || earlier === i ? i : 'ambiguous');
  };
  people.forEach((p, i) => {
    add(p.email, i);
    add(p.name, i);
  });
  return (key: string): number | 'ambiguous' | undefined => byKey.get(key.trim().toLowerCase());
}

/** The rows of a CSV file with their file lines; a row the CSV reader cannot read stops the run. */
function csvLines(file: string, text = read(file)): CsvLines['records'] {
  const { records, errors } = readCsvLines(text);
  if (errors.length > 0) throw new InputError(errors.map((e) => `${file}: ${rosterProblemText(e)}`).join('\n'));
  return records;
}

function readPairs(file: string, lookup: ReturnType<typeof createLookup>, ids: string[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  csvLines(file).forEach(({ line, fields }, index) => {
    const [a = '', b = ''] = fields;
    const ia = lookup(a);
    const ib = lookup(b);
    // A first row naming nobody is a header.
    if (index === 0 && ia === undefined && ib === undefined) return;
    if (a === '' || b === '') throw new InputError(`${file}: line ${line}: expected two people (name or email), found ${a || b ? `only "${a || b}"` : 'none'}`);
    for (const [key, found] of [
      [a, ia],
      [b, ib],
    ] as const) {
      if (found === undefined) throw new InputError(`${file}: line ${line}: "${key}" is not on the roster`);
      if (found === 'ambiguous') throw new InputError(`${file}: line ${line}: "${key}" names more than one person; use the email`);
    }
    pairs.push([ids[ia as number]!, ids[ib as number]!]);
  });
  return pairs;
}

/** The rounds of a history CSV written by --format csv: columns round, group and name or email. */
function readHistoryCsv(file: string, text: string): string[][][] {
  const records = csvLines(file, text);
  if (records.length === 0) return [];
  const [header, ...rows] = records;
  const column = new Map(header!.fields.map((title, i) => [title.toLowerCase(), i] as const));
  const at = (name: string) => column.get(name);
  const roundAt = at('round');
  const groupAt = at('group');
  const nameAt = at('name');
  const emailAt = at('email');
  if (roundAt === undefined || groupAt === undefined || (nameAt === undefined && emailAt === undefined)) {
    throw new InputError(`${file}: line ${header!.line}: expected the columns round, group, name (and email) as written by --format csv`);
  }
  const byRound = new Map<number, Map<string, string[]>>();
  for (const { line, fields } of rows) {
    const roundText = fields[roundAt] ?? '';
    const round = Number(roundText);
    if (!/^\d+$/.test(roundText) || round < 1) throw new InputError(`${file}: line ${line}: the round must be a whole number of at least 1, found "${roundText}"`);
    const email = emailAt === undefined ? '' : (fields[emailAt] ?? '');
    const key = email || (nameAt === undefined ? '' : (fields[nameAt] ?? ''));
    if (key === '') throw new InputError(`${file}: line ${line}: no name or email`);
    const group = fields[groupAt] ?? '';
    const groups = byRound.get(round) ?? new Map<string, string[]>();
    byRound.set(round, groups);
    groups.set(group, [...(groups.get(group) ?? []), key]);
  }
  return [...byRound.entries()].sort((x, y) => x[0] - y[0]).map(([, groups]) => [...groups.values()]);
}

function readHistory(files: string[], lookup: ReturnType<typeof createLookup>, ids: string[]): PastGroup[] {
  const history: PastGroup[] = [];
  let age = 0;
  const resolve = (key: string) => {
    const found = lookup(key);
    // People who have left since are simply skipped; ambiguous names too, as a past group cannot be re-asked.
    return typeof found === 'number' ? ids[found]! : undefined;
  };
  for (const file of files) {
    const text = read(file).replace(/^\uFEFF/, '');
    // Rounds in one file: the last round is the most recent.
    let rounds: string[][][];
    if (text.trimStart().startsWith('{') || text.trimStart().startsWith('[')) {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (error) {
        throw new InputError(`${file}: not valid JSON: ${(error as Error).message}`);
      }
      const roundsData = (data as { rounds?: unknown }).rounds;
      if (!Array.isArray(roundsData)) throw new InputError(`${file}: expected {"rounds": [{"groups": [{"members": [...]}]}]} as written by --format json`);
      rounds = roundsData.map((round: unknown, r) => {
        const groups = (round as { groups?: unknown } | null)?.groups;
        if (!Array.isArray(groups)) throw new InputError(`${file}: round ${r + 1} has no "groups" list; expected {"rounds": [{"groups": [{"members": [...]}]}]}`);
        return groups.map((group: unknown) => {
          const members = (group as { members?: unknown } | null)?.members;
          return Array.isArray(members) ? members.map(String) : [];
        });
      });
    } else {
      rounds = readHistoryCsv(file, text);
    }
    for (const round of rounds.reverse()) {
      for (const members of round) {
        const memberIds = members.map((m) => resolve(m)).filter((id): id is string => id !== undefined);
        if (memberIds.length > 1) history.push({ memberIds, age });
      }
      age++;
    }
  }
  return history;
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function run(options: Options): number {
  const parsed = parseRosterCsv(read(options.roster));
  if (!parsed.ok) throw new InputError(parsed.errors.map((e) => `${options.roster}: ${rosterProblemText(e)}`).join('\n'));
  const people = parsed.people;
  const ids = people.map((_, i) => `${i}`);
  const lookup = createLookup(people);
  const keepApart = options.keepApart ? readPairs(options.keepApart, lookup, ids) : [];
  if (options.managerApart) {
    people.forEach((p, i) => {
      const m = p.manager ? lookup(p.manager) : undefined;
      if (typeof m === 'number' && m !== i) keepApart.push([ids[i]!, ids[m]!]);
    });
  }
  const input: GroupingInput = {
    people: people.map((p, i) => ({ id: ids[i]!, name: p.name, division: p.division, level: p.level, location: p.location })),
    minSize: options.min,
    maxSize: options.max,
    groupCount: options.groups,
    rounds: options.rounds,
    history: readHistory(options.history, lookup, ids),
    keepApart,
    keepTogether: options.keepTogether ? readPairs(options.keepTogether, lookup, ids) : [],
    weights: options.weights,
  };
  const result = formGroups(input, { seed: options.seed, timeLimitMs: options.seconds * 1000, now: () => performance.now() });
  if (!result.ok) {
    process.stderr.write(`The groups cannot be formed:\n${result.problems.map((p) => `  - ${groupingProblemText(p)}`).join('\n')}\n`);
    return 1;
  }
  const person = (id: string) => people[Number(id)]!;
  if (options.format === 'json') {
    const out = {
      score: result.score,
      rounds: result.rounds.map((round) => ({
        groups: round.groups.map((group, k) => ({
          members: group.map((id) => person(id).email || person(id).name),
          names: group.map((id) => person(id).name),
          ...round.explanations[k]!,
        })),
      })),
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } else if (options.format === 'csv') {
    const lines = ['round,group,name,email,division,level,location,group_divisions,group_new_pairs'];
    result.rounds.forEach((round, r) =>
      round.groups.forEach((group, k) =>
        group.forEach((id) => {
          const p = person(id);
          const e = round.explanations[k]!;
          lines.push([r + 1, k + 1, p.name, p.email, p.division, p.level, p.location, e.divisions.length, e.newPairs].map(csvField).join(','));
        }),
      ),
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  } else {
    const lines: string[] = [];
    result.rounds.forEach((round, r) => {
      if (result.rounds.length > 1) lines.push(`Round ${r + 1}`);
      round.groups.forEach((group, k) => {
        const e = round.explanations[k]!;
        const pairs = e.newPairs + e.repeatedPairs;
        lines.push(
          `Group ${k + 1} (${group.length} people; ${e.divisions.length} division${e.divisions.length === 1 ? '' : 's'}: ${e.divisions.join(', ') || 'none given'}; ${e.newPairs} of ${pairs} pairs new)`,
        );
        for (const id of group) {
          const p = person(id);
          lines.push(`  ${p.name}${p.division ? ` (${p.division})` : ''}`);
        }
      });
      lines.push('');
    });
    process.stdout.write(`${lines.join('\n')}`);
  }
  return 0;
}

function main(): void {
  try {
    const options = parseArgs(process.argv.slice(2));
    if (options === 'help') {
      process.stdout.write(USAGE);
      return;
    }
    process.exitCode = run(options);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`groups: ${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else if (error instanceof InputError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
    } else {
      throw error;
    }
  }
}

main();
