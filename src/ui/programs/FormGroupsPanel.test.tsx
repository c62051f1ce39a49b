import { signal } from '@preact/signals';
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { Person } from '../../core/program.ts';
import type { Formation, ProgramState } from '../../state/programState.ts';
import { FormGroupsPanel } from './FormGroupsPanel.tsx';

const person = (id: string): Person => ({ id, programId: 'p', name: id, email: '', division: '', level: '', location: '', manager: '' });

/** The parts of a program's state the panel reads, with `form` recorded. */
function fakeState() {
  const form = vi.fn(async () => {});
  const state = {
    formation: signal<Formation>({ stage: 'idle' }),
    people: signal(['a', 'b', 'c', 'd', 'e'].map(person)),
    groups: signal([]),
    bundle: signal(undefined),
    inputFor: () => undefined,
    form,
    cancel: () => {},
  };
  return { state: state as unknown as ProgramState, form, formation: state.formation };
}

describe('FormGroupsPanel', () => {
  it('asks for balanced levels and locations only when their boxes are ticked', () => {
    const { state, form } = fakeState();
    render(<FormGroupsPanel state={state} />);
    const levels = screen.getByRole('checkbox', { name: 'Balance levels' }) as HTMLInputElement;
    const locations = screen.getByRole('checkbox', { name: 'Balance locations' }) as HTMLInputElement;
    expect(screen.getByRole('group', { name: 'Also mix within each group' })).toBeTruthy();
    expect([levels.checked, locations.checked]).toEqual([false, false]);

    fireEvent.click(screen.getByRole('button', { name: 'Form groups' }));
    expect(form).toHaveBeenLastCalledWith(expect.objectContaining({ balanceLevels: false, balanceLocations: false }));

    fireEvent.click(levels);
    fireEvent.click(screen.getByRole('button', { name: 'Form groups' }));
    expect(form).toHaveBeenLastCalledWith({ minSize: 5, maxSize: 8, rounds: 1, seed: 1, seconds: 2, balanceLevels: true, balanceLocations: false });

    fireEvent.click(locations);
    fireEvent.click(levels);
    fireEvent.click(screen.getByRole('button', { name: 'Form groups' }));
    expect(form).toHaveBeenLastCalledWith(expect.objectContaining({ balanceLevels: false, balanceLocations: true }));
  });

  it('locks the boxes while the engine runs', () => {
    const { state, formation } = fakeState();
    formation.value = { stage: 'running', fraction: 0.4 };
    render(<FormGroupsPanel state={state} />);
    expect((screen.getByRole('checkbox', { name: 'Balance levels' }) as HTMLInputElement).disabled).toBe(true);
  });
});
