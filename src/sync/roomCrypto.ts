// Room secrets and the signaling topics. The secret stays on the devices: y-webrtc derives its
// AES-GCM key from it (as the provider's `password`), and the signaling server only ever sees
// hashes: the room's topic, derived from the secret, and its lobby, derived from the room id.
// This file also reads and writes y-webrtc's encrypted message format, so that the app can tell
// a wrong secret from an empty room.

import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { RoomKey } from '../core/roomLink.ts';
import { newRoomKey } from '../core/roomLink.ts';

/** A new room with fresh random id and secret (128 bits each). */
export function createRoomKey(): RoomKey {
  return newRoomKey((length) => crypto.getRandomValues(new Uint8Array(length)));
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The topic the signaling server sees for a room's session: a SHA-256 derived from the room's
 * secret (and id), never either of them. Only devices holding the right secret meet there.
 */
export function topicFor(room: RoomKey): Promise<string> {
  return sha256Hex(`roundtable/room/${room.roomId}/${room.secret}`);
}

/**
 * The room's lobby: a second topic, a SHA-256 of the room id alone, where a device whose link has
 * the right room but a wrong or stale secret still meets the members. Only encrypted messages
 * pass there, so that the device can learn that its secret does not open them.
 */
export function lobbyFor(roomId: string): Promise<string> {
  return sha256Hex(`roundtable/lobby/${roomId}`);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Opens a signaling message's data (base64, y-webrtc's format) with `key`: its content, or undefined if it does not open. */
export async function openMessage(key: CryptoKey, data: unknown): Promise<unknown> {
  if (typeof data !== 'string' || data.length > 1_000_000) return undefined;
  try {
    const decoder = decoding.createDecoder(fromBase64(data));
    if (decoding.readVarString(decoder) !== 'AES-GCM') return undefined;
    const iv = decoding.readVarUint8Array(decoder);
    const cipher = decoding.readVarUint8Array(decoder);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv as Uint8Array<ArrayBuffer> }, key, cipher as Uint8Array<ArrayBuffer>);
    return decoding.readAny(decoding.createDecoder(new Uint8Array(plain)));
  } catch {
    return undefined;
  }
}

/** Encrypts a small message in y-webrtc's format (base64), so that members can publish it. */
export async function encryptMessage(key: CryptoKey, message: Record<string, string | number | boolean>): Promise<string> {
  const plain = encoding.createEncoder();
  encoding.writeAny(plain, message);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const cipher = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encoding.toUint8Array(plain));
  const out = encoding.createEncoder();
  encoding.writeVarString(out, 'AES-GCM');
  encoding.writeVarUint8Array(out, iv);
  encoding.writeVarUint8Array(out, new Uint8Array(cipher));
  return toBase64(encoding.toUint8Array(out));
}
