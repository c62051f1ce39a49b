// The session's codes worded for this device: why an action was refused, why a session cannot
// be shown, and the name of a person at the table (a nameless one in this device's language).

import type { Participant, SessionRefusal, SessionRefusalCode } from '../../core/session.ts';
import { t } from '../../i18n/i18n.ts';
import type { MessageId } from '../../i18n/keys.ts';
import type { SessionState } from '../../state/sessionState.ts';
import type { SessionProblem } from '../../sync/sessionDoc.ts';
import { fieldProblemsText } from '../components/StoredProblems.tsx';
import { personName } from '../personName.ts';

/** The message of each refusal: a code missing here is a type error. */
const REFUSALS: Record<SessionRefusalCode, MessageId> = {
  onlyFacilitatorMovesPages: 'refusals.onlyFacilitatorMovesPages',
  noSuchPage: 'refusals.noSuchPage',
  nameNeededToJoin: 'refusals.nameNeededToJoin',
  onlyFacilitatorAddsPeople: 'refusals.onlyFacilitatorAddsPeople',
  personNeedsName: 'refusals.personNeedsName',
  personNotInSession: 'refusals.personNotInSession',
  onlyFacilitatorMarksPresence: 'refusals.onlyFacilitatorMarksPresence',
  onlyFacilitatorMovesSeats: 'refusals.onlyFacilitatorMovesSeats',
  onlyFacilitatorHandsOver: 'refusals.onlyFacilitatorHandsOver',
  handOverNeedsDevice: 'refusals.handOverNeedsDevice',
  onlyFacilitatorSetsControl: 'refusals.onlyFacilitatorSetsControl',
  onlyFacilitatorStartsClock: 'refusals.onlyFacilitatorStartsClock',
  onlyFacilitatorPausesClock: 'refusals.onlyFacilitatorPausesClock',
  onlyFacilitatorSetsLength: 'refusals.onlyFacilitatorSetsLength',
  meetingLengthOutOfRange: 'refusals.meetingLengthOutOfRange',
  onlyFacilitatorMovesAgenda: 'refusals.onlyFacilitatorMovesAgenda',
  endWithEndSession: 'refusals.endWithEndSession',
  onlyFacilitatorEnds: 'refusals.onlyFacilitatorEnds',
  sessionEnded: 'refusals.sessionEnded',
  anyoneMovesAlready: 'refusals.anyoneMovesAlready',
  facilitatesAlready: 'refusals.facilitatesAlready',
  takeOverNeedsDevice: 'refusals.takeOverNeedsDevice',
  facilitatorStillHere: 'refusals.facilitatorStillHere',
};

/** Why an action was refused, in a sentence. */
export function refusalText(refusal: SessionRefusal): string {
  switch (refusal.reason) {
    case 'noSuchPage':
      return t(REFUSALS.noSuchPage, { page: refusal.page, pageCount: refusal.pageCount });
    case 'meetingLengthOutOfRange':
      return t(REFUSALS.meetingLengthOutOfRange, { min: refusal.min, max: refusal.max });
    default:
      return t(REFUSALS[refusal.reason]);
  }
}

/** Why a session's document cannot be shown, and that this device leaves it be. */
export function problemText(problem: SessionProblem): string {
  switch (problem.code) {
    case 'noShape':
      return t('session.damagedNoShape');
    case 'unreadableModule':
      return t('session.damagedModule', { detail: fieldProblemsText([problem.problem]) });
  }
}

/**
 * How the room shows a person's name: the one they gave, or, for a nameless one, this device's
 * word: "Facilitator" for the one who started the session (the app stores no word for them),
 * "Someone" for anyone else.
 */
export function nameOf(state: Pick<SessionState, 'creatorId'>, person: Pick<Participant, 'id' | 'name'> | undefined): string {
  return personName(person?.name, person !== undefined && person.id === state.creatorId.value ? 'facilitator' : 'someone');
}
