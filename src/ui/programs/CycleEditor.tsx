// A cycle's six meetings: date, time and place each, filled in by hand or from the first meeting
// every few weeks, and saved together.

import { useState } from 'preact/hooks';
import type { Cycle, Meeting, ScheduleProblem } from '../../core/program.ts';
import { isDate, suggestMeetings } from '../../core/program.ts';
import { t } from '../../i18n/i18n.ts';
import type { StateProblem } from '../../state/programState.ts';
import { groupName as shownGroupName, scheduleProblemText } from './programWords.ts';

/** A problem with the schedule: the store's, or the first meeting's date missing when filling from it. */
type Problem = ScheduleProblem | StateProblem | 'firstDateMissing';

interface CycleEditorProps {
  /** The group's stored name. */
  groupName: string;
  cycle: Cycle;
  /** Stores the meetings; gives back the problems, or none when it worked. */
  onSave: (meetings: Meeting[]) => Promise<Array<ScheduleProblem | StateProblem>>;
}

/** The schedule form of one cycle. */
export function CycleEditor({ groupName, cycle, onSave }: CycleEditorProps) {
  const [meetings, setMeetings] = useState<Meeting[]>(cycle.meetings);
  const [weeks, setWeeks] = useState(4);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState(false);

  const set = (i: number, field: keyof Meeting, value: string) => {
    setSaved(false);
    setMeetings(meetings.map((m, j) => (j === i ? { ...m, [field]: value } : m)));
  };
  const fill = () => {
    setSaved(false);
    if (!isDate(meetings[0]!.date)) {
      setProblems(['firstDateMissing']);
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
      <summary>{t('programs.scheduleCycle', { number: cycle.number })}</summary>
      <form onSubmit={submit} aria-label={t('programs.scheduleOf', { group: shownGroupName(groupName), number: cycle.number })}>
        <table class="meetings">
          <thead>
            <tr>
              <th scope="col">{t('programs.meetingHeader')}</th>
              <th scope="col">{t('programs.dateHeader')}</th>
              <th scope="col">{t('programs.timeHeader')}</th>
              <th scope="col">{t('programs.placeHeader')}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((meeting, i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                <td>
                  <input type="date" value={meeting.date} aria-label={t('programs.meetingDate', { number: i + 1 })} onInput={(e) => set(i, 'date', e.currentTarget.value)} />
                </td>
                <td>
                  <input type="time" value={meeting.time} aria-label={t('programs.meetingTime', { number: i + 1 })} onInput={(e) => set(i, 'time', e.currentTarget.value)} />
                </td>
                <td>
                  <input value={meeting.place} aria-label={t('programs.meetingPlace', { number: i + 1 })} onInput={(e) => set(i, 'place', e.currentTarget.value)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div class="inline-form fill-row">
          <label>
            <span>{t('programs.repeatEvery')}</span>
            <select value={weeks} onChange={(e) => setWeeks(Number(e.currentTarget.value))}>
              {[1, 2, 3, 4, 5, 6, 8].map((n) => (
                <option key={n} value={n}>
                  {t('programs.weeks', { count: n })}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={fill}>
            {t('programs.fillFromFirst')}
          </button>
          <button type="submit" class="primary">
            {t('programs.saveSchedule')}
          </button>
        </div>
        {problems.length > 0 && (
          <ul class="form-error" role="alert">
            {problems.map((p, i) => (
              <li key={i}>{p === 'firstDateMissing' ? t('programs.firstDateFirst') : scheduleProblemText(p)}</li>
            ))}
          </ul>
        )}
        {saved && <p role="status">{t('programs.scheduleSaved')}</p>}
      </form>
    </details>
  );
}
