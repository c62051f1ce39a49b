import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { testModule } from '../../../test/helpers/testModule.ts';
import { activate, loadPart } from '../../i18n/i18n.ts';
import { createSessionState } from '../../state/sessionState.ts';
import type { SessionConnection } from '../../sync/sessionConnection.ts';
import { describeConnection } from './ConnectionBadge.tsx';
import { ReaderLine } from './ReaderLine.tsx';
import { Roster } from './Roster.tsx';
import { nameOf, problemText, refusalText } from './sessionWords.ts';

const connectionOf = (doc: Y.Doc): SessionConnection => ({
  doc,
  status: () => ({ devices: 0, windows: 0, signaling: 'off', wrongSecret: false }),
  onStatus: () => () => undefined,
  webrtcConnections: () => 0,
  destroy: async () => undefined,
});

/** A session whose creator gave no name, seen from their device and from Ana's. */
function namelessCreator() {
  const docs = [new Y.Doc(), new Y.Doc()] as const;
  docs[0].on('update', (u: Uint8Array, o: unknown) => o !== 'remote' && Y.applyUpdate(docs[1], u, 'remote'));
  docs[1].on('update', (u: Uint8Array, o: unknown) => o !== 'remote' && Y.applyUpdate(docs[0], u, 'remote'));
  let ids = 0;
  const deps = { role: 'participant' as const, now: () => 1000, newId: () => `id-${ids++}` };
  const creator = createSessionState({ ...deps, connection: connectionOf(docs[0]), deviceId: 'fay' });
  creator.seed(testModule(4), '');
  const ana = createSessionState({ ...deps, connection: connectionOf(docs[1]), deviceId: 'ana' });
  ana.join('Ana');
  return { creator, ana };
}

describe('the session’s words', () => {
  afterEach(async () => {
    await activate('en');
  });

  it('word a refusal’s code with its figures', () => {
    expect(refusalText({ reason: 'onlyFacilitatorMovesPages' })).toBe('Only the facilitator can move the pages now.');
    expect(refusalText({ reason: 'noSuchPage', page: 11, pageCount: 10 })).toBe('There is no page 11: the module has 10.');
    expect(refusalText({ reason: 'meetingLengthOutOfRange', min: 10, max: 240 })).toBe('A meeting lasts from 10 to 240 minutes, in whole minutes.');
    expect(refusalText({ reason: 'facilitatorStillHere' })).toBe('The facilitator is still in the room, or only just left it.');
  });

  it('word why a session cannot be shown', () => {
    expect(problemText({ code: 'noShape' })).toBe('The session has no valid shape version. This device changes nothing in it.');
    expect(problemText({ code: 'unreadableModule', problem: { field: 'pages', problem: { code: 'emptyList' } } })).toBe(
      'The session’s module cannot be read (pages: expected at least one item). This device changes nothing in it.',
    );
  });

  it('name a nameless creator as the facilitator, anyone else nameless as someone, and keep a stored name as it is', () => {
    const { ana } = namelessCreator();
    expect(nameOf(ana, { id: 'fay', name: '' })).toBe('Facilitator');
    expect(nameOf(ana, { id: 'eve', name: '' })).toBe('Someone');
    expect(nameOf(ana, { id: 'ana', name: 'Ana' })).toBe('Ana');
    // A document from before: the word the app stored then is simply a name.
    expect(nameOf(ana, { id: 'fay', name: 'Facilitator' })).toBe('Facilitator');
  });

  it('show a nameless creator in this device’s language, on the reader line and the roster', async () => {
    const { creator, ana } = namelessCreator();
    render(<ReaderLine state={ana} />);
    expect(screen.getByRole('status', { name: 'Reader' }).textContent).toContain('Read by Facilitator');
    render(<Roster state={creator} />);
    expect(screen.getByRole('checkbox', { name: 'Facilitator is present' })).toBeTruthy();

    await activate('fr');
    await loadPart('fr', 'later');
    expect(screen.getByRole('status', { name: 'Lecture' }).textContent).toContain('Animation lit la page');
    expect(screen.getByRole('button', { name: 'Passer l’animation à Ana' })).toBeTruthy();
  });

  it('count devices and windows in French and Japanese', async () => {
    const status = { devices: 2, windows: 1, signaling: 'lost' as const, wrongSecret: false };
    await activate('fr');
    await loadPart('fr', 'later');
    expect(describeConnection(status)).toBe('2 autres appareils connectés · 1 fenêtre sur cet appareil · reconnexion pour en trouver d’autres');
    await activate('ja');
    await loadPart('ja', 'later');
    expect(describeConnection(status)).toBe('ほかの端末2台と接続中 · この端末のウィンドウ1個 · ほかの端末を探すため再接続中');
    expect(refusalText({ reason: 'noSuchPage', page: 11, pageCount: 10 })).toBe('11ページはありません。このモジュールは10ページです。');
  });
});
