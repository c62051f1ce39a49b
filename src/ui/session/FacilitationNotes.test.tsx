import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { testModule } from '../../../test/helpers/testModule.ts';
import { createSessionState } from '../../state/sessionState.ts';
import type { SessionConnection } from '../../sync/sessionConnection.ts';
import { FacilitationNotes } from './FacilitationNotes.tsx';

/** Fay facilitates and Ana joins, over two documents; Ana's room holds nobody, and time moves only when told. */
function fayGoneFromAnasRoom() {
  const docs = [new Y.Doc(), new Y.Doc()] as const;
  docs[0].on('update', (u: Uint8Array, o: unknown) => o !== 'remote' && Y.applyUpdate(docs[1], u, 'remote'));
  docs[1].on('update', (u: Uint8Array, o: unknown) => o !== 'remote' && Y.applyUpdate(docs[0], u, 'remote'));
  const fired: Array<() => void> = [];
  const connectionOf = (doc: Y.Doc, present: string[]): SessionConnection => ({
    doc,
    status: () => ({ devices: present.length, windows: 0, signaling: 'connected', wrongSecret: false }),
    onStatus: () => () => undefined,
    webrtcConnections: () => 0,
    presentDevices: () => new Set(present),
    destroy: async () => undefined,
  });
  const deps = { role: 'participant' as const, now: () => 1000, newId: () => 'id', timers: { setTimeout: (fn: () => void) => fired.push(fn), clearTimeout: () => undefined }, takeoverAfterMs: 50 };
  const fay = createSessionState({ ...deps, connection: connectionOf(docs[0], ['ana']), deviceId: 'fay' });
  fay.seed(testModule(4), 'Fay');
  const ana = createSessionState({ ...deps, connection: connectionOf(docs[1], []), deviceId: 'ana' });
  ana.join('Ana');
  return { fay, ana, wait: () => fired.splice(0).forEach((fn) => fn()) };
}

describe('the facilitation notes', () => {
  it('offer the take-over once the wait is over, and tell the old facilitator who facilitates now', () => {
    const { fay, ana, wait } = fayGoneFromAnasRoom();
    const { rerender } = render(<FacilitationNotes state={ana} />);
    expect(screen.queryByRole('button', { name: 'Take over facilitation' })).toBeNull();
    wait();
    rerender(<FacilitationNotes state={ana} />);
    expect(screen.getByRole('status', { name: 'The facilitator’s device has left the room' }).textContent).toContain('Fay’s device has not been in the room');
    fireEvent.click(screen.getByRole('button', { name: 'Take over facilitation' }));
    expect(screen.queryByRole('button', { name: 'Take over facilitation' })).toBeNull();
    expect(ana.isFacilitator.value).toBe(true);

    rerender(<FacilitationNotes state={fay} />);
    const told = screen.getByRole('status', { name: 'Ana facilitates now' });
    expect(told.textContent).toContain('While your device was away, Ana took over facilitation');
    fireEvent.click(screen.getByRole('button', { name: 'Close this note' }));
    expect(screen.queryByRole('status', { name: 'Ana facilitates now' })).toBeNull();
  });
});
