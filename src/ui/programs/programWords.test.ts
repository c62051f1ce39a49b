import { afterEach, describe, expect, it } from 'vitest';
import { checkFeasibility } from '../../core/grouping/feasibility.ts';
import { evaluateGrouping } from '../../core/grouping/cost.ts';
import { parseRosterCsv } from '../../core/roster.ts';
import { activate, loadPart } from '../../i18n/i18n.ts';
import { calendarWords, scheduleFileName } from './calendarWords.ts';
import {
  costProblemText,
  decisionProblemText,
  formingFailureText,
  groupName,
  groupingProblemText,
  pairProblemText,
  personProblemText,
  programNameText,
  rosterProblemText,
  scheduleProblemText,
} from './programWords.ts';

const people = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `P${i}` }));
const errorsOf = (text: string) => {
  const result = parseRosterCsv(text);
  return result.ok ? [] : result.errors.map(rosterProblemText);
};

afterEach(async () => {
  await activate('en');
});

describe('the programs’ codes in English', () => {
  it('word the grouping engine’s problems as they always read', () => {
    const words = (input: Parameters<typeof checkFeasibility>[0]) => checkFeasibility(input).map(groupingProblemText);
    expect(words({ people: people(11), minSize: 5, maxSize: 5 })).toEqual(['11 people cannot be split into groups of exactly 5 people: 2 groups hold at most 10, and 3 groups need at least 15.']);
    expect(words({ people: people(6), minSize: 5, maxSize: 5 })).toEqual(['6 people cannot be split into groups of exactly 5 people: 1 group holds at most 5, and 2 groups need at least 10.']);
    expect(words({ people: people(3), minSize: 5, maxSize: 8 })).toEqual(['3 people are too few for even one group of 5–8 people.']);
    expect(words({ people: people(10), minSize: 8, maxSize: 5 })).toEqual(['The minimum group size (8) is larger than the maximum (5).']);
    expect(words({ people: [], minSize: 5, maxSize: 8 })).toEqual(['The roster is empty: there is nobody to group.']);
    expect(words({ people: people(10), minSize: 5, maxSize: 8, rounds: 0 })).toEqual(['The number of rounds must be a whole number from 1 to 255 (it is 0).']);
    expect(words({ people: people(12), minSize: 3, maxSize: 6, keepTogether: [['p0', 'p5'], ['p5', 'p7']], keepApart: [['p0', 'p7']] })).toEqual([
      'P0 and P7 must be kept apart, but keep-together pairs put them in one group (P0 – P5 – P7).',
    ]);
    const chain: Array<[string, string]> = [1, 2, 3, 4, 5, 6].map((i) => ['p0', `p${i}`]);
    expect(words({ people: people(12), minSize: 3, maxSize: 4, keepTogether: chain })).toEqual([
      'Keep-together pairs join 7 people into one group (P0, P1, P2, P3, P4, P5, …), more than the largest group size of 4.',
    ]);
    expect(words({ people: [...people(10), { id: 'p3' }], minSize: 5, maxSize: 6, keepApart: [['p1', 'zed'], ['p2', 'p2']] })).toEqual([
      'Two people share the id "p3".',
      'Keep-apart pair 1 names "zed", who is not on the roster.',
      'Keep-apart pair 2 names P2 twice: nobody can be kept apart from themselves.',
    ]);
    const together: Array<[string, string]> = [['p0', 'p1'], ['p2', 'p3'], ['p4', 'p5'], ['p6', 'p7']];
    expect(words({ people: people(9), minSize: 3, maxSize: 3, keepTogether: together })).toEqual(['The keep-together groups (of 2, 2, 2, 2 people) cannot be seated in 3 groups of exactly 3 people.']);
    expect(words({ people: people(6), minSize: 5, maxSize: 8, keepApart: [['p0', 'p1']] })).toEqual(['6 people make only one group of 5–8, so P0 and P1 cannot be kept apart.']);
    expect(groupingProblemText({ code: 'keepApartNotFound', a: 'A', b: 'B', round: 2, groups: 3 })).toBe('No grouping found keeps A and B apart in round 2: there may be too many keep-apart pairs for 3 groups.');
    // The worker's own answers are codes too.
    expect(groupingProblemText({ code: 'requestMalformed', reason: 'the message is not an object' })).toBe('The grouping request is malformed: the message is not an object.');
  });

  it('word a hand-adjusted grouping’s problems', () => {
    const input = { people: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, name: id.toUpperCase() })), minSize: 3, maxSize: 3 };
    expect(evaluateGrouping(input, [[['a', 'b', 'q'], ['c', 'd', 'a']]]).sizeProblems.map(costProblemText)).toEqual([
      'Round 1, group 1: "q" is not on the roster.',
      'Round 1, group 1 has 2 people; groups hold 3.',
      'Round 1: A is in more than one group.',
      'Round 1, group 2 has 2 people; groups hold 3.',
      'Round 1: E is in no group.',
      'Round 1: F is in no group.',
    ]);
    expect(costProblemText({ code: 'wrongSize', round: 2, group: 1, size: 1, min: 3, max: 5 })).toBe('Round 2, group 1 has 1 person; groups hold 3–5.');
  });

  it('word a roster file’s problems with their lines', () => {
    const text = ['name,email,division', 'Ann,ann@example.com,"two', 'lines"', ',nobody@example.com,HR', 'Bo,not-an-email,HR', 'Cy,cy@example.com,HR,surplus', '', 'ann,ANN@example.com,Sales'].join('\n');
    expect(errorsOf(text)).toEqual([
      'line 4: the name is empty',
      'line 5: "not-an-email" is not an email address',
      'line 6: 4 fields, but the header has 3 columns',
      'line 8: ann <ANN@example.com> is already on line 2',
    ]);
    expect(errorsOf('email,dept\na@b.co,HR\n')).toEqual(['line 1: no name column; expected a column called "name" (or "first name" and "last name"), found "email", "dept"']);
    expect(errorsOf('name,Dept,Department\nAnn,HR,HR\n')).toEqual(['line 1: columns 2 and 3 both give the division ("Dept", "Department")']);
    expect(errorsOf('name,division\nAnn,"HR\nBo,Sales\n')).toEqual(['line 2: a quoted field is never closed']);
    expect(errorsOf('\n\n')).toEqual(['line 1: the file is empty; expected a header row with at least a name column']);
    expect(errorsOf('name,email\nAnn Lee,ann@example.com\nAnnie Lee,ANN@example.com\n')).toEqual([
      'line 3: Annie Lee has the email ANN@example.com, which line 2 gives to Ann Lee; each person needs their own email',
    ]);
  });

  it('word schedules, decisions, pairs, names, people and failures', () => {
    expect(scheduleProblemText({ code: 'notATime', meeting: 1, value: '9:30' })).toBe('Meeting 1: “9:30” is not a time (HH:MM).');
    expect(scheduleProblemText({ code: 'meetingBeforeEarlier', meeting: 2, earlier: 1 })).toBe('Meeting 2 is before meeting 1.');
    expect(scheduleProblemText({ code: 'timeWithoutDate', meeting: 3 })).toBe('Meeting 3: a time is set but no date.');
    expect(scheduleProblemText({ code: 'notADate', meeting: 4, value: '2025-02-30' })).toBe('Meeting 4: “2025-02-30” is not a date.');
    expect(scheduleProblemText({ code: 'meetingCount', count: 5, expected: 6 })).toBe('A cycle has 6 meetings, not 5.');
    expect(scheduleProblemText({ code: 'noSuchCycle', group: 'Group 1', cycle: 2 })).toBe('Group 1 has no cycle 2.');
    expect(scheduleProblemText('groupGone')).toBe('This group no longer exists.');
    expect(decisionProblemText({ code: 'cycleNotOver', group: 'Group 1', cycle: 1 })).toBe('Cycle 1 of Group 1 has not had its last meeting yet.');
    expect(decisionProblemText({ code: 'alreadyDecided', group: 'Rotating groups', cycle: 2 })).toBe('Rotating groups has already decided about cycle 2.');
    expect(decisionProblemText({ code: 'groupNotMeeting', group: 'Sales leads' })).toBe('Sales leads no longer meets.');
    expect(pairProblemText('keptTogetherRemoveFirst')).toBe('This pair is already kept together; remove that first.');
    expect(pairProblemText('programLoading')).toBe('The program is still loading.');
    expect(personProblemText({ code: 'emailTaken', name: 'Person 4', email: 'P4@x.org' })).toBe('Person 4 already has the email P4@x.org; give each person their own.');
    expect(programNameText('nameTooLong')).toBe('Keep the name to 80 characters or fewer.');
    expect(formingFailureText({ code: 'workerMalformed' })).toBe('The grouping worker sent a malformed message.');
    expect(formingFailureText({ code: 'workerCrashed', detail: '' })).toBe('The grouping worker failed: unknown error');
    expect(scheduleFileName('Leaders 2025: Été / Q3')).toBe('leaders-2025-ete-q3-schedule.ics');
  });
});

