// The sessions this device may rejoin, as the start screen and the journal show them: the
// recent ones it keeps the room keys of, less those whose stored session has ended.

import { signal } from '@preact/signals';
import type { KnownSession, RejoinableSession } from '../core/rejoin.ts';
import { recentForRejoin, rejoinable } from '../core/rejoin.ts';

/** What the rejoin list needs from outside. */
export interface RejoinDeps {
  /** The sessions this device keeps, any order. */
  listSessions: () => Promise<KnownSession[]>;
  /** Whether a session's stored document says it has ended. */
  hasEnded: (roomId: string) => Promise<boolean>;
  now: () => number;
}

/** Creates the rejoin list's state; `load` reads it (again). */
export function createRejoinState({ listSessions, hasEnded, now }: RejoinDeps) {
  const sessions = signal<RejoinableSession[] | undefined>(undefined);
  return {
    /** The sessions to offer, newest first; undefined until read. */
    sessions,
    async load(): Promise<void> {
      const at = now();
      const recent = recentForRejoin(await listSessions(), at);
      const ended = new Set<string>();
      await Promise.all(
        recent.map(async (s) => {
          // A stored session that cannot be read is not offered: this device cannot tell it runs.
          const over = await hasEnded(s.roomId).catch(() => true);
          if (over) ended.add(s.roomId);
        }),
      );
      sessions.value = rejoinable(recent, ended, at);
    },
  };
}

/** The rejoin list's state. */
export type RejoinState = ReturnType<typeof createRejoinState>;
