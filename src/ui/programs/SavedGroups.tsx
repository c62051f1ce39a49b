// The program's saved groups: those meeting now, each with its cycle's schedule and decision,
// the calendar export, and earlier groups kept as history.

import type { ProgramState } from '../../state/programState.ts';
import { CalendarExport } from './CalendarExport.tsx';
import { GroupSchedule } from './GroupSchedule.tsx';

/** The groups section. */
export function SavedGroups({ state }: { state: ProgramState }) {
  const groups = state.groups.value;
  const active = state.activeGroups.value;
  const past = groups.filter((g) => g.status !== 'active');
  const names = state.peopleById.value;
  const today = state.today();

  return (
    <section id="groups" class="panel program-panel" aria-labelledby="groups-heading">
      <h2 id="groups-heading">Groups and schedule</h2>
      {groups.length === 0 ? (
        <p>No groups yet. Form groups above, then save them to schedule their meetings.</p>
      ) : (
        <>
          <p class="quiet">
            Each group meets in cycles of six meetings. After the last meeting of a cycle, the group decides to run another cycle or to stop.
          </p>
          <CalendarExport state={state} />
          {active.length === 0 && <p>No group is meeting now.</p>}
          <ul class="saved-groups" aria-label="Groups meeting now">
            {active.map((group) => (
              <GroupSchedule key={group.id} group={group} names={names} today={today} state={state} />
            ))}
          </ul>
        </>
      )}
      {past.length > 0 && (
        <details class="past-groups">
          <summary>
            {past.length} earlier {past.length === 1 ? 'group' : 'groups'}
          </summary>
          <ul>
            {past.map((group) => (
              <li key={group.id}>
                <strong>{group.name}</strong> ({group.status === 'stopped' ? 'stopped' : 'regrouped'} after {group.cycles.length}{' '}
                {group.cycles.length === 1 ? 'cycle' : 'cycles'}): {group.memberIds.map((id) => names.get(id)?.name ?? 'someone no longer on the roster').join(', ')}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
