import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Module } from '../../core/module.ts';
import type { SessionGroup } from '../../core/session.ts';
import { createSessionState } from '../../state/sessionState.ts';
import type { SessionConnection } from '../../sync/sessionConnection.ts';
import { AgendaSteps } from './AgendaSteps.tsx';

const module: Module = {
  id: 'agenda-test', title: 'Agenda', mindset: 'action', summary: 'S', author: 'A', minutes: 45, version: 1, tags: [], pageCount: 2, source: 'user', format: 1, intro: [],
  pages: [0, 1].map((i) => ({ title: `P${i}`, minutes: 5, blocks: [], prompt: { kind: 'question' as const, text: `Q${i}?` } })),
};

/** A facilitator's session state over a document of its own, started on the pages. */
function facilitator(group: SessionGroup | null) {
  const doc = new Y.Doc();
  const connection: SessionConnection = {
    doc,
    status: () => ({ devices: 0, windows: 0, signaling: 'off', wrongSecret: false }),
    onStatus: () => () => undefined,
    webrtcConnections: () => 0,
    destroy: async () => undefined,
  };
  let ids = 0;
  const state = createSessionState({ connection, deviceId: 'fay', role: 'participant', now: () => 1000, newId: () => `id-${ids++}`, defer: (fn) => fn() });
  state.seed(module, 'Fay', { group, phase: 'pages' });
  return state;
}

const current = () => screen.getByRole('list', { name: 'Agenda' }).querySelector('[aria-current="step"]')?.textContent;

describe('the agenda steps', () => {
  it('take a group that started on the pages to its check-in, and back', () => {
    const state = facilitator({ id: 'g-blue', name: 'Blue group' });
    render(<AgendaSteps state={state} controls />);
    expect(current()).toBe('The pages');
    fireEvent.click(screen.getByRole('button', { name: 'Go to the check-in' }));
    expect(state.phase.value).toBe('checkin');
    expect(current()).toBe('Check-in');
    fireEvent.click(screen.getByRole('button', { name: 'Begin the pages' }));
    expect(state.phase.value).toBe('pages');
  });

  it('offer no check-in to a one-off session, which has no group to look back on', () => {
    const state = facilitator(null);
    render(<AgendaSteps state={state} controls />);
    expect(screen.queryByRole('button', { name: 'Go to the check-in' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Go to the closing round' })).toBeTruthy();
  });
});
