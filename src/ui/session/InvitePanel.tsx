// Inviting the room: the join link to copy and its QR code, for everyone; and, for whoever moves
// the pages, the projector window and the room screen's own link.

import { useState } from 'preact/hooks';
import type { RoomKey } from '../../core/roomLink.ts';
import { formatJoinLink, formatRoomFragment } from '../../core/roomLink.ts';
import type { SessionState } from '../../state/sessionState.ts';
import { LocalOnlyNote } from './LocalOnlyNote.tsx';
import { QrCode } from './QrCode.tsx';
import { RoomScreenLink } from './RoomScreenLink.tsx';

/** The invite panel. */
export function InvitePanel({ room, state }: { room: RoomKey; state: SessionState }) {
  const projector = state.canControl.value;
  const link = formatJoinLink(location.origin, room);
  const [copied, setCopied] = useState(false);
  const [showQr, setShowQr] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      (document.getElementById('join-link') as HTMLInputElement | null)?.select();
    }
  };
  return (
    <section class="panel invite" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite the room</h2>
      <label class="join-link">
        <span>Join link</span>
        <input id="join-link" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div class="button-row">
        <button type="button" onClick={() => void copy()}>
          {copied ? 'Link copied' : 'Copy link'}
        </button>
        <button type="button" aria-expanded={showQr} onClick={() => setShowQr(!showQr)}>
          {showQr ? 'Hide QR code' : 'Show QR code'}
        </button>
        {projector && (
          <button type="button" onClick={() => open(`/session#${formatRoomFragment(room, 'projector')}`, 'roundtable-projector')}>
            Open the projector window
          </button>
        )}
      </div>
      {showQr && <QrCode text={link} label="QR code of the join link" />}
      {projector && <RoomScreenLink room={room} />}
      <LocalOnlyNote hostname={location.hostname} />
      <p class="quiet">The link holds the room’s key. Share it only with the people in the room.</p>
    </section>
  );
}
