// A program's curated modules at the top of the library, with a choice of program when the
// device holds several.

import type { ProgramShelf as Shelf } from '../../state/libraryState.ts';
import { t } from '../../i18n/i18n.ts';
import { ModuleCard } from './ModuleCard.tsx';

/** The "Your program" section: the chosen program's modules, in its order. */
export function ProgramShelf({ shelf, onChoose }: { shelf: Shelf; onChoose: (programId: string) => void }) {
  const { program, choices, modules } = shelf;
  return (
    <section class="program-shelf" aria-labelledby="program-shelf-heading">
      <div class="program-shelf-head">
        <h2 id="program-shelf-heading">{t('library.yourProgram', { name: program.name })}</h2>
        {choices.length > 1 && (
          <label class="program-shelf-choice">
            <span>{t('library.programChoice')}</span>
            <select value={program.id} onChange={(e) => onChoose(e.currentTarget.value)}>
              {choices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <p class="quiet">{t('library.programModules', { count: modules.length })}</p>
      <ul class="module-grid">
        {modules.map((module) => (
          <ModuleCard key={module.id} module={module} />
        ))}
      </ul>
    </section>
  );
}
