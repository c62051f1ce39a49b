// Reads what the start screen needs of this device's own records, kept small: how it finds other
// devices, and the group a stored session names. A whole session is read by sessionRecord.ts.

import { tooLong } from './storedRecord.ts';

/** The longest display or group name kept: session.ts's MAX_NAME_LENGTH, not imported so the start screen stays small. */
export const MAX_STORED_NAME = 60;
/** The longest room, group or device id kept: takeaways.ts's MAX_ID_LENGTH, likewise. */
export const MAX_STORED_ID = 100;

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

/** The most signaling or ICE servers kept. */
const MAX_SERVERS = 20;
/** The longest URL, user name or password of a server kept, in characters. */
const MAX_SERVER_TEXT = 2_000;

/** A session's group, as a session record keeps it: both or neither of its id and name. */
export interface StoredGroup {
  groupId?: unknown;
  groupName?: unknown;
}

/** The group of a stored session, when it names one as the app writes it (ids and names within their limits). */
export function readSessionGroup(record: StoredGroup | null | undefined): { id: string; name: string } | undefined {
  const { groupId, groupName } = record ?? {};
  return typeof groupId === 'string' && groupId && !tooLong(groupId, MAX_STORED_ID) && typeof groupName === 'string' && groupName && !tooLong(groupName, MAX_STORED_NAME)
    ? { id: groupId, name: groupName }
    : undefined;
}

const short = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_SERVER_TEXT;
const servers = (v: unknown): unknown[] => (Array.isArray(v) && v.length <= MAX_SERVERS ? v : []);

/** The transport settings in a stored value, with defaults for what is missing or malformed. */
export function readTransportPrefs(value: unknown): TransportPrefs {
  const stored = (typeof value === 'object' && value !== null ? value : {}) as { signaling?: unknown; iceServers?: unknown };
  const signaling = servers(stored.signaling).filter((url): url is string => short(url) && /^wss?:\/\//.test(url));
  const iceServers = servers(stored.iceServers).flatMap((entry): IceServer[] => {
    const server = (entry ?? {}) as Partial<Record<keyof IceServer, unknown>>;
    if (!short(server.urls)) return [];
    return short(server.username) && short(server.credential) ? [{ urls: server.urls, username: server.username, credential: server.credential }] : [{ urls: server.urls }];
  });
  return { signaling, iceServers };
}
