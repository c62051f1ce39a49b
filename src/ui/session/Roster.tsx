// The people at the table, for the facilitator: who is here, the seat order, adding someone
// without a device, and handing over facilitation.

import { useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import type { SessionState } from '../../state/sessionState.ts';
import { nameOf } from './sessionWords.ts';

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
      <h2 id="roster-heading">{t('session.peopleHeading')}</h2>
      <ol class="roster-list">
        {people.map((person, index) => {
          const shown = nameOf(state, person);
          return (
            <li key={person.id} class={person.present ? undefined : 'absent'}>
              <div class="roster-who">
                <label class="roster-present">
                  <input type="checkbox" checked={person.present} onChange={(e) => state.setPresent(person.id, e.currentTarget.checked)} aria-label={t('session.isPresent', { name: shown })} />
                  <span class="roster-name">{shown}</span>
                </label>
                {person.id === facilitatorId && <span class="tag">{t('session.facilitatorTag')}</span>}
                {!person.hasDevice && <span class="tag">{t('session.noDeviceTag')}</span>}
                {!person.present && <span class="tag">{t('session.absentTag')}</span>}
                {person.hasDevice && person.id !== facilitatorId && (
                  // Named in full for a screen reader; the name is in the row already for the eye.
                  <button type="button" class="roster-hand-over" onClick={() => state.handOver(person.id)} aria-label={t('session.handOverTo', { name: shown })}>
                    {t('session.handOver')}
                  </button>
                )}
              </div>
              <span class="roster-seat">
                <button type="button" disabled={index === 0} onClick={() => state.moveSeat(person.id, index - 1)} aria-label={t('session.moveUp', { name: shown })}>
                  ↑
                </button>
                <button type="button" disabled={index === people.length - 1} onClick={() => state.moveSeat(person.id, index + 1)} aria-label={t('session.moveDown', { name: shown })}>
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <form class="inline-form" onSubmit={onAdd}>
        <label>
          <span>{t('session.someoneWithoutDevice')}</span>
          <input value={name} maxLength={60} placeholder={t('session.theirName')} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('session.addPerson')}</button>
      </form>
    </section>
  );
}
