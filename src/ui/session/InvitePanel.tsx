// Inviting the room: the join link to copy and its QR code, for everyone; and, for whoever moves
// the pages, the projector window and the room screen's own link.

import type { RoomKey } from '../../core/roomLink.ts';
import { formatJoinLink, formatRoomFragment } from '../../core/roomLink.ts';
import { t } from '../../i18n/i18n.ts';
import type { SessionState } from '../../state/sessionState.ts';
import { LocalOnlyNote } from './LocalOnlyNote.tsx';
import { RoomScreenLink } from './RoomScreenLink.tsx';
import type { SharedLinkWords } from './SharedLink.tsx';
import { SharedLink } from './SharedLink.tsx';

const joinLinkWords = (): SharedLinkWords => ({
  field: t('session.joinLinkField'),
  copy: t('session.copyLink'),
  copied: t('session.linkCopied'),
  showQr: t('session.showQr'),
  hideQr: t('session.hideQr'),
  qr: t('session.joinLinkQr'),
});

/** The invite panel. */
export function InvitePanel({ room, state }: { room: RoomKey; state: SessionState }) {
  const projector = state.canControl.value;
  return (
    <section class="panel invite" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('session.inviteHeading')}</h2>
      <SharedLink id="join-link" link={formatJoinLink(location.origin, room)} words={joinLinkWords()}>
        {projector && (
          <button type="button" onClick={() => open(`/session#${formatRoomFragment(room, 'projector')}`, 'roundtable-projector')}>
            {t('session.openProjector')}
          </button>
        )}
      </SharedLink>
      {projector && <RoomScreenLink room={room} />}
      <LocalOnlyNote hostname={location.hostname} />
      <p class="quiet">{t('session.linkHoldsKey')}</p>
    </section>
  );
}
