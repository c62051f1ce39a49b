// The personal journal on this device: takeaways and commitments as they are typed, the
// group's shared takeaways, the journal read in one go, import and export, and "delete all
// my data". Writes refused for lack of space surface as a StorageFullError.

import type { JournalData, JournalExport, JournalSession } from '../core/journal/types.ts';
import { JOURNAL_FORMAT, JOURNAL_VERSION } from '../core/journal/types.ts';
import { mergeImport } from '../core/journal/merge.ts';
import type { JournalFieldProblem, JournalRecordKind, JournalRecordOf } from '../core/journal/records.ts';
import { readJournalRecord } from '../core/journal/records.ts';
import type { CommitmentRecord, CommitmentStatus, RoundtableDb, SessionRecord, SharedTakeawayRecord, TakeawayRecord } from './db.ts';

/** What a write refused for lack of space would have saved. */
export type UnsavedWrite = 'takeaway' | 'commitment' | 'status' | 'note' | 'sharedTakeaways' | 'import';

/**
 * A write this device's storage refused because it is full. `unsaved` says what was not saved,
 * for the screen to word; the message says the same in English.
 */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(
    readonly unsaved: UnsavedWrite,
    message: string,
  ) {
    super(message);
  }
}

/** The commitment a change was asked for is not on this device. The message is in English; `id` names it. */
export class NoSuchCommitmentError extends Error {
  override name = 'NoSuchCommitmentError';
  constructor(readonly id: string) {
    super(`There is no commitment ${id} on this device.`);
  }
}

/** Why a journal write or read failed, for the screens to word: storage full, no such commitment, or another error's own message. */
export type StorageProblem = { code: 'storageFull'; unsaved: UnsavedWrite } | { code: 'noCommitment'; id: string } | { code: 'error'; text: string };

/** What `error` says, as a StorageProblem. */
export function storageProblem(error: unknown): StorageProblem {
  if (error instanceof StorageFullError) return { code: 'storageFull', unsaved: error.unsaved };
  if (error instanceof NoSuchCommitmentError) return { code: 'noCommitment', id: error.id };
  return { code: 'error', text: error instanceof Error ? error.message : String(error) };
}

/** Whether `error` (or an error it wraps) is the browser's "quota exceeded". */
export function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (e.name === 'QuotaExceededError' || e.name === 'StorageFullError') return true;
    if (Array.isArray(e.failures) && e.failures.some(isQuotaError)) return true;
    e = (e.inner ?? e.cause) as typeof e;
  }
  return false;
}

/** Turns a quota error into a StorageFullError naming what was not saved; other errors pass. */
function refuseWhenFull(unsaved: UnsavedWrite, what: string, kept = 'what was saved before is kept') {
  return (error: unknown): never => {
    if (isQuotaError(error)) throw new StorageFullError(unsaved, `Storage is full: ${what} was not saved; ${kept}. Free some space on this device, then try again.`);
    throw error;
  };
}

/** What an import did. */
export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/** What "delete all my data" needs from the browser. */
export interface EraseEnv {
  indexedDB: IDBFactory;
  /** The name of a session document's own database, from its room id. */
  sessionDatabase: (roomId: string) => string;
  /** The prefix of every session database's name, to find those no record names any more. */
  sessionDatabasePrefix: string;
  /** localStorage and sessionStorage, where present. */
  storages: Pick<Storage, 'clear'>[];
  caches: CacheStorage | undefined;
  /** Caches to keep: those holding only the app's own files, so it still opens offline. */
  keepCache: (name: string) => boolean;
}

/** What "delete all my data" did. */
export interface EraseReport {
  databasesDeleted: string[];
  /** Databases another tab still holds open: deleted once that tab lets go. */
  databasesBlocked: string[];
  cachesDeleted: string[];
}

/** A stored record the journal cannot read (hand-edited, or from a faulty version): left in storage as it is. */
export interface StoredRecordProblem {
  kind: JournalRecordKind;
  /** Its key: a session's room id, or the record's id. */
  id: string;
  /** What is wrong, field by field, as codes the screens word. */
  problems: JournalFieldProblem[];
}

/** The journal as stored: the records it can read, and what is wrong with the others. */
export interface StoredJournal {
  data: JournalData;
  problems: StoredRecordProblem[];
}

/** The readable records of `kind` among `stored`; each unreadable one adds a problem. */
function readable<K extends JournalRecordKind>(kind: K, stored: readonly unknown[], problems: StoredRecordProblem[]): JournalRecordOf<K>[] {
  const records: JournalRecordOf<K>[] = [];
  for (const value of stored) {
    const reading = readJournalRecord(kind, value);
    if (reading.ok) {
      records.push(reading.record);
      continue;
    }
    const key = (value as { roomId?: unknown; id?: unknown } | null)?.[kind === 'sessions' ? 'roomId' : 'id'];
    problems.push({ kind, id: String(key ?? '?'), problems: reading.problems });
  }
  return records;
}

/** Meta entries that are the library's bookkeeping, not the person's data. */
const LIBRARY_META = new Set(['contentVersion']);

