// The people on the roster, with a filter for long rosters, and each person's edit and remove.

import { useState } from 'preact/hooks';
import type { Person } from '../../core/program.ts';
import { t } from '../../i18n/i18n.ts';
import type { ProgramState } from '../../state/programState.ts';
import { PersonForm } from './PersonForm.tsx';

const SHOWN = 50;

/** The roster list. */
export function RosterList({ state }: { state: ProgramState }) {
  const people = state.people.value;
  const [filter, setFilter] = useState('');
  const [all, setAll] = useState(false);
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const [removing, setRemoving] = useState<string | undefined>(undefined);

  if (people.length === 0) return <p>{t('programs.rosterEmpty')}</p>;
  const text = filter.trim().normalize('NFKC').toLowerCase();
  const matching = text ? people.filter((p) => [p.name, p.email, p.division, p.level, p.location].some((v) => v.normalize('NFKC').toLowerCase().includes(text))) : people;
  const shown = all ? matching : matching.slice(0, SHOWN);

  return (
    <div class="roster">
      {people.length > 10 && (
        <label class="search-box roster-filter">
          <span>{t('programs.findOnRoster')}</span>
          <input type="search" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} placeholder={t('programs.findPlaceholder')} />
        </label>
      )}
      <ul class="people-list" aria-label={t('programs.peopleOnRoster')}>
        {shown.map((person) =>
          editing === person.id ? (
            <li key={person.id}>
              <PersonForm
                label={t('programs.editPerson', { name: person.name })}
                submitLabel={t('programs.saveChanges')}
                initial={fieldsOf(person)}
                onSave={async (fields) => {
                  const problem = await state.savePerson(fields, person.id);
                  if (!problem) setEditing(undefined);
                  return problem;
                }}
                onCancel={() => setEditing(undefined)}
              />
            </li>
          ) : (
            <li key={person.id} class="person-row">
              <span class="person-name">{person.name}</span>
              <span class="person-facts">{[person.division, person.level, person.location].filter(Boolean).join(' · ')}</span>
              {person.manager && <span class="person-facts">{t('programs.managerOf', { name: person.manager })}</span>}
              <span class="roster-actions">
                {removing === person.id ? (
                  <>
                    <button type="button" onClick={() => (setRemoving(undefined), void state.removePerson(person.id))} aria-label={t('programs.confirmRemovePerson', { name: person.name })}>
                      {t('programs.yesRemove')}
                    </button>
                    <button type="button" onClick={() => setRemoving(undefined)}>
                      {t('programs.keep')}
                    </button>
                  </>
                ) : (
                  <>
                    <button type="button" onClick={() => setEditing(person.id)} aria-label={t('programs.editPerson', { name: person.name })}>
                      {t('programs.edit')}
                    </button>
                    <button type="button" onClick={() => setRemoving(person.id)} aria-label={t('programs.removePerson', { name: person.name })}>
                      {t('programs.remove')}
                    </button>
                  </>
                )}
              </span>
            </li>
          ),
        )}
      </ul>
      {matching.length > shown.length && (
        <button type="button" class="show-all" onClick={() => setAll(true)}>
          {t('programs.showAll', { count: matching.length })}
        </button>
      )}
      {text && matching.length === 0 && <p class="quiet">{t('programs.noMatch', { filter })}</p>}
    </div>
  );
}

function fieldsOf({ name, email, division, level, location, manager }: Person) {
  return { name, email, division, level, location, manager };
}
