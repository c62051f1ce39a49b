// What an opened session gives the room's UI: its state, its room and this device's name. Kept
// apart from openSession.ts, which loads the room's UI, so that the UI can name it.

import type { RoomKey } from '../../core/roomLink.ts';
import type { SessionState } from '../../state/sessionState.ts';

/** An open session, and what the room's UI needs beside it. */
export interface OpenedSession {
  state: SessionState;
  room: RoomKey;
  displayName: string;
  /** Remembers the name this device goes by. */
  rememberName: (name: string) => Promise<void>;
}
