// The roster section: import a CSV, the people on the roster, and a form to add one.

import { t } from '../../i18n/i18n.ts';
import type { ProgramState } from '../../state/programState.ts';
import { PersonForm } from './PersonForm.tsx';
import { RosterImport } from './RosterImport.tsx';
import { RosterList } from './RosterList.tsx';

/** The program's roster. */
export function RosterPanel({ state }: { state: ProgramState }) {
  const people = state.people.value;
  return (
    <section id="roster" class="panel program-panel" aria-labelledby="roster-heading">
      <h2 id="roster-heading">{t('programs.rosterHeading', { count: people.length })}</h2>
      <RosterImport state={state} />
      <RosterList state={state} />
      <details class="add-person">
        <summary>{t('programs.addPerson')}</summary>
        <PersonForm label={t('programs.addPerson')} submitLabel={t('programs.addPersonButton')} onSave={(fields) => state.savePerson(fields)} resetOnSave />
      </details>
    </section>
  );
}
