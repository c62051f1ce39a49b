// The projected screen: the question in large type, who reads, where the group is, and the
// join QR code. It is a screen, not a participant: it controls nothing.

import { useEffect, useState } from 'preact/hooks';
import type { RoomKey } from '../../core/roomLink.ts';
import { formatJoinLink } from '../../core/roomLink.ts';
import type { SessionState } from '../../state/sessionState.ts';
import { TextBlocks } from '../components/TextBlocks.tsx';
import { ConnectionBadge } from './ConnectionBadge.tsx';
import { QrCode } from './QrCode.tsx';

/** The projector view. */
export function ProjectorView({ state, room }: { state: SessionState; room: RoomKey }) {
  const session = state.session.value;
  const content = state.content.value;
  const [showQr, setShowQr] = useState(true);
  // The projected screen shows the session alone, without the app's own header.
  useEffect(() => {
    document.body.classList.add('projector-mode');
    return () => document.body.classList.remove('projector-mode');
  }, []);
  if (!session || !content) return null;
  const page = content.pages[session.page];
  if (!page) return null;
  return (
    <div class={`projector mindset-edge-${session.module.mindset}`}>
      <header class="projector-header">
        <p class={`projector-module mindset-text-${session.module.mindset}`}>{session.module.title}</p>
        <div class="reader-line" role="status" aria-label="Reader">
          <p>{state.reader.value ? `Read by ${state.reader.value.name}` : 'Nobody is marked present to read'}</p>
          {state.nextReader.value && <p class="projector-next">Next: {state.nextReader.value.name}</p>}
        </div>
        <p class="page-position">
          Page {session.page + 1} of {content.pages.length}
        </p>
      </header>
      <h1 class="projector-question">{page.prompt.text}</h1>
      <div class="projector-text">
        <p class="projector-page-title">{page.title}</p>
        <TextBlocks blocks={page.blocks} />
      </div>
      <footer class="projector-footer">
        {session.phase === 'ended' && <p class="ended">The session has ended. Thank you.</p>}
        <ConnectionBadge status={state.status.value} />
        <button type="button" onClick={() => setShowQr(!showQr)} aria-expanded={showQr}>
          {showQr ? 'Hide QR code' : 'Show QR code'}
        </button>
      </footer>
      {showQr && (
        <div class="projector-qr">
          <QrCode text={formatJoinLink(location.origin, room)} label="QR code to join the session" size={150} />
          <p>Scan to join</p>
        </div>
      )}
    </div>
  );
}
