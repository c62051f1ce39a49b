// Which of the sessions this device keeps it may offer to rejoin: recent ones that have not
// ended, newest first, each with the room link's parts.

import type { JoinRole, RoomKey } from './roomLink.ts';

/** What this device keeps of a session it started or joined, as far as rejoining needs. */
export interface KnownSession {
  roomId: string;
  secret: string;
  role: JoinRole;
  moduleTitle: string;
  groupName?: string;
  lastOpenedAt: number;
}

const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length > 0 && value.length <= max;

/**
 * What rejoining needs of a stored session record, checked field by field; undefined for one
 * that cannot be read (hand-edited, or from a faulty version), which the journal lists instead.
 */
export function readKnownSession(value: unknown): KnownSession | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Record<string, unknown>;
  if (!isText(r.roomId, 100) || !isText(r.secret, 200) || (r.role !== 'participant' && r.role !== 'projector')) return undefined;
  if (typeof r.moduleTitle !== 'string' || r.moduleTitle.length > 200 || typeof r.lastOpenedAt !== 'number' || !Number.isFinite(r.lastOpenedAt)) return undefined;
  const groupName = isText(r.groupName, 200) ? r.groupName : undefined;
  return { roomId: r.roomId, secret: r.secret, role: r.role, moduleTitle: r.moduleTitle, lastOpenedAt: r.lastOpenedAt, ...(groupName !== undefined && { groupName }) };
}

/** A session this device may rejoin. */
export interface RejoinableSession {
  room: RoomKey;
  role: JoinRole;
  moduleTitle: string;
  groupName?: string;
  lastOpenedAt: number;
}

/** How long after this device last opened a session it still offers to rejoin it: a meeting that was never ended does not linger. */
export const REJOIN_WITHIN_MS = 12 * 60 * 60 * 1000;

/** How many of the newest session records are looked at. */
export const REJOIN_LOOK_AT = 20;

/** The most sessions offered at once. */
export const REJOIN_LIMIT = 3;

/** The sessions worth asking about, newest first: opened within REJOIN_WITHIN_MS of `now`. */
export function recentForRejoin(sessions: readonly KnownSession[], now: number): KnownSession[] {
  return sessions.filter((s) => s.secret && s.lastOpenedAt >= now - REJOIN_WITHIN_MS).sort((a, b) => b.lastOpenedAt - a.lastOpenedAt);
}

/**
 * The sessions to offer: the recent ones (see recentForRejoin) whose session has not ended
 * (`ended` says, from the stored session), at most REJOIN_LIMIT.
 */
export function rejoinable(sessions: readonly KnownSession[], ended: ReadonlySet<string>, now: number): RejoinableSession[] {
  return recentForRejoin(sessions, now)
    .filter((s) => !ended.has(s.roomId))
    .slice(0, REJOIN_LIMIT)
    .map((s) => ({ room: { roomId: s.roomId, secret: s.secret }, role: s.role, moduleTitle: s.moduleTitle, groupName: s.groupName, lastOpenedAt: s.lastOpenedAt }));
}
