// The program's saved groups: those meeting now, each with its cycle's schedule and decision,
// the calendar export, and earlier groups kept as history.

import { t } from '../../i18n/i18n.ts';
import { Words } from '../../i18n/Words.tsx';
import type { ProgramState } from '../../state/programState.ts';
import { CalendarExport } from './CalendarExport.tsx';
import { GroupSchedule } from './GroupSchedule.tsx';
import { groupName, nameList, nameOf } from './programWords.ts';

/** The groups section. */
export function SavedGroups({ state }: { state: ProgramState }) {
  const groups = state.groups.value;
  const active = state.activeGroups.value;
  const past = groups.filter((g) => g.status !== 'active');
  const names = state.peopleById.value;
  const today = state.today();

  return (
    <section id="groups" class="panel program-panel" aria-labelledby="groups-heading">
      <h2 id="groups-heading">{t('programs.groupsHeading')}</h2>
      {groups.length === 0 ? (
        <p>{t('programs.noGroups')}</p>
      ) : (
        <>
          <p class="quiet">{t('programs.cyclesIntro')}</p>
          <CalendarExport state={state} />
          {active.length === 0 && <p>{t('programs.noGroupMeeting')}</p>}
          <ul class="saved-groups" aria-label={t('programs.groupsMeetingNow')}>
            {active.map((group) => (
              <GroupSchedule key={group.id} group={group} names={names} today={today} state={state} />
            ))}
          </ul>
        </>
      )}
      {past.length > 0 && (
        <details class="past-groups">
          <summary>{t('programs.earlierGroups', { count: past.length })}</summary>
          <ul>
            {past.map((group) => (
              <li key={group.id}>
                <Words
                  id="programs.pastGroup"
                  values={{
                    name: <strong>{groupName(group.name)}</strong>,
                    status: group.status === 'stopped' ? 'stopped' : 'regrouped',
                    cycles: group.cycles.length,
                    members: nameList(group.memberIds.map((id) => nameOf(names, id))),
                  }}
                />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
