// The program's health: how densely each division takes part in the groups that meet, and which
// mindsets the program's modules cover. Counts only; nobody is scored.

import { useApp } from '../../app/context.ts';
import { programHealth, shareOf } from '../../core/programHealth.ts';
import { t } from '../../i18n/i18n.ts';
import { formatList } from '../../i18n/intl.ts';
import type { ProgramState } from '../../state/programState.ts';
import { mindsetName } from './programWords.ts';

/** The health panel of a program. */
export function ProgramHealth({ state }: { state: ProgramState }) {
  const { library } = useApp();
  const program = state.program.value!;
  const health = programHealth({ people: state.people.value, groups: state.groups.value, moduleIds: program.moduleIds, library: library.modules.value ?? [] });
  const uncovered = health.mindsets.filter((m) => m.modules === 0).map((m) => mindsetName(m.mindset));

  return (
    <section id="health" class="panel program-panel" aria-labelledby="health-heading">
      <h2 id="health-heading">{t('programs.healthHeading')}</h2>
      <p class="quiet">{t('programs.healthIntro')}</p>
      <h3>{t('programs.takingPart')}</h3>
      {health.divisions.length === 0 ? (
        <p>{t('programs.importToSee')}</p>
      ) : (
        <table class="health-table">
          <thead>
            <tr>
              <th scope="col">{t('programs.thDivision')}</th>
              <th scope="col">{t('programs.thOnRoster')}</th>
              <th scope="col">{t('programs.thInGroup')}</th>
            </tr>
          </thead>
          <tbody>
            {health.divisions.map((d) => (
              <tr key={d.division}>
                <th scope="row">{d.division || t('programs.noDivision')}</th>
                <td>{d.onRoster}</td>
                <td>
                  {t('programs.inGroupsShare', { count: d.inGroups, percent: Math.round(shareOf(d) * 100) })}
                  <span class="health-bar" aria-hidden="true">
                    <span style={{ width: `${Math.round(shareOf(d) * 100)}%` }} />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('programs.mindsetsHeading')}</h3>
      <ul class="health-mindsets">
        {health.mindsets.map((m) => (
          <li key={m.mindset} class={m.modules === 0 ? 'uncovered' : undefined}>
            <span>{mindsetName(m.mindset)}</span> {t('programs.moduleCount', { count: m.modules })}
          </li>
        ))}
      </ul>
      {program.moduleIds.length > 0 && uncovered.length > 0 && <p>{t('programs.uncoveredMindsets', { mindsets: formatList(uncovered) })}</p>}
      {health.missingModules > 0 && <p class="form-error">{t('programs.missingModules', { count: health.missingModules })}</p>}
    </section>
  );
}
