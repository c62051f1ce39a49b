import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { StoredProblems } from './StoredProblems.tsx';

describe('StoredProblems', () => {
  it('says nothing when every record could be read', () => {
    const { container } = render(<StoredProblems problems={[]} />);
    expect(container.textContent).toBe('');
  });

  it('names modules as modules, and any other kind of record by its kind', () => {
    render(<StoredProblems problems={[{ id: 'm1', problem: 'title is not text' }]} />);
    expect(screen.getByRole('status', { name: '1 stored module could not be read' }).textContent).toContain('the rest of the library works as usual');
  });

  it('counts every record, lists the first ten with their kind, and counts the rest', () => {
    const problems = Array.from({ length: 12 }, (_, i) => ({ kind: 'Person', id: `p${i + 1}`, problem: 'name: expected text' }));
    render(<StoredProblems problems={problems} rest="of the program" />);
    const note = screen.getByRole('status', { name: '12 stored records could not be read' });
    expect(note.textContent).toContain('the rest of the program works as usual');
    expect(note.textContent).toContain('Person p10: name: expected text');
    expect(note.textContent).not.toContain('p11');
    expect(note.textContent).toContain('…and 2 more.');
  });
});
