// The words for what the core says in codes about takeaways, commitments and the check-in: the
// statuses a commitment can be marked with, a commitment's problems and the closing round's state.

import type { CheckInStatus, ClosingRoundStatus, CommitmentProblem } from '../../core/takeaways.ts';
import { MAX_COMMITMENTS, MAX_COMMITMENT_TEXT } from '../../core/takeaways.ts';
import { t } from '../../i18n/i18n.ts';
import type { MessageId } from '../../i18n/keys.ts';

const STATUS_WORDS: Record<CheckInStatus, MessageId> = {
  done: 'takeaways.statusDone',
  partly: 'takeaways.statusPartly',
  notYet: 'takeaways.statusNotYet',
  dropped: 'takeaways.statusDropped',
};

const PROBLEM_WORDS: Record<CommitmentProblem, MessageId> = {
  missing: 'takeaways.problemWhatMissing',
  notADate: 'takeaways.problemDateMissing',
  tooLong: 'takeaways.problemTooLong',
};

/** A check-in status, as people read it: "Done", "Partly done"… */
export function statusWords(status: CheckInStatus): string {
  return t(STATUS_WORDS[status]);
}

/** What is wrong with a commitment's field, as a sentence. */
export function problemWords(problem: CommitmentProblem): string {
  return t(PROBLEM_WORDS[problem], { max: MAX_COMMITMENT_TEXT });
}

/** How the closing round stands, as a sentence. */
export function closingRoundWords(round: ClosingRoundStatus): string {
  switch (round.code) {
    case 'tooMany':
      return t('takeaways.roundTooMany', { max: MAX_COMMITMENTS });
    case 'none':
      return t('takeaways.roundNone');
    case 'saved':
      return t('takeaways.roundSaved', { count: round.written });
  }
}
