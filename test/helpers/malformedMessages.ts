// Malformed messages in y-webrtc's wire format, which y-protocols throws on when it reads them,
// and the sealing of a message for a room's BroadcastChannel as y-webrtc seals it (AES-GCM, with
// the key it derives from the room's password). Shared by the hostile peer and the tests.

import * as encoding from 'lib0/encoding';

/** A sync step 1 whose state vector claims five entries and holds none: "Unexpected end of array". */
export function malformedSyncStep1(): Uint8Array {
  return new Uint8Array([0, 0, 1, 5]);
}

/** An awareness update whose state is not JSON: a SyntaxError. */
export function nonJsonAwareness(): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, 987_654);
  encoding.writeVarUint(update, 1);
  encoding.writeVarString(update, '{this is not json');
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, 1);
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
  return encoding.toUint8Array(message);
}

/** Seals `message` for the BroadcastChannel of the room named `topic`, whose password is `secret`, as y-webrtc does. */
export async function sealForBroadcast(secret: string, topic: string, message: Uint8Array): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, ['deriveKey']);
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt: new TextEncoder().encode(topic), iterations: 100_000, hash: 'SHA-256' },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
  return sealWithKey(key, message);
}

/** Seals `message` with a room's BroadcastChannel `key` into y-webrtc's envelope ('AES-GCM', the IV, the ciphertext). */
export async function sealWithKey(key: CryptoKey, message: Uint8Array): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const cipher = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, message as Uint8Array<ArrayBuffer>);
  const envelope = encoding.createEncoder();
  encoding.writeVarString(envelope, 'AES-GCM');
  encoding.writeVarUint8Array(envelope, iv);
  encoding.writeVarUint8Array(envelope, new Uint8Array(cipher));
  return encoding.toUint8Array(envelope);
}
