// Opens a live session on this device: its identity and transport settings, the connection,
// the session state, and the first seed when this device created the session. Loaded only
// when a session starts, with the room's UI.

import type { JoinRole, RoomKey } from '../../core/roomLink.ts';
import type { OpenedSession } from './openedSession.ts';
import type { Module } from '../../core/module.ts';
import { newId } from '../../lib/random.ts';
import { createSessionState } from '../../state/sessionState.ts';
import type { RoundtableDb } from '../../storage/db.ts';
import { deviceId, displayName, knownSession, rememberDisplayName, rememberSession, transportPrefs } from '../../storage/deviceRepo.ts';
import { getModule } from '../../storage/libraryRepo.ts';
import { connectSession } from '../../sync/sessionConnection.ts';
import { createJournalRepo } from '../../storage/journalRepo.ts';
import { createTakeawayState, startOptions } from '../../state/takeawayState.ts';
import { linkTakeaways } from '../takeaways/takeawayLink.ts';

export { SessionRoom } from './SessionRoom.tsx';
export type { OpenedSession };


/** The signaling server of the origin the app was loaded from. */
export function ownSignalingUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/signal`;
}

/**
 * The wait before facilitation may be taken over, when a test sets it (a whole number of
 * milliseconds under `roundtable:test:takeover-after-ms` in this origin's localStorage);
 * undefined otherwise, for the real two minutes.
 */
export function testTakeoverAfterMs(): number | undefined {
  try {
    const value = Number(localStorage.getItem('roundtable:test:takeover-after-ms') ?? '');
    return Number.isInteger(value) && value > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Opens the session of `room` in the given role. */
export async function openSession({ db, room, role }: { db: RoundtableDb; room: RoomKey; role: JoinRole }): Promise<OpenedSession> {
  const [id, name, prefs, record] = await Promise.all([deviceId(db, newId), displayName(db), transportPrefs(db), knownSession(db, room.roomId)]);
  const connection = await connectSession(room, {
    signaling: prefs.signaling.length > 0 ? prefs.signaling : [ownSignalingUrl()],
    iceServers: prefs.iceServers,
  }, id);
  const state = createSessionState({
    connection,
    deviceId: id,
    role,
    now: () => Date.now(),
    newId,
    // This device's own moves are drawn on the next frame, once they are on their way to the others.
    defer: (fn) => (document.hidden ? setTimeout(fn, 0) : requestAnimationFrame(() => fn())),
    timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) },
    takeoverAfterMs: testTakeoverAfterMs(),
  });
  const journal = createJournalRepo(db);

  // Only the device that created the room seeds it, and only while its document is empty.
  if (record?.creator && state.read.value.state === 'empty') {
    const found = await getModule(db, record.moduleId);
    const group = record.groupId && record.groupName ? { id: record.groupId, name: record.groupName } : null;
    // A creator who gave no name is stored nameless: each device words them in its own language.
    if ('module' in found) state.seed(found.module as Module, name, await startOptions({ db, repo: journal }, group, room.roomId));
  }
  const session = state.session.value;
  await rememberSession(db, {
    ...record,
    roomId: room.roomId,
    secret: room.secret,
    role,
    creator: record?.creator ?? false,
    moduleId: session?.module.id ?? record?.moduleId ?? '',
    moduleTitle: session?.module.title ?? record?.moduleTitle ?? '',
    joinedAt: record?.joinedAt ?? Date.now(),
    lastOpenedAt: Date.now(),
  });
  const takeaways = createTakeawayState({ db, repo: journal, doc: connection.doc, session: state.session, roomId: room.roomId, deviceId: id, role, now: () => Date.now(), newId });
  linkTakeaways(state, takeaways);
  await takeaways.ready;
  return { state, room, displayName: name, rememberName: (next) => rememberDisplayName(db, next) };
}
