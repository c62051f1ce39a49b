// Keep-apart and keep-together pairs: add one from two people, remove one, and see the pairs the
// roster's manager column keeps apart.

import { useState } from 'preact/hooks';
import type { Pair } from '../../core/program.ts';
import type { ProgramState } from '../../state/programState.ts';
import { PairList } from './PairList.tsx';

/** The pairs section. */
export function PairsPanel({ state }: { state: ProgramState }) {
  const program = state.program.value!;
  const people = state.people.value;
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [kind, setKind] = useState<'keepApart' | 'keepTogether'>('keepApart');
  const [problem, setProblem] = useState<string | undefined>(undefined);

  const add = async (event: Event) => {
    event.preventDefault();
    const found = await state.addPair(kind, [a, b] as Pair);
    setProblem(found);
    if (found) return;
    setA('');
    setB('');
  };

  const options = people.map((p) => (
    <option key={p.id} value={p.id}>
      {p.name}
      {p.division ? ` (${p.division})` : ''}
    </option>
  ));
  return (
    <section id="pairs" class="panel program-panel" aria-labelledby="pairs-heading">
      <h2 id="pairs-heading">Pairs</h2>
      <p class="quiet">Keep apart people who must not share a group, such as a manager and their report. Keep together people who must.</p>
      {people.length < 2 ? (
        <p>Add at least two people to the roster to set pairs.</p>
      ) : (
        <form class="inline-form pair-form" onSubmit={add} aria-label="Add a pair">
          <label>
            <span>First person</span>
            <select value={a} onChange={(e) => setA(e.currentTarget.value)}>
              <option value="">Choose…</option>
              {options}
            </select>
          </label>
          <label>
            <span>Rule</span>
            <select value={kind} onChange={(e) => setKind(e.currentTarget.value as 'keepApart' | 'keepTogether')}>
              <option value="keepApart">keep apart from</option>
              <option value="keepTogether">keep together with</option>
            </select>
          </label>
          <label>
            <span>Second person</span>
            <select value={b} onChange={(e) => setB(e.currentTarget.value)}>
              <option value="">Choose…</option>
              {options}
            </select>
          </label>
          <button type="submit">Add pair</button>
          {problem && <p class="form-error" role="alert">{problem}</p>}
        </form>
      )}
      <PairList title="Kept apart" pairs={program.keepApart} names={state.peopleById.value} onRemove={(pair) => void state.removePair(pair)} />
      <PairList title="Kept together" pairs={program.keepTogether} names={state.peopleById.value} onRemove={(pair) => void state.removePair(pair)} />
      {state.fromManagers.value.length > 0 && (
        <details>
          <summary>
            {state.fromManagers.value.length} manager and report {state.fromManagers.value.length === 1 ? 'pair' : 'pairs'} from the roster, also kept apart
          </summary>
          <PairList title="From the manager column" pairs={state.fromManagers.value} names={state.peopleById.value} />
        </details>
      )}
    </section>
  );
}
