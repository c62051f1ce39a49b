// The link that opens a session on the room's own screen (a second device at the projector),
// which shows the session and moves nothing: to copy, or to scan from that device.

import type { RoomKey } from '../../core/roomLink.ts';
import { formatJoinLink } from '../../core/roomLink.ts';
import { SharedLink } from './SharedLink.tsx';

const ROOM_SCREEN_WORDS = {
  field: 'Room screen link',
  copy: 'Copy room screen link',
  copied: 'Room screen link copied',
  showQr: 'Show its QR code',
  hideQr: 'Hide its QR code',
  qr: 'QR code of the room screen link',
};

/** The room screen's link, its copy button and its QR code. */
export function RoomScreenLink({ room }: { room: RoomKey }) {
  return (
    <div class="room-screen-link">
      <h3>Open on the room’s screen</h3>
      <p class="quiet">If the projector or screen in the room has its own computer, open this link there. It shows the page, the reader and the time in large type, and changes nothing.</p>
      <SharedLink id="room-screen-link" link={formatJoinLink(location.origin, room, 'projector')} words={ROOM_SCREEN_WORDS} />
    </div>
  );
}
