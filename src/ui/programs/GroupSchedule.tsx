// One group meeting now: its members (or a rotation's rounds), its earlier cycles, the current
// cycle's schedule, and the decision after the cycle's last meeting.

import { useState } from 'preact/hooks';
import type { Person, ProgramGroup } from '../../core/program.ts';
import { cycleStage, isDate } from '../../core/program.ts';
import type { ProgramState } from '../../state/programState.ts';
import { CycleEditor } from './CycleEditor.tsx';
import { RotationRounds } from './RotationRounds.tsx';

const STAGES = { unscheduled: 'not scheduled yet', upcoming: 'scheduled', running: 'under way', finished: 'finished' } as const;

interface GroupScheduleProps {
  group: ProgramGroup;
  names: Map<string, Person>;
  today: string;
  state: ProgramState;
}

/** A group's card in the schedule. */
export function GroupSchedule({ group, names, today, state }: GroupScheduleProps) {
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const cycle = group.cycles[group.cycles.length - 1]!;
  const stage = cycleStage(cycle, today);
  const dated = cycle.meetings.map((m) => m.date).filter(isDate);
  const headingId = `group-${group.id}`;
  const decide = async (decision: 'continue' | 'stop') => setProblem(await state.decide(group.id, decision));

  return (
    <li class="group-schedule" aria-labelledby={headingId}>
      <h3 id={headingId}>{group.name}</h3>
      {group.rotation ? (
        <>
          <p class="group-members">
            {group.memberIds.length} people in {group.rotation.length} rounds of groups: each meeting, the groups change to the next round’s.
          </p>
          <RotationRounds group={group} rotation={group.rotation} cycleNumber={cycle.number} names={names} />
        </>
      ) : (
        <p class="group-members">{group.memberIds.map((id) => names.get(id)?.name ?? 'someone no longer on the roster').join(', ')}</p>
      )}
      {group.cycles.slice(0, -1).map((past) => (
        <p key={past.number} class="quiet">
          Cycle {past.number}: {past.meetings[0]?.date || '?'} to {past.meetings[past.meetings.length - 1]?.date || '?'}, then chose to continue.
        </p>
      ))}
      <p>
        <strong>Cycle {cycle.number}</strong>: {STAGES[stage]}
        {dated.length > 0 && `, ${dated.length} of ${cycle.meetings.length} meetings dated, ${day(dated[0]!)}${dated.length > 1 ? ` to ${day(dated[dated.length - 1]!)}` : ''}`}.
      </p>
      {stage === 'finished' && cycle.decision === 'undecided' && (
        <div class="decision" role="group" aria-label={`${group.name}: after cycle ${cycle.number}`}>
          <p>The last meeting of this cycle has taken place. What did the group decide?</p>
          <div class="button-row">
            <button type="button" class="primary" onClick={() => void decide('continue')}>
              Continue with cycle {cycle.number + 1}
            </button>
            <button type="button" onClick={() => void decide('stop')}>
              Stop meeting
            </button>
          </div>
          {problem && <p class="form-error" role="alert">{problem}</p>}
        </div>
      )}
      <CycleEditor key={`${group.id}-${cycle.number}`} groupName={group.name} cycle={cycle} onSave={(meetings) => state.schedule(group.id, cycle.number, meetings)} />
    </li>
  );
}

/** A YYYY-MM-DD date as this device writes dates, such as "4 Mar 2031". */
function day(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}
