// Who meets with whom in a rotation: each round's groups, and which meetings of the cycle take it.

import type { Person, ProgramGroup } from '../../core/program.ts';
import { MEETINGS_PER_CYCLE, roundOfMeeting } from '../../core/program.ts';
import { t } from '../../i18n/i18n.ts';
import { formatList } from '../../i18n/intl.ts';
import { Words } from '../../i18n/Words.tsx';
import { nameList, nameOf } from './programWords.ts';

interface RotationRoundsProps {
  group: ProgramGroup;
  rotation: string[][][];
  cycleNumber: number;
  names: Map<string, Person>;
}

/** The rounds of a rotation, folded by default: a large roster makes a long list. */
export function RotationRounds({ group, rotation, cycleNumber, names }: RotationRoundsProps) {
  const meetingsOf = (round: number) => Array.from({ length: MEETINGS_PER_CYCLE }, (_, i) => i).filter((i) => roundOfMeeting(group, cycleNumber, i) === round).map((i) => i + 1);
  return (
    <details class="rotation-rounds">
      <summary>{t('programs.whoMeetsWhom')}</summary>
      <ol class="rotation-list">
        {rotation.map((round, r) => {
          const meetings = meetingsOf(r);
          return (
            <li key={r}>
              <h4>
                {t('programs.roundNumber', { number: r + 1 })}{' '}
                <span class="quiet">
                  ·{' '}
                  {meetings.length === 0
                    ? t('programs.roundNotInCycle')
                    : t('programs.roundMeetings', { count: meetings.length, meetings: formatList(meetings.map(String)), cycle: cycleNumber })}
                </span>
              </h4>
              <ul>
                {round.map((ids, k) => (
                  <li key={k}>
                    <Words id="programs.rotationGroup" values={{ label: <strong>{t('programs.groupLabel', { number: k + 1 })}</strong>, names: nameList(ids.map((id) => nameOf(names, id))) }} />
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
