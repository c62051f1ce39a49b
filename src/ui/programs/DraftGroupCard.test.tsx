import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { Person } from '../../core/program.ts';
import { DraftGroupCard } from './DraftGroupCard.tsx';

const person = (id: string, name: string, division = ''): Person => ({ id, programId: 'p', name, email: '', division, level: '', location: '', manager: '' });
const people = new Map([person('a', '<img src=x onerror=alert(1)>', 'Sales'), person('b', 'Bo', 'IT')].map((p) => [p.id, p]));

describe('DraftGroupCard', () => {
  it('explains the group and moves a member with a select per person', () => {
    const onMove = vi.fn();
    render(
      <ul>
        <DraftGroupCard name="Group 2" members={['a', 'b']} groupIndex={1} groupCount={3} explanation={{ divisions: ['IT', 'Sales'], newPairs: 1, repeatedPairs: 0 }} people={people} folded={false} onMove={onMove} />
      </ul>,
    );
    expect(screen.getByText(/Mixes IT, Sales · 1 new pair/)).toBeTruthy();
    // Names are text, never markup.
    expect(document.querySelector('img')).toBeNull();
    const select = screen.getByRole('combobox', { name: 'Move Bo to' }) as HTMLSelectElement;
    expect(select.value).toBe('1');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Move to group 1', 'In group 2', 'Move to group 3']);
    fireEvent.change(select, { target: { value: '2' } });
    expect(onMove).toHaveBeenCalledWith('b', 2);
  });

  it('renders the members of a folded group only once opened', () => {
    render(
      <ul>
        <DraftGroupCard name="Group 1" members={['a', 'b']} groupIndex={0} groupCount={2} explanation={undefined} people={people} folded onMove={() => {}} />
      </ul>,
    );
    expect(screen.queryAllByRole('combobox')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Show members (2)' }));
    expect(screen.getAllByRole('combobox')).toHaveLength(2);
  });
});