function journalSession(record: SessionRecord): JournalSession {
  const { roomId, moduleId, moduleTitle, joinedAt, lastOpenedAt, groupId, groupName, pagesCovered } = record;
  return {
    roomId,
    moduleId,
    moduleTitle,
    joinedAt,
    lastOpenedAt,
    ...(groupId !== undefined && { groupId }),
    ...(groupName !== undefined && { groupName }),
    ...(pagesCovered !== undefined && { pagesCovered }),
  };
}

function deleteDatabase(factory: IDBFactory, name: string): Promise<'deleted' | 'blocked'> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve('deleted');
    request.onerror = () => reject(request.error);
    // The request stays queued and finishes when the other tab closes the database.
    request.onblocked = () => resolve('blocked');
  });
}

async function present<T>(table: { bulkGet(keys: string[]): Promise<(T | undefined)[]> }, keys: string[]): Promise<T[]> {
  return (await table.bulkGet(keys)).filter((record): record is T => record !== undefined);
}

/** The journal repository over `db`. */
export type JournalRepo = ReturnType<typeof createJournalRepo>;

/** Creates the journal repository: the only code that reads or writes the journal's tables. */
export function createJournalRepo(db: RoundtableDb) {
  return {
    /** Saves a takeaway as typed: one put, cheap enough for every keystroke. */
    saveTakeaway(record: TakeawayRecord): Promise<void> {
      return db.takeaways.put(record).then(() => undefined, refuseWhenFull('takeaway', 'this takeaway'));
    },

    /** Deletes one takeaway. */
    deleteTakeaway(id: string): Promise<void> {
      return db.takeaways.delete(id);
    },

    /** A session's takeaways, in the order they were written; an unreadable one is left out (the journal lists it). */
    async listTakeaways(roomId: string): Promise<TakeawayRecord[]> {
      return readable('takeaways', await db.takeaways.where('roomId').equals(roomId).toArray(), []).sort((a, b) => a.createdAt - b.createdAt);
    },

    /** Saves a commitment as typed. */
    saveCommitment(record: CommitmentRecord): Promise<void> {
      return db.commitments.put(record).then(() => undefined, refuseWhenFull('commitment', 'this commitment'));
    },

    /** Commitments, of a group or a session when asked, in the order they were made; unreadable ones are left out (the journal lists them). */
    async listCommitments(filter: { groupId?: string; roomId?: string } = {}): Promise<CommitmentRecord[]> {
      const list = filter.groupId !== undefined ? db.commitments.where('groupId').equals(filter.groupId) : filter.roomId !== undefined ? db.commitments.where('roomId').equals(filter.roomId) : db.commitments.toCollection();
      const records = readable('commitments', await list.toArray(), []);
      return records.filter((c) => filter.roomId === undefined || c.roomId === filter.roomId).sort((a, b) => a.createdAt - b.createdAt);
    },

    /**
     * Sets a commitment's status and note, at `now`. `statusShared`, when given, records
     * whether the status was shared with the group. Fails if the commitment is not here.
     */
    async updateCommitmentStatus(id: string, status: CommitmentStatus, note: string, now: number, statusShared?: boolean): Promise<CommitmentRecord> {
      return db
        .transaction('rw', db.commitments, async () => {
          const found = await db.commitments.get(id);
          if (!found) throw new NoSuchCommitmentError(id);
          const updated: CommitmentRecord = { ...found, status, note, updatedAt: now, statusShared: statusShared ?? found.statusShared };
          await db.commitments.put(updated);
          return updated;
        })
        .catch(refuseWhenFull('status', 'this status', 'the commitment keeps its earlier status'));
    },

    /** Sets a commitment's note as it is typed, at `now`; its status stays as it is. Fails if the commitment is not here. */
    async updateCommitmentNote(id: string, note: string, now: number): Promise<void> {
      await db
        .transaction('rw', db.commitments, async () => {
          const found = await db.commitments.get(id);
          if (!found) throw new NoSuchCommitmentError(id);
          await db.commitments.put({ ...found, note, updatedAt: now });
        })
        .catch(refuseWhenFull('note', 'this note', 'the note keeps what was saved before'));
    },

    /**
     * Keeps the group's shared takeaways of a room: `records` are added or updated, and only
     * those in `withdrawn` (their authors withdrew them: the session holds their tombstones)
     * leave the journal. One a stale copy of the session lacks stays: the journal never shrinks.
     */
    async saveSharedTakeaways(roomId: string, records: SharedTakeawayRecord[], withdrawn: ReadonlySet<string> = new Set()): Promise<void> {
      await db
        .transaction('rw', db.sharedTakeaways, async () => {
          const gone = (await db.sharedTakeaways.where('roomId').equals(roomId).primaryKeys()).filter((id) => withdrawn.has(id));
          await db.sharedTakeaways.bulkDelete(gone);
          await db.sharedTakeaways.bulkPut(records.filter((r) => !withdrawn.has(r.id)).map((r) => ({ ...r, roomId })));
        })
        .catch(refuseWhenFull('sharedTakeaways', "the group's shared takeaways"));
    },

    /**
     * Everything the journal shows, read in one transaction, each record checked as an import
     * is: one that cannot be read is left out and reported, and stays in storage untouched.
     * Sessions come without secrets.
     */
    async readJournal(): Promise<StoredJournal> {
      return db.transaction('r', [db.sessions, db.takeaways, db.commitments, db.sharedTakeaways], async () => {
        const [sessions, takeaways, commitments, sharedTakeaways] = await Promise.all([db.sessions.toArray(), db.takeaways.toArray(), db.commitments.toArray(), db.sharedTakeaways.toArray()]);
        const problems: StoredRecordProblem[] = [];
        const data: JournalData = {
          sessions: readable('sessions', sessions, problems),
          takeaways: readable('takeaways', takeaways, problems),
          commitments: readable('commitments', commitments, problems),
          sharedTakeaways: readable('sharedTakeaways', sharedTakeaways, problems),
        };
        return { data, problems };
      });
    },

    /** The readable journal (see readJournal), without its problems. */
    async loadJournal(): Promise<JournalData> {
      return (await this.readJournal()).data;
    },

    /** The journal as its export file. Room secrets are left out: the file may travel. */
    async exportJournal(now: number): Promise<JournalExport> {
      const data = await this.loadJournal();
      return { format: JOURNAL_FORMAT, version: JOURNAL_VERSION, exportedAt: new Date(now).toISOString(), ...data };
    },

    /**
     * Merges a checked import (see parseJournalImport) in one transaction: all of it is
     * written, or, on any failure, none. Sessions this device knows keep their secret.
     */
    async importJournal(incoming: JournalData): Promise<ImportCounts> {
      return db
        .transaction('rw', [db.sessions, db.takeaways, db.commitments, db.sharedTakeaways], async () => {
          const sessions = await present(db.sessions, incoming.sessions.map((s) => s.roomId));
          const existing: JournalData = {
            sessions: sessions.map(journalSession),
            takeaways: await present(db.takeaways, incoming.takeaways.map((t) => t.id)),
            commitments: await present(db.commitments, incoming.commitments.map((c) => c.id)),
            sharedTakeaways: await present(db.sharedTakeaways, incoming.sharedTakeaways.map((s) => s.id)),
          };
          const plan = mergeImport(existing, incoming);
          const full = new Map(sessions.map((s) => [s.roomId, s]));
          await db.sessions.bulkPut(plan.put.sessions.map((s): SessionRecord => ({ ...(full.get(s.roomId) ?? { secret: '', role: 'participant', creator: false }), ...s })));
          await db.takeaways.bulkPut(plan.put.takeaways);
          await db.commitments.bulkPut(plan.put.commitments);
          await db.sharedTakeaways.bulkPut(plan.put.sharedTakeaways);
          return { added: plan.added, updated: plan.updated, unchanged: plan.unchanged };
        })
        .catch(refuseWhenFull('import', 'the import', 'nothing was changed'));
    },

    /**
     * Deletes everything of the person's on this device: every table but the bundled library
     * (modules they added go too), the device's settings, the session documents' databases,
     * localStorage and sessionStorage, and every cache but the app's own files.
     */
    async deleteAllMyData(env: EraseEnv): Promise<EraseReport> {
      const roomIds = (await db.sessions.toCollection().primaryKeys()).map(String);
      await db.transaction('rw', db.tables, async () => {
        for (const table of db.tables) {
          if (table.name === 'modules' || table.name === 'moduleBodies' || table.name === 'meta') continue;
          await table.clear();
        }
        const own = (await db.modules.filter((m) => m.source !== 'bundled').primaryKeys()).map(String);
        await db.modules.bulkDelete(own);
        await db.moduleBodies.bulkDelete(own);
        // Without its bookkeeping the library reloads its bundled modules, in case one of the
        // person's own modules had stood in for one.
        const meta = (await db.meta.toCollection().primaryKeys()).map(String).filter((key) => own.length > 0 || !LIBRARY_META.has(key));
        await db.meta.bulkDelete(meta);
      });

      const names = new Set(roomIds.map(env.sessionDatabase));
      const listed = typeof env.indexedDB.databases === 'function' ? await env.indexedDB.databases() : [];
      for (const { name } of listed) if (name?.startsWith(env.sessionDatabasePrefix)) names.add(name);
      const report: EraseReport = { databasesDeleted: [], databasesBlocked: [], cachesDeleted: [] };
      for (const name of names) {
        const outcome = await deleteDatabase(env.indexedDB, name);
        (outcome === 'deleted' ? report.databasesDeleted : report.databasesBlocked).push(name);
      }

      for (const storage of env.storages) storage.clear();
      if (env.caches) {
        for (const name of await env.caches.keys()) {
          if (env.keepCache(name)) continue;
          await env.caches.delete(name);
          report.cachesDeleted.push(name);
        }
      }
      return report;
    },
  };
}
