// The journal as people browse it: entries by session (newest first), narrowed by group,
// status, time and search text; the groups to filter by; and what is due soon.

import { addDays, daysBetween, isCalendarDate } from './dates.ts';
import type { Commitment, CommitmentStatus, JournalData, JournalSession, SharedTakeaway, Takeaway } from './types.ts';
import { PENDING_STATUSES } from './types.ts';

/** What to narrow the journal to. Every field left out means "all". */
export interface JournalFilter {
  groupId?: string;
  /** Only commitments with this status (takeaways have none, so they are left out). */
  status?: CommitmentStatus;
  /** Only sessions (or notes without a session) from this moment on. */
  since?: number;
  /** Search text: matched without regard to case or accents. */
  text?: string;
}

/** One session's part of the journal, or the notes whose session this device does not know. */
export interface JournalEntry {
  key: string;
  session: JournalSession | undefined;
  /** When it happened: the session's date, or the earliest note's. */
  date: number;
  takeaways: Takeaway[];
  commitments: Commitment[];
  shared: SharedTakeaway[];
}

/** A group to filter by; `name` is missing when the journal knows none (the interface words it). */
export interface JournalGroup {
  id: string;
  name?: string;
}

/** A commitment that is due soon or overdue. */
export interface DueCommitment {
  commitment: Commitment;
  /** Days from today to its date: 0 today, negative when overdue. */
  daysLeft: number;
}

/** Lower case, without accents, so that "equipe" finds "Équipe". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function groupOf(entry: JournalEntry): Set<string> {
  const ids = new Set<string>();
  if (entry.session?.groupId) ids.add(entry.session.groupId);
  for (const item of [...entry.takeaways, ...entry.commitments]) if (item.groupId) ids.add(item.groupId);
  return ids;
}

/** All of the journal, by session, newest first; items in each in the order they were written. */
export function journalByRoom(data: JournalData): JournalEntry[] {
  const entries = new Map<string, JournalEntry>();
  const entry = (roomId: string): JournalEntry => {
    let found = entries.get(roomId);
    if (!found) {
      found = { key: roomId, session: undefined, date: Number.POSITIVE_INFINITY, takeaways: [], commitments: [], shared: [] };
      entries.set(roomId, found);
    }
    return found;
  };
  for (const session of data.sessions) {
    const found = entry(session.roomId);
    found.session = session;
    found.date = session.joinedAt;
  }
  for (const takeaway of data.takeaways) entry(takeaway.roomId).takeaways.push(takeaway);
  for (const commitment of data.commitments) entry(commitment.roomId).commitments.push(commitment);
  for (const shared of data.sharedTakeaways) entry(shared.roomId).shared.push(shared);
  for (const found of entries.values()) {
    found.takeaways.sort((a, b) => a.createdAt - b.createdAt);
    found.commitments.sort((a, b) => a.createdAt - b.createdAt);
    found.shared.sort((a, b) => a.sharedAt - b.sharedAt);
    if (!found.session) {
      const times = [...found.takeaways.map((t) => t.createdAt), ...found.commitments.map((c) => c.createdAt), ...found.shared.map((s) => s.sharedAt)];
      found.date = Math.min(...times);
    }
  }
  return [...entries.values()].sort((a, b) => b.date - a.date || a.key.localeCompare(b.key));
}

/** Narrows entries by `filter`; entries left with nothing to show are dropped. */
export function filterEntries(entries: readonly JournalEntry[], filter: JournalFilter): JournalEntry[] {
  const needle = filter.text ? foldText(filter.text.trim()) : '';
  const has = (...texts: (string | null | undefined)[]) => texts.some((text) => text && foldText(text).includes(needle));
  const result: JournalEntry[] = [];
  for (const entry of entries) {
    if (filter.groupId && !groupOf(entry).has(filter.groupId)) continue;
    if (filter.since !== undefined && entry.date < filter.since) continue;
    // A search that names the session (its module or group) keeps all of it.
    const wholeSession = needle !== '' && has(entry.session?.moduleTitle, entry.session?.groupName);
    const keep = <T>(items: T[], match: (item: T) => boolean) => (needle === '' || wholeSession ? items : items.filter(match));
    const narrowed: JournalEntry = {
      ...entry,
      takeaways: filter.status ? [] : keep(entry.takeaways, (t) => has(t.text)),
      commitments: keep(
        filter.status ? entry.commitments.filter((c) => c.status === filter.status) : entry.commitments,
        (c) => has(c.what, c.howKnow, c.note),
      ),
      shared: filter.status ? [] : keep(entry.shared, (s) => has(s.text, s.authorName)),
    };
    const empty = narrowed.takeaways.length + narrowed.commitments.length + narrowed.shared.length === 0;
    // With no narrowing at all, a session with nothing written still shows: it happened.
    const narrowing = needle !== '' || filter.status !== undefined;
    if (empty && narrowing) continue;
    result.push(narrowed);
  }
  return result;
}

/** The journal filtered: `journalByRoom` then `filterEntries`. */
export function filterJournal(data: JournalData, filter: JournalFilter): JournalEntry[] {
  return filterEntries(journalByRoom(data), filter);
}

/** The groups the journal knows, by name; groups whose name it does not know come last, by id. */
export function journalGroups(data: JournalData): JournalGroup[] {
  const names = new Map<string, string>();
  for (const session of data.sessions) if (session.groupId && session.groupName) names.set(session.groupId, session.groupName);
  const ids = new Set<string>([
    ...data.sessions.flatMap((s) => (s.groupId ? [s.groupId] : [])),
    ...data.takeaways.flatMap((t) => (t.groupId ? [t.groupId] : [])),
    ...data.commitments.flatMap((c) => (c.groupId ? [c.groupId] : [])),
  ]);
  const groups: JournalGroup[] = [...ids].map((id) => {
    const name = names.get(id);
    return name === undefined ? { id } : { id, name };
  });
  return groups.sort((a, b) => (a.name === undefined ? 1 : 0) - (b.name === undefined ? 1 : 0) || (a.name ?? '').localeCompare(b.name ?? '') || a.id.localeCompare(b.id));
}

/**
 * Pending commitments (open, partly done, not yet) due within `days` of `today`, overdue ones
 * included. First those due soon or missed within the last `recentDays`, soonest first; then
 * older overdue ones, most recent first, so that a year-old one does not crowd out next week's.
 */
export function dueSoon(commitments: readonly Commitment[], today: string, days: number, recentDays = 30): DueCommitment[] {
  const limit = addDays(today, days);
  const due = commitments
    .filter((c) => PENDING_STATUSES.has(c.status) && isCalendarDate(c.byWhen) && c.byWhen <= limit)
    .map((commitment) => ({ commitment, daysLeft: daysBetween(today, commitment.byWhen) }));
  const recent = due.filter((d) => d.daysLeft >= -recentDays).sort((a, b) => a.daysLeft - b.daysLeft || a.commitment.createdAt - b.commitment.createdAt);
  const older = due.filter((d) => d.daysLeft < -recentDays).sort((a, b) => b.daysLeft - a.daysLeft || a.commitment.createdAt - b.commitment.createdAt);
  return [...recent, ...older];
}
