// Inviting the room: the join link to copy and its QR code, for everyone; and, for whoever moves
// the pages, the projector window and the room screen's own link.

import type { RoomKey } from '../../core/roomLink.ts';
import { formatJoinLink, formatRoomFragment } from '../../core/roomLink.ts';
import type { SessionState } from '../../state/sessionState.ts';
import { LocalOnlyNote } from './LocalOnlyNote.tsx';
import { RoomScreenLink } from './RoomScreenLink.tsx';
import { SharedLink } from './SharedLink.tsx';

const JOIN_LINK_WORDS = { field: 'Join link', copy: 'Copy link', copied: 'Link copied', showQr: 'Show QR code', hideQr: 'Hide QR code', qr: 'QR code of the join link' };

/** The invite panel. */
export function InvitePanel({ room, state }: { room: RoomKey; state: SessionState }) {
  const projector = state.canControl.value;
  return (
    <section class="panel invite" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite the room</h2>
      <SharedLink id="join-link" link={formatJoinLink(location.origin, room)} words={JOIN_LINK_WORDS}>
        {projector && (
          <button type="button" onClick={() => open(`/session#${formatRoomFragment(room, 'projector')}`, 'roundtable-projector')}>
            Open the projector window
          </button>
        )}
      </SharedLink>
      {projector && <RoomScreenLink room={room} />}
      <LocalOnlyNote hostname={location.hostname} />
      <p class="quiet">The link holds the room’s key. Share it only with the people in the room.</p>
    </section>
  );
}
