// The sessions this device opened lately, for the start screen's rejoin list. Apart from the
// rest of the device's records, so that the start screen loads only this read.

import type { KnownSession } from '../core/rejoin.ts';
import { readKnownSession } from '../core/rejoin.ts';
import type { RoundtableDb } from './db.ts';

/** The sessions this device last opened, most recent first, at most `limit`; a record that cannot be read is left out. */
export async function recentSessions(db: RoundtableDb, limit: number): Promise<KnownSession[]> {
  const stored: unknown[] = await db.sessions.orderBy('lastOpenedAt').reverse().limit(limit).toArray();
  return stored.map(readKnownSession).filter((s): s is KnownSession => s !== undefined);
}
