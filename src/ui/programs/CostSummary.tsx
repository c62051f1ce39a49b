// What the draft costs, kept up to date as people are moved by hand: repeated pairs, broken
// keep-apart and keep-together pairs, and groups outside the size range.

import type { Pair } from '../../core/program.ts';
import type { ProgramState } from '../../state/programState.ts';

/** The draft's cost. */
export function CostSummary({ state }: { state: ProgramState }) {
  const cost = state.draftCost.value;
  if (!cost) return null;
  const people = state.peopleById.value;
  const name = (id: string) => people.get(id)?.name ?? 'someone no longer on the roster';
  const pairs = (list: Pair[]) => list.map(([a, b]) => `${name(a)} and ${name(b)}`).join('; ');
  const broken = cost.keepApartBroken.length + cost.keepTogetherBroken.length;
  const clean = broken === 0 && cost.sizeProblems.length === 0;

  return (
    <div class={`cost ${clean ? 'cost-clean' : 'cost-problem'}`} role="status" aria-live="polite" aria-label="What these groups cost">
      <p class="cost-title">{state.draftAdjusted.value ? 'Adjusted by hand. What these groups cost now:' : 'What these groups cost:'}</p>
      <ul>
        <li>
          {cost.repeatedPairs === 0 ? 'No pair has met before.' : `${cost.repeatedPairs} ${cost.repeatedPairs === 1 ? 'pair has' : 'pairs have'} met before.`}
        </li>
        <li>
          {cost.keepApartBroken.length === 0
            ? 'Every keep-apart pair is apart.'
            : `${cost.keepApartBroken.length} keep-apart ${cost.keepApartBroken.length === 1 ? 'pair is' : 'pairs are'} together: ${pairs(cost.keepApartBroken)}.`}
        </li>
        {(cost.keepTogetherBroken.length > 0 || state.program.value!.keepTogether.length > 0) && (
          <li>
            {cost.keepTogetherBroken.length === 0
              ? 'Every keep-together pair is together.'
              : `${cost.keepTogetherBroken.length} keep-together ${cost.keepTogetherBroken.length === 1 ? 'pair is' : 'pairs are'} split: ${pairs(cost.keepTogetherBroken)}.`}
          </li>
        )}
        {cost.sizeProblems.map((problem, i) => (
          <li key={i}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
