// Reads a session this device started or joined against the type it writes: the journal's fields,
// checked as the journal checks them, and the room's key, this device's role and whether it created it.

import { readJournalRecord } from './journal/records.ts';
import type { JournalSession } from './journal/types.ts';
import type { FieldProblem, RecordReading } from './storedRecord.ts';
import { flag, oneOf, text } from './storedRecord.ts';

/** A session this device started or joined: what the journal shows of it, and the room's key. */
export interface DeviceSession extends JournalSession {
  secret: string;
  role: 'participant' | 'projector';
  creator: boolean;
}

const OWN = { secret: text(1_000), role: oneOf(['participant', 'projector']), creator: flag };

/** Checks a stored session: the journal's fields as the journal checks them, and the room's key, role and creator. */
export function readSessionRecord(value: unknown): RecordReading<DeviceSession> {
  const journal = readJournalRecord('sessions', value);
  // The journal words its own problems; they are told as it words them.
  const problems: FieldProblem[] = journal.ok ? [] : journal.problems.map((p) => ({ field: p.field, problem: { code: 'worded', text: p.problem } }));
  if (!journal.ok && journal.problems.some((p) => p.field === '')) return { ok: false, problems };
  const source = value as Record<string, unknown>;
  for (const [field, check] of Object.entries(OWN)) {
    const problem = source[field] === undefined ? { code: 'missing' as const } : check(source[field]);
    if (problem) problems.push({ field, problem });
  }
  if (!journal.ok || problems.length > 0) return { ok: false, problems };
  return { ok: true, record: { ...journal.record, secret: source.secret as string, role: source.role as DeviceSession['role'], creator: source.creator as boolean } };
}
