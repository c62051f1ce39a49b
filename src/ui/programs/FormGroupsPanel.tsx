// The form that runs the grouping engine in the worker: size range, rounds, balances, seed and search
// time, with a progress bar and a Cancel button while it runs, and the engine's explanations when the
// constraints cannot all hold.

import { useMemo, useState } from 'preact/hooks';
import { checkFeasibility } from '../../core/grouping/feasibility.ts';
import { t } from '../../i18n/i18n.ts';
import type { MessageId } from '../../i18n/keys.ts';
import type { FormRequest, ProgramState } from '../../state/programState.ts';
import { Notice } from '../components/Notice.tsx';
import { formingFailureText, groupingProblemText } from './programWords.ts';

type NumberField = 'minSize' | 'maxSize' | 'rounds' | 'seed' | 'seconds';

const FIELDS: Array<[NumberField, MessageId, number, number, number]> = [
  ['minSize', 'programs.smallestGroup', 2, 50, 1],
  ['maxSize', 'programs.largestGroup', 2, 50, 1],
  ['rounds', 'programs.rounds', 1, 12, 1],
  ['seed', 'programs.seed', 0, 2 ** 31 - 1, 1],
  ['seconds', 'programs.searchTime', 0.5, 120, 0.5],
];

const BALANCES: Array<['balanceLevels' | 'balanceLocations', MessageId]> = [
  ['balanceLevels', 'programs.balanceLevels'],
  ['balanceLocations', 'programs.balanceLocations'],
];

/** The group formation form and its progress. */
export function FormGroupsPanel({ state }: { state: ProgramState }) {
  const [request, setRequest] = useState<FormRequest>({ minSize: 5, maxSize: 8, rounds: 1, seed: 1, seconds: 2, balanceLevels: false, balanceLocations: false });
  const formation = state.formation.value;
  const people = state.people.value.length;
  const regrouping = state.groups.value.length > 0;
  const running = formation.stage === 'running';
  const bundle = state.bundle.value;
  // Checked as the numbers change, so that impossible sizes or pairs are explained before any run.
  const blockers = useMemo(() => {
    const input = people > 0 ? state.inputFor(request) : undefined;
    return input ? checkFeasibility(input) : [];
  }, [bundle, request.minSize, request.maxSize, request.rounds]);

  const submit = (event: Event) => {
    event.preventDefault();
    void state.form(request);
  };

  return (
    <section id="form-groups" class="panel program-panel" aria-labelledby="form-heading">
      <h2 id="form-heading">{regrouping ? t('programs.regroupEveryone') : t('programs.formGroups')}</h2>
      <p class="quiet">{regrouping ? t('programs.formIntroRegrouping') : t('programs.formIntro')}</p>
      <form class="form-groups" onSubmit={submit} aria-label={t('programs.formGroups')}>
        <div class="number-fields">
          {FIELDS.map(([key, label, min, max, step]) => (
            <label key={key}>
              <span>{t(label)}</span>
              <input
                type="number"
                min={min}
                max={max}
                step={step}
                required
                value={request[key]}
                disabled={running}
                onInput={(e) => setRequest({ ...request, [key]: e.currentTarget.valueAsNumber })}
              />
            </label>
          ))}
        </div>
        <fieldset class="balance-fields">
          <legend>{t('programs.alsoMix')}</legend>
          {BALANCES.map(([key, label]) => (
            <label key={key} class="check">
              <input type="checkbox" checked={request[key]} disabled={running} onChange={(e) => setRequest({ ...request, [key]: e.currentTarget.checked })} />
              {t(label)}
            </label>
          ))}
        </fieldset>
        <div class="button-row">
          <button type="submit" class="primary" disabled={running || people === 0}>
            {regrouping ? t('programs.regroupEveryone') : t('programs.formGroups')}
          </button>
          {running && (
            <button type="button" onClick={state.cancel}>
              {t('programs.cancel')}
            </button>
          )}
        </div>
      </form>
      {people === 0 && <p>{t('programs.addPeopleFirst')}</p>}
      {blockers.length > 0 && formation.stage !== 'problems' && (
        <Notice tone="problem" title={t('programs.cannotFormYet')}>
          <ul>
            {blockers.map((problem, i) => (
              <li key={i}>{groupingProblemText(problem)}</li>
            ))}
          </ul>
        </Notice>
      )}
      {running && (
        <div class="forming" role="status">
          <label>
            <span>{t('programs.formingProgress', { count: people, percent: Math.round(formation.fraction * 100) })}</span>
            <progress max={1} value={formation.fraction} />
          </label>
        </div>
      )}
      {formation.stage === 'cancelled' && <p role="status">{t('programs.formingStopped')}</p>}
      {formation.stage === 'failed' && (
        <Notice tone="problem" title={t('programs.formingFailed')}>
          <p>{formingFailureText(formation.failure)}</p>
        </Notice>
      )}
      {formation.stage === 'problems' && (
        <Notice tone="problem" title={t('programs.cannotForm')}>
          <ul>
            {formation.problems.map((problem, i) => (
              <li key={i}>{groupingProblemText(problem)}</li>
            ))}
          </ul>
          <p>{t('programs.changeAndRetry')}</p>
        </Notice>
      )}
    </section>
  );
}
