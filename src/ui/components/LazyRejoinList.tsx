// The rejoin list, whose code loads once the screen is drawn and the browser is idle, and only
// when this device opened a session lately, so that the start screen never carries it (nor the
// Yjs it needs) for nothing.

import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { recentForRejoin, REJOIN_LOOK_AT } from '../../core/rejoin.ts';
import { withLaterWords } from '../../i18n/i18n.ts';
import { whenIdle } from '../../lib/idle.ts';
import { recentSessions } from '../../storage/recentSessions.ts';
import { lazyComponent } from './lazyComponent.tsx';

const RejoinList = lazyComponent(() => withLaterWords(import('./RejoinList.tsx')).then((module) => module.RejoinList));

/** The rejoin list, once this device is known to have a session to rejoin; nothing before. */
export function LazyRejoinList() {
  const { db } = useApp();
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    let gone = false;
    whenIdle(() => {
      recentSessions(db, REJOIN_LOOK_AT).then(
        (records) => !gone && recentForRejoin(records, Date.now()).length > 0 && setWanted(true),
        // Without the records there is simply no list; the next visit tries again.
        (error: unknown) => console.warn('The rejoin list could not load:', error),
      );
    });
    return () => {
      gone = true;
    };
  }, []);
  return wanted ? <RejoinList /> : null;
}
