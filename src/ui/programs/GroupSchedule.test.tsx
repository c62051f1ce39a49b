import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Person, ProgramGroup } from '../../core/program.ts';
import { emptyCycle } from '../../core/program.ts';
import type { ProgramState } from '../../state/programState.ts';
import { GroupSchedule } from './GroupSchedule.tsx';

const XSS = '<img src=x onerror=alert(1)>';
const person = (id: string, name: string): Person => ({ id, programId: 'p', name, email: '', division: '', level: '', location: '', manager: '' });
const names = new Map([person('a', 'Ann'), person('b', XSS), person('c', 'Cy'), person('d', 'Dee')].map((p) => [p.id, p]));
const state = { decide: async () => undefined, schedule: async () => [] } as unknown as ProgramState;

function group(more: Partial<ProgramGroup>): ProgramGroup {
  return { id: 'g1', programId: 'p', name: 'Group 1', memberIds: ['a', 'b'], groupingId: 'x', round: 1, status: 'active', cycles: [emptyCycle(1)], createdAt: 0, ...more };
}

describe('GroupSchedule', () => {
  it('lists the members of a group that keeps them', () => {
    render(
      <ul>
        <GroupSchedule group={group({})} names={names} today="2025-01-01" state={state} />
      </ul>,
    );
    expect(screen.getByText(`Ann, ${XSS}`)).toBeTruthy();
    expect(screen.queryByText('Who meets with whom, round by round')).toBeNull();
  });

  it('shows a rotation’s rounds, each with its groups and the meetings of the cycle that take it', () => {
    const rotation = [
      [['a', 'b'], ['c', 'd']],
      [['a', 'c'], ['b', 'd']],
      [['a', 'd'], ['b', 'c']],
    ];
    const cycles = [{ ...emptyCycle(1), decision: 'continue' as const }, emptyCycle(2)];
    render(
      <ul>
        <GroupSchedule group={group({ name: 'Rotating groups', memberIds: ['a', 'b', 'c', 'd'], rotation, cycles })} names={names} today="2025-01-01" state={state} />
      </ul>,
    );
    expect(screen.getByText('4 people in 3 rounds of groups: each meeting, the groups change to the next round’s.')).toBeTruthy();
    fireEvent.click(screen.getByText('Who meets with whom, round by round'));
    const rounds = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    // Cycle 2 goes on from where cycle 1 stopped: its meetings 1 to 6 take rounds 1, 2, 3, 1, 2, 3.
    expect(rounds).toEqual(['Round 1 · meetings 1 and 4 of cycle 2', 'Round 2 · meetings 2 and 5 of cycle 2', 'Round 3 · meetings 3 and 6 of cycle 2']);
    const second = screen.getAllByRole('heading', { level: 4 })[1]!.closest('li')!;
    expect(within(second).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Group 1: Ann, Cy', `Group 2: ${XSS}, Dee`]);
    expect(document.querySelector('img')).toBeNull();
  });

  it('says which rounds of a long rotation fall outside this cycle', () => {
    const rotation = Array.from({ length: 8 }, (_, r) => [[r % 2 ? 'a' : 'b', 'c']]);
    render(
      <ul>
        <GroupSchedule group={group({ name: 'Rotating groups', memberIds: ['a', 'b', 'c'], rotation })} names={names} today="2025-01-01" state={state} />
      </ul>,
    );
    fireEvent.click(screen.getByText('Who meets with whom, round by round'));
    const rounds = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(rounds.slice(5)).toEqual(['Round 6 · meeting 6 of cycle 1', 'Round 7 · not in this cycle', 'Round 8 · not in this cycle']);
  });
});
