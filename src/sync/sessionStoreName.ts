// The name of a room's document in this device's IndexedDB, apart from the connection's code,
// so that a screen can read a stored session without loading WebRTC.

/** The name of the local IndexedDB store of a room's document. */
export function sessionStoreName(roomId: string): string {
  return `roundtable-session-${roomId}`;
}
