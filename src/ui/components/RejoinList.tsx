// The sessions still running that this device can rejoin, with a Rejoin link each: the way back
// into a meeting after the tab closed, without the browser's history. Loaded lazily (see
// LazyRejoinList), since reading a stored session needs Yjs.

import { useEffect, useMemo } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { REJOIN_LOOK_AT } from '../../core/rejoin.ts';
import { formatRoomFragment } from '../../core/roomLink.ts';
import { t } from '../../i18n/i18n.ts';
import { formatTime } from '../../i18n/intl.ts';
import { createRejoinState } from '../../state/rejoinState.ts';
import { recentSessions } from '../../storage/deviceRepo.ts';
import { storedSessionEnded } from '../../sync/storedSessionEnd.ts';
import { Link } from './Link.tsx';

/**
 * The rejoin list; nothing at all when no session is running. Its words are in the start area
 * `room`, so that the start screen shows it without the later part of the catalog.
 */
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
      <h2 id="rejoin-heading">{t('room.rejoinHeading', { count: sessions.length })}</h2>
      <ul class="rejoin-list">
        {sessions.map((s) => (
          <li key={s.room.roomId}>
            <span class="rejoin-what">
              <strong>{s.moduleTitle || t('room.rejoinUntitled')}</strong>
              <span class="quiet">
                {s.groupName ? `${s.groupName} · ` : ''}
                {t('room.rejoinWhen', { role: s.role, time: formatTime(s.lastOpenedAt) })}
              </span>
            </span>
            {/* Named with the module for a screen reader, in the language's own order; the title is beside it for the eye. */}
            <Link href={`/session#${formatRoomFragment(s.room, s.role)}`} class="button">
              <span aria-hidden="true">{t('room.rejoin')}</span>
              <span class="visually-hidden">{s.moduleTitle ? t('room.rejoinNamed', { title: s.moduleTitle }) : t('room.rejoinTheSession')}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
