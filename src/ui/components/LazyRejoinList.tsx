// The rejoin list, whose code loads once the screen is drawn and the browser is idle, and only
// when this device opened a session lately, so that the start screen never carries it (nor the
// Yjs it needs) for nothing.

import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { withLaterWords } from '../../i18n/i18n.ts';
import { recentForRejoin, REJOIN_LOOK_AT } from '../../core/rejoin.ts';
import { whenIdle } from '../../lib/idle.ts';
import { recentSessions } from '../../storage/recentSessions.ts';

let loaded: ComponentType | undefined;

/** The rejoin list, once its code is here; nothing before. */
export function LazyRejoinList() {
  const { db } = useApp();
  const [List, setList] = useState<ComponentType | undefined>(() => loaded);
  useEffect(() => {
    if (List) return undefined;
    let gone = false;
    whenIdle(() => {
      recentSessions(db, REJOIN_LOOK_AT)
        .then((records) => (gone || recentForRejoin(records, Date.now()).length === 0 ? undefined : withLaterWords(import('./RejoinList.tsx'))))
        .then(
          (module) => {
            if (!module) return;
            loaded = module.RejoinList;
            if (!gone) setList(() => module.RejoinList);
          },
          // Without its code there is simply no list; the next visit tries again.
          (error: unknown) => console.warn('The rejoin list could not load:', error),
        );
    });
    return () => {
      gone = true;
    };
  }, []);
  return List ? <List /> : null;
}
