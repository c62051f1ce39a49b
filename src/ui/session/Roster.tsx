// The people at the table, for the facilitator: who is here, the seat order, adding someone
// without a device, and handing over facilitation.

import { useState } from 'preact/hooks';
import type { SessionState } from '../../state/sessionState.ts';

/** The roster panel. */
export function Roster({ state }: { state: SessionState }) {
  const people = state.participants.value;
  const facilitatorId = state.facilitatorId.value;
  const [name, setName] = useState('');
  if (!people) return null;
  const onAdd = (event: Event) => {
    event.preventDefault();
    if (state.addPerson(name)) setName('');
  };
  return (
    <section class="panel roster" aria-labelledby="roster-heading">
      <h2 id="roster-heading">People at the table</h2>
      <ol class="roster-list">
        {people.map((person, index) => (
          <li key={person.id} class={person.present ? undefined : 'absent'}>
            <div class="roster-who">
              <label class="roster-present">
                <input type="checkbox" checked={person.present} onChange={(e) => state.setPresent(person.id, e.currentTarget.checked)} aria-label={`${person.name} is present`} />
                <span class="roster-name">{person.name}</span>
              </label>
              {person.id === facilitatorId && <span class="tag">Facilitator</span>}
              {!person.hasDevice && <span class="tag">No device</span>}
              {!person.present && <span class="tag">Absent</span>}
              {person.hasDevice && person.id !== facilitatorId && (
                <button type="button" class="roster-hand-over" onClick={() => state.handOver(person.id)}>
                  Hand over<span class="visually-hidden"> to {person.name}</span>
                </button>
              )}
            </div>
            <span class="roster-seat">
              <button type="button" disabled={index === 0} onClick={() => state.moveSeat(person.id, index - 1)} aria-label={`Move ${person.name} up`}>
                ↑
              </button>
              <button type="button" disabled={index === people.length - 1} onClick={() => state.moveSeat(person.id, index + 1)} aria-label={`Move ${person.name} down`}>
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
      <form class="inline-form" onSubmit={onAdd}>
        <label>
          <span>Someone without a device</span>
          <input value={name} maxLength={60} placeholder="Their name" onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <button type="submit">Add person</button>
      </form>
    </section>
  );
}
