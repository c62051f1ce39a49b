// The link that opens a session on the room's own screen (a second device at the projector),
// which shows the session and moves nothing: to copy, or to scan from that device.

import { useState } from 'preact/hooks';
import type { RoomKey } from '../../core/roomLink.ts';
import { formatJoinLink } from '../../core/roomLink.ts';
import { QrCode } from './QrCode.tsx';

/** The room screen's link, its copy button and its QR code. */
export function RoomScreenLink({ room }: { room: RoomKey }) {
  const link = formatJoinLink(location.origin, room, 'projector');
  const [copied, setCopied] = useState(false);
  const [showQr, setShowQr] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      (document.getElementById('room-screen-link') as HTMLInputElement | null)?.select();
    }
  };
  return (
    <div class="room-screen-link">
      <h3>Open on the room’s screen</h3>
      <p class="quiet">If the projector or screen in the room has its own computer, open this link there. It shows the page, the reader and the time in large type, and changes nothing.</p>
      <label class="join-link">
        <span>Room screen link</span>
        <input id="room-screen-link" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div class="button-row">
        <button type="button" onClick={() => void copy()}>
          {copied ? 'Room screen link copied' : 'Copy room screen link'}
        </button>
        <button type="button" aria-expanded={showQr} onClick={() => setShowQr(!showQr)}>
          {showQr ? 'Hide its QR code' : 'Show its QR code'}
        </button>
      </div>
      {showQr && <QrCode text={link} label="QR code of the room screen link" />}
    </div>
  );
}
