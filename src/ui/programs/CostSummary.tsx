// What the draft costs, kept up to date as people are moved by hand: repeated pairs, broken
// keep-apart and keep-together pairs, and groups outside the size range.

import type { Pair } from '../../core/program.ts';
import { t } from '../../i18n/i18n.ts';
import type { ProgramState } from '../../state/programState.ts';
import { costProblemText, nameOf, pairText } from './programWords.ts';

/** The draft's cost. */
export function CostSummary({ state }: { state: ProgramState }) {
  const cost = state.draftCost.value;
  if (!cost) return null;
  const people = state.peopleById.value;
  const pairs = (list: Pair[]) => list.map(([a, b]) => pairText(nameOf(people, a), nameOf(people, b))).join(t('programs.pairSeparator'));
  const broken = cost.keepApartBroken.length + cost.keepTogetherBroken.length;
  const clean = broken === 0 && cost.sizeProblems.length === 0;

  return (
    <div class={`cost ${clean ? 'cost-clean' : 'cost-problem'}`} role="status" aria-live="polite" aria-label={t('programs.costLabel')}>
      <p class="cost-title">{state.draftAdjusted.value ? t('programs.costTitleAdjusted') : t('programs.costTitle')}</p>
      <ul>
        <li>{cost.repeatedPairs === 0 ? t('programs.costNoRepeats') : t('programs.costRepeats', { count: cost.repeatedPairs })}</li>
        <li>
          {cost.keepApartBroken.length === 0
            ? t('programs.costApartKept')
            : t('programs.costApartBroken', { count: cost.keepApartBroken.length, pairs: pairs(cost.keepApartBroken) })}
        </li>
        {(cost.keepTogetherBroken.length > 0 || state.program.value!.keepTogether.length > 0) && (
          <li>
            {cost.keepTogetherBroken.length === 0
              ? t('programs.costTogetherKept')
              : t('programs.costTogetherBroken', { count: cost.keepTogetherBroken.length, pairs: pairs(cost.keepTogetherBroken) })}
          </li>
        )}
        {cost.sizeProblems.map((problem, i) => (
          <li key={i}>{costProblemText(problem)}</li>
        ))}
      </ul>
    </div>
  );
}
