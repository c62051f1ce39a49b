// What this device keeps about itself and its sessions: its id, the name it goes by, how it
// finds other devices, and the sessions it has started or joined.

import type { TransportPrefs } from '../core/deviceRecords.ts';
import { MAX_STORED_ID, MAX_STORED_NAME, readSessionGroup, readTransportPrefs } from '../core/deviceRecords.ts';
import { growSession } from '../core/journal/merge.ts';
import type { SessionGroup } from '../core/session.ts';
import { tooLong } from '../core/storedRecord.ts';
import type { RoundtableDb, SessionRecord } from './db.ts';

export type { IceServer, TransportPrefs } from '../core/deviceRecords.ts';
export { recentSessions } from './recentSessions.ts';

/** This device's id, made once and kept. `newId` makes it the first time. */
export async function deviceId(db: RoundtableDb, newId: () => string): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const stored = await db.meta.get('deviceId');
    // A damaged id is replaced: the device cannot go on without one.
    if (typeof stored?.value === 'string' && stored.value && stored.value.length <= MAX_STORED_ID) return stored.value;
    const id = newId();
    await db.meta.put({ key: 'deviceId', value: id });
    return id;
  });
}

/** The name this device last joined with, if any. */
export async function displayName(db: RoundtableDb): Promise<string> {
  const stored = await db.meta.get('displayName');
  return typeof stored?.value === 'string' && !tooLong(stored.value, MAX_STORED_NAME) ? stored.value : '';
}

/** Remembers the name this device joins with. */
export async function rememberDisplayName(db: RoundtableDb, name: string): Promise<void> {
  await db.meta.put({ key: 'displayName', value: name });
}

/** The transport settings, with defaults where none or bad ones are stored. */
export async function transportPrefs(db: RoundtableDb): Promise<TransportPrefs> {
  return readTransportPrefs((await db.meta.get('transport'))?.value);
}

/** Saves the transport settings. */
export async function saveTransportPrefs(db: RoundtableDb, prefs: TransportPrefs): Promise<void> {
  await db.meta.put({ key: 'transport', value: prefs });
}

/** Remembers a session this device started or joined. */
export async function rememberSession(db: RoundtableDb, record: SessionRecord): Promise<void> {
  await db.sessions.put(record);
}

/** A session this device knows, by room id; one whose record cannot be read is not known (the journal lists it). */
export async function knownSession(db: RoundtableDb, roomId: string): Promise<SessionRecord | undefined> {
  // Loaded on first use: the whole check carries the journal's, which the start screen does without.
  const [{ readSessionRecord }, stored] = await Promise.all([import('../core/sessionRecord.ts'), db.sessions.get(roomId)]);
  const reading = readSessionRecord(stored);
  return reading.ok ? reading.record : undefined;
}

/** The parts of a session record that change as the session goes on, or arrive with it. */
export type SessionRecordPatch = Partial<Pick<SessionRecord, 'moduleId' | 'moduleTitle' | 'groupId' | 'groupName' | 'pagesCovered'>>;

/**
 * Updates a known session's module, group and pages covered; a session this device does not
 * know is left alone. The pages are added to those the record holds, never replaced by fewer.
 */
export async function updateSessionRecord(db: RoundtableDb, roomId: string, patch: SessionRecordPatch): Promise<void> {
  await db.transaction('rw', db.sessions, async () => {
    const found = await db.sessions.get(roomId);
    if (!found) return;
    await db.sessions.put({ ...found, ...growSession(found, patch) });
  });
}

/** Whether this device holds a session of `groupId` other than `exceptRoomId`: the group met before. */
export async function groupMetBefore(db: RoundtableDb, groupId: string, exceptRoomId: string): Promise<boolean> {
  return (await db.sessions.where('groupId').equals(groupId).primaryKeys()).some((roomId) => roomId !== exceptRoomId);
}

/** The groups this device has met with, most recent first, from its session records. */
export async function groupsMetBefore(db: RoundtableDb): Promise<SessionGroup[]> {
  const groups = new Map<string, string>();
  for (const stored of await db.sessions.orderBy('lastOpenedAt').reverse().toArray()) {
    const group = readSessionGroup(stored);
    if (group && !groups.has(group.id)) groups.set(group.id, group.name);
  }
  return [...groups].map(([id, name]) => ({ id, name }));
}
