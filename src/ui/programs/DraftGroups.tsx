// The groups the engine formed, before they are saved: what they cost, each group with its
// explanation and a way to move people by hand, and Save or Discard.

import { t } from '../../i18n/i18n.ts';
import type { ProgramState } from '../../state/programState.ts';
import { CostSummary } from './CostSummary.tsx';
import { DraftGroupCard } from './DraftGroupCard.tsx';
import { draftProblemText } from './programWords.ts';

/** Groups with more members than this start folded, so a large roster stays quick to show. */
const FOLD_OVER = 20;

/** The draft groups. */
export function DraftGroups({ state }: { state: ProgramState }) {
  const draft = state.draft.value!;
  const explanations = state.draftExplanations.value;
  const people = state.peopleById.value;
  const several = draft.rounds.length > 1;

  return (
    <section class="panel program-panel draft" aria-labelledby="draft-heading">
      <h2 id="draft-heading">{t('programs.draftHeading')}</h2>
      <CostSummary state={state} />
      {draft.rounds.map((round, r) => (
        <div key={r} class="draft-round">
          {several && <h3>{t('programs.roundNumber', { number: r + 1 })}</h3>}
          <ul class="group-grid" aria-label={several ? t('programs.groupsOfRound', { number: r + 1 }) : t('programs.newGroups')}>
            {round.map((members, g) => (
              <DraftGroupCard
                key={g}
                name={t('programs.groupNumber', { number: g + 1 })}
                members={members}
                groupIndex={g}
                groupCount={round.length}
                explanation={explanations[r]?.[g]}
                people={people}
                folded={round.length > FOLD_OVER}
                onMove={(personId, to) => state.move(r, personId, to)}
              />
            ))}
          </ul>
        </div>
      ))}
      {state.saveProblem.value && (
        <p class="form-error" role="alert">
          {draftProblemText(state.saveProblem.value)}
        </p>
      )}
      <div class="button-row">
        <button type="button" class="primary" onClick={() => void state.saveDraft()}>
          {t('programs.saveAsGroups')}
        </button>
        <button type="button" onClick={state.discardDraft}>
          {t('programs.discard')}
        </button>
      </div>
    </section>
  );
}
