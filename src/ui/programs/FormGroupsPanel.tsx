// The form that runs the grouping engine in the worker: size range, rounds, balances, seed and search
// time, with a progress bar and a Cancel button while it runs, and the engine's explanations when the
// constraints cannot all hold.

import { useMemo, useState } from 'preact/hooks';
import { checkFeasibility } from '../../core/grouping/feasibility.ts';
import type { FormRequest, ProgramState } from '../../state/programState.ts';
import { Notice } from '../components/Notice.tsx';

type NumberField = 'minSize' | 'maxSize' | 'rounds' | 'seed' | 'seconds';

const FIELDS: Array<[NumberField, string, number, number, number]> = [
  ['minSize', 'Smallest group', 2, 50, 1],
  ['maxSize', 'Largest group', 2, 50, 1],
  ['rounds', 'Rounds', 1, 12, 1],
  ['seed', 'Seed', 0, 2 ** 31 - 1, 1],
  ['seconds', 'Search time (s)', 0.5, 120, 0.5],
];

const BALANCES: Array<['balanceLevels' | 'balanceLocations', string]> = [
  ['balanceLevels', 'Balance levels'],
  ['balanceLocations', 'Balance locations'],
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
      <h2 id="form-heading">{regrouping ? 'Regroup everyone' : 'Form groups'}</h2>
      <p class="quiet">
        Groups mix divisions and bring together people who have not met, while honouring every pair.
        {regrouping && ' Earlier groups count as history, so people who met before are kept apart where possible.'} Several rounds plan a rotation,
        such as coaching trios: one cycle in which each meeting takes the next round’s groups, with as few repeated pairs as possible. The same seed gives the same groups.
      </p>
      <form class="form-groups" onSubmit={submit} aria-label="Form groups">
        <div class="number-fields">
          {FIELDS.map(([key, label, min, max, step]) => (
            <label key={key}>
              <span>{label}</span>
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
          <legend>Also mix within each group</legend>
          {BALANCES.map(([key, label]) => (
            <label key={key} class="check">
              <input type="checkbox" checked={request[key]} disabled={running} onChange={(e) => setRequest({ ...request, [key]: e.currentTarget.checked })} />
              {label}
            </label>
          ))}
        </fieldset>
        <div class="button-row">
          <button type="submit" class="primary" disabled={running || people === 0}>
            {regrouping ? 'Regroup everyone' : 'Form groups'}
          </button>
          {running && (
            <button type="button" onClick={state.cancel}>
              Cancel
            </button>
          )}
        </div>
      </form>
      {people === 0 && <p>Add people to the roster first.</p>}
      {blockers.length > 0 && formation.stage !== 'problems' && (
        <Notice tone="problem" title="These groups cannot be formed yet">
          <ul>
            {blockers.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        </Notice>
      )}
      {running && (
        <div class="forming" role="status">
          <label>
            <span>Forming groups for {people} people… {Math.round(formation.fraction * 100)}%</span>
            <progress max={1} value={formation.fraction} />
          </label>
        </div>
      )}
      {formation.stage === 'cancelled' && <p role="status">Stopped. No groups were formed.</p>}
      {formation.stage === 'failed' && <Notice tone="problem" title="Forming the groups failed"><p>{formation.message}</p></Notice>}
      {formation.stage === 'problems' && (
        <Notice tone="problem" title="These groups cannot be formed">
          <ul>
            {formation.problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
          <p>Change the sizes or the pairs, then try again.</p>
        </Notice>
      )}
    </section>
  );
}
