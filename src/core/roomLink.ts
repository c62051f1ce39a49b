// The join link of a room: it carries the room id and the room's secret in the URL fragment,
// which browsers never send to a server. Parsing says exactly what is wrong with a bad link, as
// a code the interface words.

/** A room: an id that names it, and the secret that encrypts it. Both are base64url. */
export interface RoomKey {
  roomId: string;
  secret: string;
}

/** How a device takes part: as a participant, or as the projected screen. */
export type JoinRole = 'participant' | 'projector';

/** Bytes of randomness in a room id and in a secret: 16 bytes is 128 bits. */
export const ROOM_BYTES = 16;

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Encodes bytes as base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A new room from a source of random bytes (crypto.getRandomValues in the app). */
export function newRoomKey(randomBytes: (length: number) => Uint8Array): RoomKey {
  return { roomId: toBase64Url(randomBytes(ROOM_BYTES)), secret: toBase64Url(randomBytes(ROOM_BYTES)) };
}

/** The fragment of a join link, without the '#'. */
export function formatRoomFragment(room: RoomKey, role: JoinRole = 'participant'): string {
  return `room=${room.roomId}&key=${room.secret}${role === 'projector' ? '&as=projector' : ''}`;
}

/** A join link on `origin` (such as https://roundtable.example). */
export function formatJoinLink(origin: string, room: RoomKey, role: JoinRole = 'participant'): string {
  return `${origin}/session#${formatRoomFragment(room, role)}`;
}

/** What is wrong with a link: a code (`problem`) and, for an unknown role, the role it asked for; the interface words it. */
export type RoomLinkProblem =
  | { problem: 'noRoom' }
  | { problem: 'noRoomPart' }
  | { problem: 'noKeyPart' }
  | { problem: 'badRoom' }
  | { problem: 'badKey' }
  | { problem: 'unknownRole'; role: string };

/** What reading a link gives. */
export type ParsedLink = { ok: true; room: RoomKey; role: JoinRole } | ({ ok: false } & RoomLinkProblem);

/** Reads the fragment of a join link (with or without its '#'). */
export function parseRoomFragment(fragment: string): ParsedLink {
  const text = fragment.replace(/^#/, '').trim();
  if (text === '') return { ok: false, problem: 'noRoom' };
  const params = new URLSearchParams(text);
  const roomId = params.get('room');
  const secret = params.get('key');
  const role = params.get('as');
  const minLength = Math.ceil((ROOM_BYTES * 8) / 6);
  if (!roomId) return { ok: false, problem: 'noRoomPart' };
  if (!secret) return { ok: false, problem: 'noKeyPart' };
  if (!BASE64URL.test(roomId) || roomId.length < minLength || roomId.length > 64) return { ok: false, problem: 'badRoom' };
  if (!BASE64URL.test(secret) || secret.length < minLength || secret.length > 128) return { ok: false, problem: 'badKey' };
  if (role !== null && role !== 'projector' && role !== 'participant') return { ok: false, problem: 'unknownRole', role: role.slice(0, 20) };
  return { ok: true, room: { roomId, secret }, role: role === 'projector' ? 'projector' : 'participant' };
}
