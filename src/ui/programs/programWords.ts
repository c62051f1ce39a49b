// The programs' codes in words: what core and state give as codes and values (problems, stored
// group names, people no longer on the roster), worded in the active language. Each switch
// covers every code, so that a new code without words is a type error.

import { mindsetName, mindsetTheme } from '../components/MindsetBadge.tsx';
import type { GroupingCostProblem, GroupingProblem } from '../../core/grouping/types.ts';
import type { Mindset } from '../../core/module.ts';
import type { DecisionProblem, PairProblem, Person, ProgramNameProblem, ScheduleProblem } from '../../core/program.ts';
import { MAX_PROGRAM_NAME, storedGroupName } from '../../core/program.ts';
import type { CalendarProblem } from '../../core/programCalendar.ts';
import type { RosterProblem } from '../../core/roster.ts';
import type { DraftProblem, FormingFailure, PersonProblem, StateProblem } from '../../state/programState.ts';
import { t } from '../../i18n/i18n.ts';
import type { MessageId } from '../../i18n/keys.ts';

/** Names (or other short items) in a row, with the language's separator. */
export function nameList(names: readonly string[]): string {
  return names.join(t('programs.nameSeparator'));
}

/** A person's name by id, or the words for someone no longer on the roster. */
export function nameOf(people: Map<string, Person>, id: string): string {
  return people.get(id)?.name ?? t('programs.someoneGone');
}

/** A pair of people, as "A and B". */
export function pairText(a: string, b: string): string {
  return t('programs.pairNames', { a, b });
}

/** A group's name as people read it: the names a grouping stores ("Group 2", "Rotating groups") in this language. */
export function groupName(stored: string): string {
  const name = storedGroupName(stored);
  if (name.kind === 'rotation') return t('programs.rotatingGroups');
  if (name.kind === 'numbered') return t('programs.groupNumber', { number: name.number });
  return name.name;
}

/** A mindset's name. */
export { mindsetName };

/** A mindset's name and theme, as "Reflection: managing self". */
export function mindsetLegend(mindset: Mindset): string {
  return t('programs.mindsetLegend', { name: mindsetName(mindset), theme: mindsetTheme(mindset) });
}

/** Whether a size range is one size, for messages that say "exactly 5" rather than "5–8". */
const exact = (min: number, max: number) => (min === max ? 'yes' : 'no');

/** The problem with a program name. */
export function programNameText(problem: ProgramNameProblem): string {
  return problem === 'nameMissing' ? t('programs.nameMissing') : t('programs.nameTooLong', { max: MAX_PROGRAM_NAME });
}

const STATE: Record<StateProblem, MessageId> = {
  programLoading: 'programs.programLoading',
  groupGone: 'programs.groupGone',
};

const PAIR: Record<PairProblem, MessageId> = {
  pairIncomplete: 'programs.pairIncomplete',
  pairSamePerson: 'programs.pairSamePerson',
  alreadyKeptApart: 'programs.alreadyKeptApart',
  alreadyKeptTogether: 'programs.alreadyKeptTogether',
  keptApartRemoveFirst: 'programs.keptApartRemoveFirst',
  keptTogetherRemoveFirst: 'programs.keptTogetherRemoveFirst',
};

/** Why a pair was not added. */
export function pairProblemText(problem: PairProblem | StateProblem): string {
  return t(problem in STATE ? STATE[problem as StateProblem] : PAIR[problem as PairProblem]);
}

/** Why a person was not saved. */
export function personProblemText(problem: PersonProblem): string {
  return problem.code === 'nameMissing' ? t('programs.personNameMissing') : t('programs.personEmailTaken', { name: problem.name, email: problem.email });
}

/** Why the draft was not saved. */
export function draftProblemText(problem: DraftProblem): string {
  return problem.code === 'noDraft' ? t('programs.draftNoDraft') : t('programs.draftPairsBroken', { count: problem.count });
}

