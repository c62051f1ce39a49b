// One group meeting now: its members (or a rotation's rounds), its earlier cycles, the current
// cycle's schedule, and the decision after the cycle's last meeting.

import { useState } from 'preact/hooks';
import type { DecisionProblem, Person, ProgramGroup } from '../../core/program.ts';
import { cycleStage, isDate } from '../../core/program.ts';
import { t } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/intl.ts';
import { Words } from '../../i18n/Words.tsx';
import type { ProgramState, StateProblem } from '../../state/programState.ts';
import { CycleEditor } from './CycleEditor.tsx';
import { decisionProblemText, groupName, nameList, nameOf } from './programWords.ts';
import { RotationRounds } from './RotationRounds.tsx';

interface GroupScheduleProps {
  group: ProgramGroup;
  names: Map<string, Person>;
  today: string;
  state: ProgramState;
}

/** A group's card in the schedule. */
export function GroupSchedule({ group, names, today, state }: GroupScheduleProps) {
  const [problem, setProblem] = useState<DecisionProblem | StateProblem | undefined>(undefined);
  const cycle = group.cycles[group.cycles.length - 1]!;
  const stage = cycleStage(cycle, today);
  const dated = cycle.meetings.map((m) => m.date).filter(isDate);
  const headingId = `group-${group.id}`;
  const name = groupName(group.name);
  const decide = async (decision: 'continue' | 'stop') => setProblem(await state.decide(group.id, decision));
  const cycleLabel = <strong>{t('programs.cycleLabel', { number: cycle.number })}</strong>;

  return (
    <li class="group-schedule" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      {group.rotation ? (
        <>
          <p class="group-members">{t('programs.rotationMembers', { people: group.memberIds.length, rounds: group.rotation.length })}</p>
          <RotationRounds group={group} rotation={group.rotation} cycleNumber={cycle.number} names={names} />
        </>
      ) : (
        <p class="group-members">{nameList(group.memberIds.map((id) => nameOf(names, id)))}</p>
      )}
      {group.cycles.slice(0, -1).map((past) => (
        <p key={past.number} class="quiet">
          {t('programs.pastCycle', { number: past.number, from: day(past.meetings[0]?.date), to: day(past.meetings[past.meetings.length - 1]?.date) })}
        </p>
      ))}
      <p>
        {dated.length === 0 ? (
          <Words id="programs.cycleStatus" values={{ cycle: cycleLabel, stage }} />
        ) : dated.length === 1 ? (
          <Words id="programs.cycleStatusDated" values={{ cycle: cycleLabel, stage, dated: 1, total: cycle.meetings.length, from: day(dated[0]) }} />
        ) : (
          <Words
            id="programs.cycleStatusDatedRange"
            values={{ cycle: cycleLabel, stage, dated: dated.length, total: cycle.meetings.length, from: day(dated[0]), to: day(dated[dated.length - 1]) }}
          />
        )}
      </p>
      {stage === 'finished' && cycle.decision === 'undecided' && (
        <div class="decision" role="group" aria-label={t('programs.decisionLabel', { group: name, number: cycle.number })}>
          <p>{t('programs.decisionQuestion')}</p>
          <div class="button-row">
            <button type="button" class="primary" onClick={() => void decide('continue')}>
              {t('programs.continueCycle', { number: cycle.number + 1 })}
            </button>
            <button type="button" onClick={() => void decide('stop')}>
              {t('programs.stopMeeting')}
            </button>
          </div>
          {problem && (
            <p class="form-error" role="alert">
              {decisionProblemText(problem)}
            </p>
          )}
        </div>
      )}
      <CycleEditor key={`${group.id}-${cycle.number}`} groupName={group.name} cycle={cycle} onSave={(meetings) => state.schedule(group.id, cycle.number, meetings)} />
    </li>
  );
}

/** A YYYY-MM-DD date in the interface's language, such as "4 Mar 2031"; "?" for none. */
function day(date: string | undefined): string {
  if (!date || !isDate(date)) return t('programs.unknownDate');
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return formatDate(new Date(y, m - 1, d), { day: 'numeric', month: 'short', year: 'numeric' });
}
