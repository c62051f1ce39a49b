// Shown until the session's document arrives: what is happening, calmly, and what is wrong
// when something is (a wrong secret, or nobody answering).

import { useEffect, useState } from 'preact/hooks';
import type { ConnectionStatus } from '../../sync/sessionConnection.ts';
import { Link } from '../components/Link.tsx';
import { Notice } from '../components/Notice.tsx';
import { ConnectionBadge } from './ConnectionBadge.tsx';

/** How long to wait quietly before saying that no device has answered. */
export const QUIET_WAIT_MS = 10_000;

/** The waiting screen. */
export function WaitingRoom({ status }: { status: ConnectionStatus }) {
  const [waitedLong, setWaitedLong] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setWaitedLong(true), QUIET_WAIT_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div class="page-width">
      <h1>Joining the session</h1>
      <ConnectionBadge status={status} />
      {status.wrongSecret ? (
        <Notice tone="problem" title="This link’s key does not open the session">
          <p>The session is running, but the key in this link does not match it: the link is out of date, or it changed when it was copied. Ask the facilitator for the link or the QR code again.</p>
        </Notice>
      ) : waitedLong ? (
        <Notice title="No device in this session has answered yet">
          <p>Roundtable keeps looking. Check that the facilitator’s laptop has the session open and is on the same network. If it still does not work, the link may be out of date: ask for it again.</p>
        </Notice>
      ) : (
        <p class="quiet">Finding the devices in the room…</p>
      )}
      <p>
        <Link href="/">Back to the module library</Link>
      </p>
    </div>
  );
}
