// Merging an imported journal into the one on this device: nothing is duplicated, and for a
// record both hold, the more recently changed one wins.

import type { JournalData, JournalSession } from './types.ts';

/** The pages of both lists, once each, in order. */
export function unitePages(a: readonly number[] = [], b: readonly number[] = []): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

/**
 * What a session's journal record becomes when `patch` arrives from the live session: its
 * pages covered only grow, and its module, once known, is never emptied again.
 */
export function growSession<T extends JournalSession>(record: T, patch: Partial<Pick<JournalSession, 'moduleId' | 'moduleTitle' | 'groupId' | 'groupName' | 'pagesCovered'>>): T {
  return {
    ...record,
    ...(patch.moduleId && { moduleId: patch.moduleId }),
    ...(patch.moduleTitle && { moduleTitle: patch.moduleTitle }),
    ...(patch.groupId !== undefined && { groupId: patch.groupId }),
    ...(patch.groupName !== undefined && { groupName: patch.groupName }),
    ...((patch.pagesCovered !== undefined || record.pagesCovered !== undefined) && { pagesCovered: unitePages(record.pagesCovered, patch.pagesCovered) }),
  };
}

/** What an import will write, and how many records it adds, updates or leaves alone. */
export interface MergePlan {
  /** The records to write: new ones, and newer versions of ones this device holds. */
  put: JournalData;
  added: number;
  updated: number;
  unchanged: number;
}

function mergeList<T>(existing: readonly T[], incoming: readonly T[], key: (record: T) => string, changedAt: (record: T) => number, counts: { added: number; updated: number; unchanged: number }): T[] {
  const held = new Map(existing.map((record) => [key(record), record]));
  // Within the file itself, the same record twice counts once: its newest version.
  const newest = new Map<string, T>();
  for (const record of incoming) {
    const seen = newest.get(key(record));
    if (!seen || changedAt(record) > changedAt(seen)) newest.set(key(record), record);
  }
  const put: T[] = [];
  for (const [id, record] of newest) {
    const mine = held.get(id);
    if (!mine) {
      counts.added++;
      put.push(record);
    } else if (changedAt(record) > changedAt(mine)) {
      counts.updated++;
      put.push(record);
    } else {
      counts.unchanged++;
    }
  }
  return put;
}

/**
 * Plans the merge of `incoming` into `existing`, matching records by id (sessions by room).
 * A record this device lacks is added; one it holds is replaced only by a newer version
 * (`updatedAt`; `lastOpenedAt` for sessions; shared takeaways never change once shared).
 */
export function mergeImport(existing: JournalData, incoming: JournalData): MergePlan {
  const counts = { added: 0, updated: 0, unchanged: 0 };
  const put: JournalData = {
    // A newer copy of a session wins, but its pages covered add to those this device holds.
    sessions: mergeList(existing.sessions, incoming.sessions, (s) => s.roomId, (s) => s.lastOpenedAt, counts).map((s) => {
      const mine = existing.sessions.find((e) => e.roomId === s.roomId);
      return mine?.pagesCovered || s.pagesCovered ? { ...s, pagesCovered: unitePages(mine?.pagesCovered, s.pagesCovered) } : s;
    }),
    takeaways: mergeList(existing.takeaways, incoming.takeaways, (t) => t.id, (t) => t.updatedAt, counts),
    commitments: mergeList(existing.commitments, incoming.commitments, (c) => c.id, (c) => c.updatedAt, counts),
    sharedTakeaways: mergeList(existing.sharedTakeaways, incoming.sharedTakeaways, (s) => s.id, () => 0, counts),
  };
  return { put, ...counts };
}