/** What is wrong with a cycle's schedule. */
export function scheduleProblemText(problem: ScheduleProblem | StateProblem): string {
  if (typeof problem === 'string') return t(STATE[problem]);
  switch (problem.code) {
    case 'meetingCount':
      return t('programs.scheduleMeetingCount', { count: problem.count, expected: problem.expected });
    case 'notADate':
      return t('programs.scheduleNotADate', { meeting: problem.meeting, value: problem.value });
    case 'notATime':
      return t('programs.scheduleNotATime', { meeting: problem.meeting, value: problem.value });
    case 'timeWithoutDate':
      return t('programs.scheduleTimeWithoutDate', { meeting: problem.meeting });
    case 'meetingBeforeEarlier':
      return t('programs.scheduleBeforeEarlier', { meeting: problem.meeting, earlier: problem.earlier });
    case 'noSuchCycle':
      return t('programs.scheduleNoSuchCycle', { group: groupName(problem.group), cycle: problem.cycle });
  }
}

/** Why a group's decision was not recorded. */
export function decisionProblemText(problem: DecisionProblem | StateProblem): string {
  if (typeof problem === 'string') return t(STATE[problem]);
  const group = groupName(problem.group);
  switch (problem.code) {
    case 'groupNotMeeting':
      return t('programs.decisionGroupNotMeeting', { group });
    case 'alreadyDecided':
      return t('programs.decisionAlreadyDecided', { group, cycle: problem.cycle });
    case 'cycleNotOver':
      return t('programs.decisionCycleNotOver', { group, cycle: problem.cycle });
  }
}

/** Why there is no calendar file. */
export function calendarProblemText(problem: CalendarProblem | StateProblem): string {
  if (typeof problem === 'string') return t(STATE[problem]);
  return problem.code === 'noDatedMeeting' ? t('programs.calendarNoDated') : t('programs.calendarWriteFailed', { detail: problem.detail });
}

/** Why a run of the engine failed outside the engine. */
export function formingFailureText(failure: FormingFailure): string {
  switch (failure.code) {
    case 'workerMalformed':
      return t('programs.workerMalformed');
    case 'workerCrashed':
      return failure.detail ? t('programs.workerCrashed', { detail: failure.detail }) : t('programs.workerCrashedUnknown');
    case 'unexpected':
      return t('programs.formingUnexpected', { detail: failure.detail });
  }
}

/** Why groups cannot be formed. */
export function groupingProblemText(problem: GroupingProblem): string {
  switch (problem.code) {
    case 'rosterEmpty':
      return t('programs.groupingRosterEmpty');
    case 'minSizeNotWhole':
      return t('programs.groupingMinSizeNotWhole', { value: problem.value });
    case 'maxSizeNotWhole':
      return t('programs.groupingMaxSizeNotWhole', { value: problem.value });
    case 'minAboveMax':
      return t('programs.groupingMinAboveMax', { min: problem.min, max: problem.max });
    case 'roundsNotWhole':
      return t('programs.groupingRoundsNotWhole', { value: problem.value });
    case 'groupCountNotWhole':
      return t('programs.groupingGroupCountNotWhole', { value: problem.value });
    case 'personWithoutId':
      return t('programs.groupingPersonWithoutId', { person: problem.person });
    case 'sharedId':
      return t('programs.groupingSharedId', { id: problem.id });
    case 'pairNotTwoIds':
      return t('programs.groupingPairNotTwoIds', { kind: problem.kind, pair: problem.pair });
    case 'pairUnknownId':
      return t('programs.groupingPairUnknownId', { kind: problem.kind, pair: problem.pair, id: problem.id });
    case 'keepApartSelf':
      return t('programs.groupingKeepApartSelf', { pair: problem.pair, name: problem.name });
    case 'apartJoinedTogether':
      return t('programs.groupingApartJoinedTogether', { a: problem.a, b: problem.b, chain: problem.chain.join(' – ') });
    case 'togetherTooBig': {
      const names = nameList(problem.more ? [...problem.names, '…'] : problem.names);
      return t('programs.groupingTogetherTooBig', { count: problem.count, names, max: problem.maxSize });
    }
    case 'groupCountImpossible':
      return t('programs.groupingGroupCountImpossible', { people: problem.people, groups: problem.groups, min: problem.min, max: problem.max, exact: exact(problem.min, problem.max) });
    case 'tooFewPeople':
      return t('programs.groupingTooFewPeople', { people: problem.people, min: problem.min, max: problem.max, exact: exact(problem.min, problem.max) });
    case 'cannotSplit': {
      const { people, min, max, fewer, fewerHold, more, moreNeed } = problem;
      return t('programs.groupingCannotSplit', { people, min, max, exact: exact(min, max), fewer, fewerHold, more, moreNeed });
    }
    case 'oneGroupKeepApart':
      return t('programs.groupingOneGroupKeepApart', { people: problem.people, min: problem.min, max: problem.max, exact: exact(problem.min, problem.max), a: problem.a, b: problem.b });
    case 'togetherCannotSeat':
      return t('programs.groupingTogetherCannotSeat', {
        sizes: nameList(problem.sizes.map(String)),
        groups: problem.groups,
        min: problem.min,
        max: problem.max,
        exact: exact(problem.min, problem.max),
      });
    case 'noGroupingFits':
      return t('programs.groupingNoFit');
    case 'keepApartNotFound':
      return problem.round === undefined
        ? t('programs.groupingKeepApartNotFound', { a: problem.a, b: problem.b, groups: problem.groups })
        : t('programs.groupingKeepApartNotFoundInRound', { a: problem.a, b: problem.b, groups: problem.groups, round: problem.round });
    case 'requestMalformed':
      return t('programs.groupingRequestMalformed', { reason: problem.reason });
    case 'engineFailed':
      return t('programs.groupingEngineFailed', { detail: problem.detail });
  }
}

