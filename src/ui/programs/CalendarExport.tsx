// Downloads the groups' meetings as an ICS calendar file, written in this device's language.

import { useState } from 'preact/hooks';
import type { CalendarProblem } from '../../core/programCalendar.ts';
import { t } from '../../i18n/i18n.ts';
import type { ProgramState, StateProblem } from '../../state/programState.ts';
import { downloadFile } from '../components/download.ts';
import { calendarWords, scheduleFileName } from './calendarWords.ts';
import { calendarProblemText } from './programWords.ts';

/** The calendar export button, and why it gave nothing when it did. */
export function CalendarExport({ state }: { state: ProgramState }) {
  const [outcome, setOutcome] = useState<{ problem: CalendarProblem | StateProblem } | { events: number } | undefined>(undefined);
  const download = () => {
    const result = state.exportCalendar(calendarWords());
    if (!result.ok) {
      setOutcome({ problem: result.problem });
      return;
    }
    downloadFile({ name: scheduleFileName(state.program.value!.name), type: 'text/calendar;charset=utf-8', content: result.ics });
    setOutcome({ events: result.events });
  };
  return (
    <div class="calendar-export">
      <button type="button" onClick={download}>
        {t('programs.downloadSchedule')}
      </button>
      {outcome && (
        <p class={'problem' in outcome ? 'form-error' : 'quiet'} role="status">
          {'problem' in outcome ? calendarProblemText(outcome.problem) : t('programs.calendarDownloaded', { count: outcome.events })}
        </p>
      )}
    </div>
  );
}
