// A word under the join link when it points at this laptop only (localhost), which no other
// laptop in the room can open.

import { Words } from '../../i18n/Words.tsx';

/** The command that serves Roundtable to the other laptops (not words: it is typed as it is). */
const LAN_COMMAND = 'npm start -- --lan';

/** Whether a host name names this computer only. */
export function isLocalOnlyHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || hostname === '::1' || /^127\./.test(hostname);
}

/** The note, or nothing when the link can be opened from other laptops. */
export function LocalOnlyNote({ hostname }: { hostname: string }) {
  if (!isLocalOnlyHost(hostname)) return null;
  return (
    <p class="quiet local-only">
      <Words id="session.localOnly" values={{ command: <code>{LAN_COMMAND}</code> }} />
    </p>
  );
}
