// The program's curated modules: the chosen ones first, and every library module to tick in or out,
// by mindset. Each change is stored at once.

import { MINDSETS } from '../../core/module.ts';
import { splitByProgram } from '../../core/program.ts';
import { useApp } from '../../app/context.ts';
import { t } from '../../i18n/i18n.ts';
import type { ProgramState } from '../../state/programState.ts';
import { Link } from '../components/Link.tsx';
import { MindsetBadge } from '../components/MindsetBadge.tsx';
import { mindsetLegend } from './programWords.ts';

/** Picks the program's modules from the library. */
export function ModulePicker({ state }: { state: ProgramState }) {
  const { library } = useApp();
  const moduleIds = state.program.value!.moduleIds;
  const modules = library.modules.value;
  const { chosen } = splitByProgram(modules ?? [], moduleIds);
  const picked = new Set(moduleIds);

  const toggle = (id: string, on: boolean) => void state.setModules(on ? [...moduleIds, id] : moduleIds.filter((m) => m !== id));

  return (
    <section id="modules" class="panel program-panel" aria-labelledby="modules-heading">
      <h2 id="modules-heading">{t('programs.modulesHeading')}</h2>
      <p class="quiet">{t('programs.modulesIntro')}</p>
      {chosen.length === 0 ? (
        <p>{t('programs.noModuleChosen')}</p>
      ) : (
        <ol class="chosen-modules" aria-label={t('programs.chosenModules')}>
          {chosen.map((module) => (
            <li key={module.id}>
              <Link href={`/modules/${module.id}`}>{module.title}</Link> <MindsetBadge mindset={module.mindset} />
            </li>
          ))}
        </ol>
      )}
      <details class="module-choice">
        <summary>{t('programs.chooseModules', { chosen: chosen.length, total: modules?.length ?? 0 })}</summary>
        {modules === undefined && <p class="quiet">{t('programs.openingLibrary')}</p>}
        {MINDSETS.map((mindset) => {
          const inMindset = (modules ?? []).filter((m) => m.mindset === mindset);
          if (inMindset.length === 0) return null;
          return (
            <fieldset key={mindset}>
              <legend class={`mindset-text-${mindset}`}>{mindsetLegend(mindset)}</legend>
              {inMindset.map((module) => (
                <label key={module.id} class="check">
                  <input type="checkbox" checked={picked.has(module.id)} onChange={(e) => toggle(module.id, e.currentTarget.checked)} />
                  <span>{module.title}</span>
                </label>
              ))}
            </fieldset>
          );
        })}
      </details>
    </section>
  );
}
