// The people on the roster, with a filter for long rosters, and each person's edit and remove.

import { useState } from 'preact/hooks';
import type { Person } from '../../core/program.ts';
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

  if (people.length === 0) return <p>No one on the roster yet. Import a CSV or add people one by one.</p>;
  const text = filter.trim().toLowerCase();
  const matching = text ? people.filter((p) => [p.name, p.email, p.division, p.level, p.location].some((v) => v.toLowerCase().includes(text))) : people;
  const shown = all ? matching : matching.slice(0, SHOWN);

  return (
    <div class="roster">
      {people.length > 10 && (
        <label class="search-box roster-filter">
          <span>Find on the roster</span>
          <input type="search" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} placeholder="Name, email, division, level or location" />
        </label>
      )}
      <ul class="people-list" aria-label="People on the roster">
        {shown.map((person) =>
          editing === person.id ? (
            <li key={person.id}>
              <PersonForm
                label={`Edit ${person.name}`}
                submitLabel="Save changes"
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
              {person.manager && <span class="person-facts">Manager: {person.manager}</span>}
              <span class="roster-actions">
                {removing === person.id ? (
                  <>
                    <button type="button" onClick={() => (setRemoving(undefined), void state.removePerson(person.id))} aria-label={`Yes, remove ${person.name}`}>
                      Yes, remove
                    </button>
                    <button type="button" onClick={() => setRemoving(undefined)}>Keep</button>
                  </>
                ) : (
                  <>
                    <button type="button" onClick={() => setEditing(person.id)} aria-label={`Edit ${person.name}`}>Edit</button>
                    <button type="button" onClick={() => setRemoving(person.id)} aria-label={`Remove ${person.name}`}>Remove</button>
                  </>
                )}
              </span>
            </li>
          ),
        )}
      </ul>
      {matching.length > shown.length && (
        <button type="button" class="show-all" onClick={() => setAll(true)}>
          Show all {matching.length}
        </button>
      )}
      {text && matching.length === 0 && <p class="quiet">No one matches “{filter}”.</p>}
    </div>
  );
}

function fieldsOf({ name, email, division, level, location, manager }: Person) {
  return { name, email, division, level, location, manager };
}
