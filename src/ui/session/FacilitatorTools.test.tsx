import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { testModule } from '../../../test/helpers/testModule.ts';
import { createSessionState } from '../../state/sessionState.ts';
import type { SessionConnection } from '../../sync/sessionConnection.ts';
import { AgendaClock } from './AgendaClock.tsx';
import { FacilitatorTools } from './FacilitatorTools.tsx';

/** A facilitator's session state over a document of its own, and a second device reading the same document. */
function facilitatorAndPeer() {
  const doc = new Y.Doc();
  const peerDoc = new Y.Doc();
  doc.on('update', (update: Uint8Array) => Y.applyUpdate(peerDoc, update));
  const connectionOf = (d: Y.Doc): SessionConnection => ({
    doc: d,
    status: () => ({ devices: 1, windows: 0, signaling: 'off', wrongSecret: false }),
    onStatus: () => () => undefined,
    webrtcConnections: () => 0,
    destroy: async () => undefined,
  });
  let ids = 0;
  const deps = { role: 'participant' as const, now: () => 1000, newId: () => `id-${ids++}`, defer: (fn: () => void) => fn() };
  const fay = createSessionState({ ...deps, connection: connectionOf(doc), deviceId: 'fay' });
  fay.seed(testModule(4, { minutes: 75 }), 'Fay');
  const ana = createSessionState({ ...deps, connection: connectionOf(peerDoc), deviceId: 'ana' });
  return { fay, ana };
}

describe('the meeting length', () => {
  it('starts as the module suggests, is changed by the facilitator, and every device plans the new length', () => {
    const { fay, ana } = facilitatorAndPeer();
    render(
      <>
        <FacilitatorTools state={fay} />
        <AgendaClock state={ana} />
      </>,
    );
    const select = screen.getByLabelText('Meeting length') as HTMLSelectElement;
    expect(select.value).toBe('75');
    expect(screen.getByLabelText('Meeting time').textContent).toBe('Clock not started · 75 minutes planned');

    fireEvent.change(select, { target: { value: '60' } });
    expect(ana.plan.value?.totalMinutes).toBe(60);
    // The pages share what the check-in-free meeting leaves: 60 less the closing round (8) and the close (2).
    expect(ana.plan.value?.pageMinutes.reduce((sum, m) => sum + m, 0)).toBe(50);
    expect(screen.getByLabelText('Meeting time').textContent).toBe('Clock not started · 60 minutes planned');
    expect((screen.getByLabelText('Meeting length') as HTMLSelectElement).value).toBe('60');
  });

  it('offers a length set elsewhere that is not one of its own choices', () => {
    const { fay } = facilitatorAndPeer();
    expect(fay.setMeetingLength(80)).toBe(true);
    render(<FacilitatorTools state={fay} />);
    const select = screen.getByLabelText('Meeting length') as HTMLSelectElement;
    expect(select.value).toBe('80');
    expect([...select.options].map((o) => o.value)).toEqual(['45', '60', '75', '80', '90', '105', '120', '150', '180']);
  });
});
