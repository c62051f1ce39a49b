// The sessions still running that this device can rejoin, with a Rejoin link each: the way back
// into a meeting after the tab closed, without the browser's history. Loaded lazily (see
// LazyRejoinList), since reading a stored session needs Yjs.

import { useEffect, useMemo } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { REJOIN_LOOK_AT } from '../../core/rejoin.ts';
import { formatRoomFragment } from '../../core/roomLink.ts';
import { createRejoinState } from '../../state/rejoinState.ts';
import { recentSessions } from '../../storage/deviceRepo.ts';
import { storedSessionEnded } from '../../sync/storedSessionEnd.ts';
import { Link } from './Link.tsx';

const timeOf = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** The rejoin list; nothing at all when no session is running. */
export function RejoinList() {
  const { db } = useApp();
  const state = useMemo(() => createRejoinState({ listSessions: () => recentSessions(db, REJOIN_LOOK_AT), hasEnded: storedSessionEnded, now: () => Date.now() }), [db]);
  useEffect(() => {
    state.load().catch((error: unknown) => console.warn('The sessions to rejoin could not be read:', error));
  }, [state]);
  const sessions = state.sessions.value;
  if (!sessions || sessions.length === 0) return null;
  return (
    <section class="panel rejoin" aria-labelledby="rejoin-heading">
      <h2 id="rejoin-heading">{sessions.length === 1 ? 'A session you can rejoin' : 'Sessions you can rejoin'}</h2>
      <ul class="rejoin-list">
        {sessions.map((s) => (
          <li key={s.room.roomId}>
            <span class="rejoin-what">
              <strong>{s.moduleTitle || 'A session'}</strong>
              <span class="quiet">
                {s.groupName ? `${s.groupName} · ` : ''}
                {s.role === 'projector' ? 'as the room’s screen · ' : ''}last opened at {timeOf(s.lastOpenedAt)}
              </span>
            </span>
            <Link href={`/session#${formatRoomFragment(s.room, s.role)}`} class="button">
              Rejoin<span class="visually-hidden"> {s.moduleTitle || 'the session'}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
