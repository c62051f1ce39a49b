// A cycle's six meetings: date, time and place each, filled in by hand or from the first meeting
// every few weeks, and saved together.

import { useState } from 'preact/hooks';
import type { Cycle, Meeting } from '../../core/program.ts';
import { isDate, suggestMeetings } from '../../core/program.ts';

interface CycleEditorProps {
  groupName: string;
  cycle: Cycle;
  /** Stores the meetings; gives back the problems, one per line, or none when it worked. */
  onSave: (meetings: Meeting[]) => Promise<string[]>;
}

/** The schedule form of one cycle. */
export function CycleEditor({ groupName, cycle, onSave }: CycleEditorProps) {
  const [meetings, setMeetings] = useState<Meeting[]>(cycle.meetings);
  const [weeks, setWeeks] = useState(4);
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);

  const set = (i: number, field: keyof Meeting, value: string) => {
    setSaved(false);
    setMeetings(meetings.map((m, j) => (j === i ? { ...m, [field]: value } : m)));
  };
  const fill = () => {
    setSaved(false);
    if (!isDate(meetings[0]!.date)) {
      setProblems(['Set the first meeting’s date first.']);
      return;
    }
    setMeetings(suggestMeetings(meetings[0]!, weeks));
    setProblems([]);
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const found = await onSave(meetings);
    setProblems(found);
    setSaved(found.length === 0);
  };

  return (
    <details class="cycle-editor">
      <summary>Schedule cycle {cycle.number}</summary>
      <form onSubmit={submit} aria-label={`Schedule of ${groupName}, cycle ${cycle.number}`}>
        <table class="meetings">
          <thead>
            <tr>
              <th scope="col">Meeting</th>
              <th scope="col">Date</th>
              <th scope="col">Time</th>
              <th scope="col">Place</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((meeting, i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                <td>
                  <input type="date" value={meeting.date} aria-label={`Meeting ${i + 1} date`} onInput={(e) => set(i, 'date', e.currentTarget.value)} />
                </td>
                <td>
                  <input type="time" value={meeting.time} aria-label={`Meeting ${i + 1} time`} onInput={(e) => set(i, 'time', e.currentTarget.value)} />
                </td>
                <td>
                  <input value={meeting.place} aria-label={`Meeting ${i + 1} place`} onInput={(e) => set(i, 'place', e.currentTarget.value)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div class="inline-form fill-row">
          <label>
            <span>Repeat every</span>
            <select value={weeks} onChange={(e) => setWeeks(Number(e.currentTarget.value))}>
              {[1, 2, 3, 4, 5, 6, 8].map((n) => (
                <option key={n} value={n}>
                  {n} {n === 1 ? 'week' : 'weeks'}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={fill}>
            Fill meetings 2–6 from meeting 1
          </button>
          <button type="submit" class="primary">
            Save schedule
          </button>
        </div>
        {problems.length > 0 && (
          <ul class="form-error" role="alert">
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        )}
        {saved && <p role="status">Schedule saved.</p>}
      </form>
    </details>
  );
}
