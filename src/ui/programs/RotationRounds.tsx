// Who meets with whom in a rotation: each round's groups, and which meetings of the cycle take it.

import type { Person, ProgramGroup } from '../../core/program.ts';
import { MEETINGS_PER_CYCLE, roundOfMeeting } from '../../core/program.ts';

interface RotationRoundsProps {
  group: ProgramGroup;
  rotation: string[][][];
  cycleNumber: number;
  names: Map<string, Person>;
}

/** The rounds of a rotation, folded by default: a large roster makes a long list. */
export function RotationRounds({ group, rotation, cycleNumber, names }: RotationRoundsProps) {
  const meetingsOf = (round: number) => Array.from({ length: MEETINGS_PER_CYCLE }, (_, i) => i).filter((i) => roundOfMeeting(group, cycleNumber, i) === round).map((i) => i + 1);
  const name = (id: string) => names.get(id)?.name ?? 'someone no longer on the roster';
  return (
    <details class="rotation-rounds">
      <summary>Who meets with whom, round by round</summary>
      <ol class="rotation-list">
        {rotation.map((round, r) => {
          const meetings = meetingsOf(r);
          return (
            <li key={r}>
              <h4>
                Round {r + 1}{' '}
                <span class="quiet">
                  · {meetings.length === 0 ? 'not in this cycle' : `${meetings.length === 1 ? 'meeting' : 'meetings'} ${listed(meetings)} of cycle ${cycleNumber}`}
                </span>
              </h4>
              <ul>
                {round.map((ids, k) => (
                  <li key={k}>
                    <strong>Group {k + 1}:</strong> {ids.map(name).join(', ')}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </details>
  );
}

/** 1, 2 and 3 */
function listed(numbers: number[]): string {
  return numbers.length < 2 ? numbers.join('') : `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}
