// Keep-apart and keep-together pairs: add one from two people, remove one, and see the pairs the
// roster's manager column keeps apart.

import { useState } from 'preact/hooks';
import type { Pair, PairProblem } from '../../core/program.ts';
import { t } from '../../i18n/i18n.ts';
import type { ProgramState, StateProblem } from '../../state/programState.ts';
import { PairList } from './PairList.tsx';
import { pairProblemText } from './programWords.ts';

/** The pairs section. */
export function PairsPanel({ state }: { state: ProgramState }) {
  const program = state.program.value!;
  const people = state.people.value;
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [kind, setKind] = useState<'keepApart' | 'keepTogether'>('keepApart');
  const [problem, setProblem] = useState<PairProblem | StateProblem | undefined>(undefined);

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
      {p.division ? t('programs.personWithDivision', { name: p.name, division: p.division }) : p.name}
    </option>
  ));
  return (
    <section id="pairs" class="panel program-panel" aria-labelledby="pairs-heading">
      <h2 id="pairs-heading">{t('programs.pairsHeading')}</h2>
      <p class="quiet">{t('programs.pairsIntro')}</p>
      {people.length < 2 ? (
        <p>{t('programs.pairsNeedTwo')}</p>
      ) : (
        <form class="inline-form pair-form" onSubmit={add} aria-label={t('programs.addPairForm')}>
          <label>
            <span>{t('programs.firstPerson')}</span>
            <select value={a} onChange={(e) => setA(e.currentTarget.value)}>
              <option value="">{t('programs.choosePerson')}</option>
              {options}
            </select>
          </label>
          <label>
            <span>{t('programs.pairRule')}</span>
            <select value={kind} onChange={(e) => setKind(e.currentTarget.value as 'keepApart' | 'keepTogether')}>
              <option value="keepApart">{t('programs.ruleKeepApart')}</option>
              <option value="keepTogether">{t('programs.ruleKeepTogether')}</option>
            </select>
          </label>
          <label>
            <span>{t('programs.secondPerson')}</span>
            <select value={b} onChange={(e) => setB(e.currentTarget.value)}>
              <option value="">{t('programs.choosePerson')}</option>
              {options}
            </select>
          </label>
          <button type="submit">{t('programs.addPairButton')}</button>
          {problem && (
            <p class="form-error" role="alert">
              {pairProblemText(problem)}
            </p>
          )}
        </form>
      )}
      <PairList title={t('programs.keptApart')} pairs={program.keepApart} names={state.peopleById.value} onRemove={(pair) => void state.removePair(pair)} />
      <PairList title={t('programs.keptTogether')} pairs={program.keepTogether} names={state.peopleById.value} onRemove={(pair) => void state.removePair(pair)} />
      {state.fromManagers.value.length > 0 && (
        <details>
          <summary>{t('programs.managerPairs', { count: state.fromManagers.value.length })}</summary>
          <PairList title={t('programs.fromManagerColumn')} pairs={state.fromManagers.value} names={state.peopleById.value} />
        </details>
      )}
    </section>
  );
}