describe('the programs’ codes in French and Japanese', () => {
  it('word the stored group names, sizes, pairs and the calendar in the active language', async () => {
    await activate('fr');
    await loadPart('fr', 'later');
    expect(groupName('Group 2')).toBe('Groupe 2');
    expect(groupName('Rotating groups')).toBe('Groupes en rotation');
    expect(groupName('Équipe A')).toBe('Équipe A');
    expect(groupingProblemText({ code: 'tooFewPeople', people: 3, min: 5, max: 5 })).toBe('3 personnes, c’est trop peu pour former ne serait-ce qu’un groupe d’exactement 5 personnes.');
    expect(groupingProblemText({ code: 'tooFewPeople', people: 3, min: 5, max: 8 })).toBe('3 personnes, c’est trop peu pour former ne serait-ce qu’un groupe de 5 à 8 personnes.');
    expect(rosterProblemText({ code: 'nameEmpty', line: 4 })).toBe('ligne 4\u00a0: le nom est vide');
    expect(calendarWords().title({ group: groupName('Group 1'), round: 2, program: 'Cercles' })).toBe('Groupe 1, tour 2 · Cercles');
    expect(scheduleFileName('Cercles')).toBe('cercles-calendrier.ics');

    await activate('ja');
    await loadPart('ja', 'later');
    expect(groupName('Group 2')).toBe('グループ2');
    expect(groupingProblemText({ code: 'cannotSplit', people: 11, min: 5, max: 5, fewer: 2, fewerHold: 10, more: 3, moreNeed: 15 })).toBe(
      '11人をちょうど5人のグループに分けることはできません。2グループには最大10人しか入らず、3グループには最低15人が必要です。',
    );
    expect(rosterProblemText({ code: 'sameField', line: 1, field: 'division', first: 3, second: 4, firstTitle: '事業部', secondTitle: '部門名' })).toBe(
      '1行目：3列目と4列目が、どちらも部署の列です（「事業部」「部門名」）',
    );
    const words = calendarWords();
    expect(words.roundGroup({ group: 1, names: ['山田', '佐藤'] })).toBe('グループ1：山田、佐藤。');
    expect(scheduleFileName('リーダー研修')).toBe('リーダー研修-スケジュール.ics');
  });
});
