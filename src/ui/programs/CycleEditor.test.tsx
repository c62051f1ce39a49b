import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { Meeting, ScheduleProblem } from '../../core/program.ts';
import { emptyCycle } from '../../core/program.ts';
import { CycleEditor } from './CycleEditor.tsx';

describe('CycleEditor', () => {
  it('fills meetings 2–6 from the first, every chosen number of weeks, and saves all six', async () => {
    const onSave = vi.fn<(meetings: Meeting[]) => Promise<ScheduleProblem[]>>(async () => []);
    render(<CycleEditor groupName="Group 1" cycle={emptyCycle(1)} onSave={onSave} />);
    fireEvent.input(screen.getByLabelText('Meeting 1 date'), { target: { value: '2025-03-03' } });
    fireEvent.input(screen.getByLabelText('Meeting 1 time'), { target: { value: '14:00' } });
    fireEvent.input(screen.getByLabelText('Meeting 1 place'), { target: { value: 'Room <b>4</b>' } });
    fireEvent.change(screen.getByLabelText('Repeat every'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Fill meetings 2–6 from meeting 1' }));
    expect((screen.getByLabelText('Meeting 6 date') as HTMLInputElement).value).toBe('2025-05-12');
    expect((screen.getByLabelText('Meeting 4 place') as HTMLInputElement).value).toBe('Room <b>4</b>');
    fireEvent.click(screen.getByRole('button', { name: 'Save schedule' }));
    await screen.findByText('Schedule saved.');
    const saved = onSave.mock.calls[0]![0];
    expect(saved.map((m) => m.date)).toEqual(['2025-03-03', '2025-03-17', '2025-03-31', '2025-04-14', '2025-04-28', '2025-05-12']);
    expect(saved.every((m) => m.time === '14:00')).toBe(true);
  });

  it('asks for the first date before filling, and words the problems saving gives', async () => {
    const onSave = vi.fn(async (): Promise<ScheduleProblem[]> => [{ code: 'meetingBeforeEarlier', meeting: 2, earlier: 1 }]);
    render(<CycleEditor groupName="Group 1" cycle={emptyCycle(1)} onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: 'Fill meetings 2–6 from meeting 1' }));
    expect(screen.getByRole('alert').textContent).toMatch(/first meeting’s date/);
    fireEvent.click(screen.getByRole('button', { name: 'Save schedule' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Meeting 2 is before meeting 1.'));
    expect(screen.queryByText('Schedule saved.')).toBeNull();
  });
});
