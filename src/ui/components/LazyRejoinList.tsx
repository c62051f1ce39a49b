// The rejoin list, whose code loads once the screen is drawn and the browser is idle, so that
// the start screen's own bundle never carries it (nor the Yjs it needs).

import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { whenIdle } from '../../lib/idle.ts';

let loaded: ComponentType | undefined;

/** The rejoin list, once its code is here; nothing before. */
export function LazyRejoinList() {
  const [List, setList] = useState<ComponentType | undefined>(() => loaded);
  useEffect(() => {
    if (List) return undefined;
    let gone = false;
    whenIdle(() => {
      import('./RejoinList.tsx').then(
        (module) => {
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
