// The one IndexedDB database, through Dexie: its typed tables and its append-only version
// history. Never edit an old version's entry: add a new one, with a migration if it moves data.

import type { EntityTable } from 'dexie';
import { Dexie } from 'dexie';
import type { Commitment, CommitmentStatus, JournalSession, SharedTakeaway, Takeaway } from '../core/journal/types.ts';
import type { ModulePage, ModuleSummary, TextBlock } from '../core/module.ts';
import type { Person, Program, ProgramGroup, SavedGrouping } from '../core/program.ts';

/** The database name. */
export const DB_NAME = 'roundtable';

/** A module's pages, stored apart from its summary so that the library list reads little. */
export interface ModuleBody {
  id: string;
  format: number;
  intro: TextBlock[];
  pages: ModulePage[];
}

/** A small setting or fact the app keeps, by key. */
export interface MetaEntry {
  key: string;
  value: unknown;
}

/**
 * A live session this device has started or joined, so that it can be reopened: what the
 * journal shows of it (its group and pages covered since v3), and the room's key.
 */
export interface SessionRecord extends JournalSession {
  /** The room's secret: kept on this device only, like the link itself. */
  secret: string;
  role: 'participant' | 'projector';
  /** Whether this device created the session, and so may seed its document. */
  creator: boolean;
}

/** A takeaway written on this device. Private unless `shared` says otherwise. */
export type TakeawayRecord = Takeaway;

export type { CommitmentStatus };

/** A commitment made in a session's closing round. */
export type CommitmentRecord = Commitment;

/** A takeaway the group shared in a session, kept for the journal. */
export type SharedTakeawayRecord = SharedTakeaway;

/** A program: a curated set of modules, keep-apart and keep-together pairs (see core/program.ts). */
export type ProgramRecord = Program;

/** A person on a program's roster. */
export type PersonRecord = Person;

/** A group of a program, with its cycles of meetings. */
export type ProgramGroupRecord = ProgramGroup;

/** One grouping the coordinator saved: one or more rounds of groups, kept as history for the next one. */
export type GroupingRecord = SavedGrouping;

/** The typed database. */
export type RoundtableDb = Dexie & {
  modules: EntityTable<ModuleSummary, 'id'>;
  moduleBodies: EntityTable<ModuleBody, 'id'>;
  meta: EntityTable<MetaEntry, 'key'>;
  sessions: EntityTable<SessionRecord, 'roomId'>;
  takeaways: EntityTable<TakeawayRecord, 'id'>;
  commitments: EntityTable<CommitmentRecord, 'id'>;
  sharedTakeaways: EntityTable<SharedTakeawayRecord, 'id'>;
  programs: EntityTable<ProgramRecord, 'id'>;
  people: EntityTable<PersonRecord, 'id'>;
  programGroups: EntityTable<ProgramGroupRecord, 'id'>;
  groupings: EntityTable<GroupingRecord, 'id'>;
};

/** The newest schema version declared below. */
export const SCHEMA_VERSION = 4;

/** Opens (and on first use creates) the database. `name` lets tests use their own. */
export function createDb(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]): RoundtableDb {
  const db = new Dexie(name, options) as RoundtableDb;

  // Version 1: the module library and app metadata.
  db.version(1).stores({
    modules: 'id, mindset, source',
    moduleBodies: 'id',
    meta: 'key',
  });

  // Version 2: the live sessions this device has started or joined.
  db.version(2).stores({
    sessions: 'roomId, lastOpenedAt',
  });

  // Version 3: the personal journal: takeaways, commitments, the group's shared takeaways, and
  // sessions found by group.
  db.version(3).stores({
    sessions: 'roomId, lastOpenedAt, groupId',
    takeaways: 'id, roomId, groupId, updatedAt',
    commitments: 'id, roomId, groupId, byWhen, status',
    sharedTakeaways: 'id, roomId',
  });

  // Version 4: the coordinator's programs: rosters, groups with their cycles, and past groupings.
  db.version(4).stores({
    programs: 'id, updatedAt',
    people: 'id, programId',
    programGroups: 'id, programId',
    groupings: 'id, programId, createdAt',
  });

  return db;
}
