// What this device keeps about itself and its sessions: its id, the name it goes by, how it
// finds other devices, and the sessions it has started or joined.

import type { SessionGroup } from '../core/session.ts';
import type { RoundtableDb, SessionRecord } from './db.ts';

/** How this device finds other devices: our signaling servers and ICE servers. */
export interface TransportPrefs {
  /** Signaling URLs; empty means "this app's own server" (the origin's /signal). */
  signaling: string[];
  iceServers: IceServer[];
}

/** A STUN or TURN server; a TURN server may need a user name and password. */
export interface IceServer {
  urls: string;
  username?: string;
  credential?: string;
}

/** This device's id, made once and kept. `newId` makes it the first time. */
export async function deviceId(db: RoundtableDb, newId: () => string): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const stored = await db.meta.get('deviceId');
    if (typeof stored?.value === 'string' && stored.value) return stored.value;
    const id = newId();
    await db.meta.put({ key: 'deviceId', value: id });
    return id;
  });
}

/** The name this device last joined with, if any. */
export async function displayName(db: RoundtableDb): Promise<string> {
  const stored = await db.meta.get('displayName');
  return typeof stored?.value === 'string' ? stored.value : '';
}

/** Remembers the name this device joins with. */
export async function rememberDisplayName(db: RoundtableDb, name: string): Promise<void> {
  await db.meta.put({ key: 'displayName', value: name });
}

/** The transport settings, with defaults where none or bad ones are stored. */
export async function transportPrefs(db: RoundtableDb): Promise<TransportPrefs> {
  const stored = (await db.meta.get('transport'))?.value as Partial<TransportPrefs> | undefined;
  const signaling = Array.isArray(stored?.signaling) ? stored.signaling.filter((url): url is string => typeof url === 'string' && /^wss?:\/\//.test(url)) : [];
  const iceServers = Array.isArray(stored?.iceServers)
    ? stored.iceServers
        .filter((server) => typeof server?.urls === 'string')
        .map((server) => (typeof server.username === 'string' && typeof server.credential === 'string' ? { urls: server.urls, username: server.username, credential: server.credential } : { urls: server.urls }))
    : [];
  return { signaling, iceServers };
}

/** Saves the transport settings. */
export async function saveTransportPrefs(db: RoundtableDb, prefs: TransportPrefs): Promise<void> {
  await db.meta.put({ key: 'transport', value: prefs });
}

/** Remembers a session this device started or joined. */
export async function rememberSession(db: RoundtableDb, record: SessionRecord): Promise<void> {
  await db.sessions.put(record);
}

/** A session this device knows, by room id. */
export async function knownSession(db: RoundtableDb, roomId: string): Promise<SessionRecord | undefined> {
  return db.sessions.get(roomId);
}

/** The parts of a session record that change as the session goes on. */
export type SessionRecordPatch = Partial<Pick<SessionRecord, 'groupId' | 'groupName' | 'pagesCovered'>>;

/** Updates a known session's group and pages covered; a session this device does not know is left alone. */
export async function updateSessionRecord(db: RoundtableDb, roomId: string, patch: SessionRecordPatch): Promise<void> {
  await db.sessions.update(roomId, patch);
}

/** Whether this device holds a session of `groupId` other than `exceptRoomId`: the group met before. */
export async function groupMetBefore(db: RoundtableDb, groupId: string, exceptRoomId: string): Promise<boolean> {
  return (await db.sessions.where('groupId').equals(groupId).primaryKeys()).some((roomId) => roomId !== exceptRoomId);
}

/** The groups this device has met with, most recent first, from its session records. */
export async function groupsMetBefore(db: RoundtableDb): Promise<SessionGroup[]> {
  const groups = new Map<string, string>();
  for (const r of await db.sessions.orderBy('lastOpenedAt').reverse().toArray()) {
    if (r.groupId && r.groupName && !groups.has(r.groupId)) groups.set(r.groupId, r.groupName);
  }
  return [...groups].map(([id, name]) => ({ id, name }));
}

/** The sessions this device last opened, most recent first, at most `limit`. */
export async function recentSessions(db: RoundtableDb, limit: number): Promise<SessionRecord[]> {
  return db.sessions.orderBy('lastOpenedAt').reverse().limit(limit).toArray();
}