/** What is wrong with a grouping adjusted by hand, beyond its pairs. */
export function costProblemText(problem: GroupingCostProblem): string {
  switch (problem.code) {
    case 'notOnRoster':
      return t('programs.costNotOnRoster', { round: problem.round, group: problem.group, id: problem.id });
    case 'inSeveralGroups':
      return t('programs.costInSeveralGroups', { round: problem.round, name: problem.name });
    case 'wrongSize':
      return t('programs.costWrongSize', { round: problem.round, group: problem.group, size: problem.size, min: problem.min, max: problem.max, exact: exact(problem.min, problem.max) });
    case 'inNoGroup':
      return t('programs.costInNoGroup', { round: problem.round, name: problem.name });
  }
}

/** What is wrong with a roster file. */
export function rosterProblemText(problem: RosterProblem): string {
  const line = problem.line;
  switch (problem.code) {
    case 'unclosedQuote':
      return t('programs.rowUnclosedQuote', { line });
    case 'unreadableRow':
      return t('programs.rowUnreadable', { line, detail: problem.detail });
    case 'emptyFile':
      return t('programs.rosterEmptyFile', { line });
    case 'sameField':
      return t('programs.rosterSameField', { line, field: problem.field, first: problem.first, second: problem.second, firstTitle: problem.firstTitle, secondTitle: problem.secondTitle });
    case 'noNameColumn':
      return problem.found.length === 0
        ? t('programs.rosterNoNameColumnNoTitles', { line })
        : t('programs.rosterNoNameColumn', { line, found: nameList(problem.found.map((title) => t('programs.quotedTitle', { title }))) });
    case 'tooManyFields':
      return t('programs.rosterTooManyFields', { line, fields: problem.fields, columns: problem.columns });
    case 'nameEmpty':
      return t('programs.rosterNameEmpty', { line });
    case 'notAnEmail':
      return t('programs.rosterNotAnEmail', { line, email: problem.email });
    case 'samePerson':
      return problem.email
        ? t('programs.rosterSamePersonEmail', { line, name: problem.name, email: problem.email, earlier: problem.earlier })
        : t('programs.rosterSamePerson', { line, name: problem.name, earlier: problem.earlier });
    case 'emailTaken':
      return t('programs.rosterEmailTaken', { line, name: problem.name, email: problem.email, ownerLine: problem.ownerLine, owner: problem.owner });
  }
}
