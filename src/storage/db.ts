// The one IndexedDB database, through Dexie: its typed tables and its append-only version
// history. Never edit an old version's entry: add a new one, with a migration if it moves data.

import type { EntityTable } from 'dexie';
import { Dexie } from 'dexie';
import type { ModulePage, ModuleSummary, TextBlock } from '../core/module.ts';

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

/** A live session this device has started or joined, so that it can be reopened. */
export interface SessionRecord {
  roomId: string;
  /** The room's secret: kept on this device only, like the link itself. */
  secret: string;
  role: 'participant' | 'projector';
  /** Whether this device created the session, and so may seed its document. */
  creator: boolean;
  moduleId: string;
  moduleTitle: string;
  joinedAt: number;
  lastOpenedAt: number;
}

/** The typed database. */
export type RoundtableDb = Dexie & {
  modules: EntityTable<ModuleSummary, 'id'>;
  moduleBodies: EntityTable<ModuleBody, 'id'>;
  meta: EntityTable<MetaEntry, 'key'>;
  sessions: EntityTable<SessionRecord, 'roomId'>;
};

/** The newest schema version declared below. */
export const SCHEMA_VERSION = 2;

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

  return db;
}
