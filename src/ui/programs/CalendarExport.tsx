// Downloads the groups' meetings as an ICS calendar file.

import { useState } from 'preact/hooks';
import { calendarFileName } from '../../core/programCalendar.ts';
import type { ProgramState } from '../../state/programState.ts';
import { downloadFile } from '../components/download.ts';

/** The calendar export button, and why it gave nothing when it did. */
export function CalendarExport({ state }: { state: ProgramState }) {
  const [message, setMessage] = useState<{ problem: boolean; text: string } | undefined>(undefined);
  const download = () => {
    const result = state.exportCalendar();
    if (!result.ok) {
      setMessage({ problem: true, text: result.problem });
      return;
    }
    downloadFile({ name: calendarFileName(state.program.value!.name), type: 'text/calendar;charset=utf-8', content: result.ics });
    setMessage({ problem: false, text: `Calendar file with ${result.events} ${result.events === 1 ? 'meeting' : 'meetings'} downloaded.` });
  };
  return (
    <div class="calendar-export">
      <button type="button" onClick={download}>
        Download the schedule (.ics)
      </button>
      {message && (
        <p class={message.problem ? 'form-error' : 'quiet'} role="status">
          {message.text}
        </p>
      )}
    </div>
  );
}
