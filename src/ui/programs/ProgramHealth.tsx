// The program's health: how densely each division takes part in the groups that meet, and which
// mindsets the program's modules cover. Counts only; nobody is scored.

import { useApp } from '../../app/context.ts';
import { MINDSET_LABELS } from '../../core/module.ts';
import { programHealth, shareOf } from '../../core/programHealth.ts';
import { count } from '../../lib/format.ts';
import type { ProgramState } from '../../state/programState.ts';

/** The health panel of a program. */
export function ProgramHealth({ state }: { state: ProgramState }) {
  const { library } = useApp();
  const program = state.program.value!;
  const health = programHealth({ people: state.people.value, groups: state.groups.value, moduleIds: program.moduleIds, library: library.modules.value ?? [] });
  const uncovered = health.mindsets.filter((m) => m.modules === 0).map((m) => MINDSET_LABELS[m.mindset].name);

  return (
    <section id="health" class="panel program-panel" aria-labelledby="health-heading">
      <h2 id="health-heading">Program health</h2>
      <p class="quiet">
        Counts only: nobody is scored. Takeaways and commitments stay on the laptops of the people who wrote them, so how commitments are followed through is not seen here.
      </p>
      <h3>Taking part, by division</h3>
      {health.divisions.length === 0 ? (
        <p>Import the roster to see how each division takes part.</p>
      ) : (
        <table class="health-table">
          <thead>
            <tr>
              <th scope="col">Division</th>
              <th scope="col">On the roster</th>
              <th scope="col">In a group that meets</th>
            </tr>
          </thead>
          <tbody>
            {health.divisions.map((d) => (
              <tr key={d.division}>
                <th scope="row">{d.division || 'No division given'}</th>
                <td>{d.onRoster}</td>
                <td>
                  {d.inGroups} ({Math.round(shareOf(d) * 100)} %)
                  <span class="health-bar" aria-hidden="true">
                    <span style={{ width: `${Math.round(shareOf(d) * 100)}%` }} />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Mindsets in this program’s modules</h3>
      <ul class="health-mindsets">
        {health.mindsets.map((m) => (
          <li key={m.mindset} class={m.modules === 0 ? 'uncovered' : undefined}>
            <span>{MINDSET_LABELS[m.mindset].name}</span> {count(m.modules, 'module', 'modules')}
          </li>
        ))}
      </ul>
      {program.moduleIds.length > 0 && uncovered.length > 0 && <p>No module chosen yet for {uncovered.join(', ')}.</p>}
      {health.missingModules > 0 && <p class="form-error">{count(health.missingModules, 'chosen module is', 'chosen modules are')} no longer in this device’s library.</p>}
    </section>
  );
}
