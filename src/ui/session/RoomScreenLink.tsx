// The link that opens a session on the room's own screen (a second device at the projector),
// which shows the session and moves nothing: to copy, or to scan from that device.

import type { RoomKey } from '../../core/roomLink.ts';
import { formatJoinLink } from '../../core/roomLink.ts';
import { t } from '../../i18n/i18n.ts';
import type { SharedLinkWords } from './SharedLink.tsx';
import { SharedLink } from './SharedLink.tsx';

const roomScreenWords = (): SharedLinkWords => ({
  field: t('session.roomScreenField'),
  copy: t('session.copyRoomScreen'),
  copied: t('session.roomScreenCopied'),
  showQr: t('session.showItsQr'),
  hideQr: t('session.hideItsQr'),
  qr: t('session.roomScreenQr'),
});

/** The room screen's link, its copy button and its QR code. */
export function RoomScreenLink({ room }: { room: RoomKey }) {
  return (
    <div class="room-screen-link">
      <h3>{t('session.roomScreenHeading')}</h3>
      <p class="quiet">{t('session.roomScreenText')}</p>
      <SharedLink id="room-screen-link" link={formatJoinLink(location.origin, room, 'projector')} words={roomScreenWords()} />
    </div>
  );
}
