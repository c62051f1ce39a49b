// Randomness for ids and room keys, from the browser's cryptographic source.

/** `length` random bytes. */
export function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** A new unique id. */
export function newId(): string {
  return crypto.randomUUID();
}
