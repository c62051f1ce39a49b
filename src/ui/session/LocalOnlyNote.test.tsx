import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { isLocalOnlyHost, LocalOnlyNote } from './LocalOnlyNote.tsx';

describe('LocalOnlyNote', () => {
  it('knows the names of this computer alone', () => {
    for (const host of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]']) expect(isLocalOnlyHost(host), host).toBe(true);
    for (const host of ['192.168.1.20', 'meeting-laptop.local', 'roundtable.example.org', '10.127.0.1']) expect(isLocalOnlyHost(host), host).toBe(false);
  });

  it('warns under a localhost link, and says nothing under one others can open', () => {
    const { unmount } = render(<LocalOnlyNote hostname="localhost" />);
    expect(screen.getByText(/This link opens on this laptop only/)).toBeTruthy();
    unmount();
    render(<LocalOnlyNote hostname="192.168.1.20" />);
    expect(screen.queryByText(/This link opens on this laptop only/)).toBeNull();
  });
});
