// The personal journal's shapes, as the core sees them: my sessions, my takeaways and
// commitments, the group's shared takeaways, and the versioned export file that carries them.

/** How a commitment turned out. `open` until its author says otherwise. */
export type CommitmentStatus = 'open' | 'done' | 'partly' | 'notYet' | 'dropped';

/** Every status, in the order they are offered. */
export const COMMITMENT_STATUSES: readonly CommitmentStatus[] = ['open', 'done', 'partly', 'notYet', 'dropped'];

/** Each status in English. The interface words statuses from its catalog, in the person's language. */
export const STATUS_LABELS: Readonly<Record<CommitmentStatus, string>> = {
  open: 'Open',
  done: 'Done',
  partly: 'Partly done',
  notYet: 'Not yet',
  dropped: 'Dropped',
};

/** Statuses that still ask for something to be done, and so can be due. */
export const PENDING_STATUSES: ReadonlySet<CommitmentStatus> = new Set(['open', 'partly', 'notYet']);

/** A session as the journal keeps it: never its room secret. */
export interface JournalSession {
  roomId: string;
  moduleId: string;
  moduleTitle: string;
  joinedAt: number;
  lastOpenedAt: number;
  groupId?: string;
  groupName?: string;
  /** The page indexes (0-based) the group covered. */
  pagesCovered?: number[];
}

/** A takeaway written on this device. */
export interface Takeaway {
  id: string;
  roomId: string;
  groupId: string;
  text: string;
  createdAt: number;
  updatedAt: number;
  /** Set while a copy is in the shared session. */
  shared: { sharedId: string; anonymous: boolean } | null;
}

/** A commitment made in a closing round. */
export interface Commitment {
  id: string;
  roomId: string;
  groupId: string;
  what: string;
  /** A calendar date, YYYY-MM-DD. */
  byWhen: string;
  howKnow: string;
  status: CommitmentStatus;
  note: string;
  statusShared: boolean;
  createdAt: number;
  updatedAt: number;
}

/** A takeaway the group shared in a session. */
export interface SharedTakeaway {
  id: string;
  roomId: string;
  text: string;
  /** Null when shared anonymously. */
  authorName: string | null;
  sharedAt: number;
}

/** Everything the journal holds. */
export interface JournalData {
  sessions: JournalSession[];
  takeaways: Takeaway[];
  commitments: Commitment[];
  sharedTakeaways: SharedTakeaway[];
}

/** The export file's format name. */
export const JOURNAL_FORMAT = 'roundtable-journal';

/** The newest export file version this code writes and reads. */
export const JOURNAL_VERSION = 1;

/** The JSON export file: complete and versioned. */
export interface JournalExport extends JournalData {
  format: typeof JOURNAL_FORMAT;
  version: typeof JOURNAL_VERSION;
  /** When it was made, as an ISO 8601 time. */
  exportedAt: string;
}

/** An empty journal. */
export function emptyJournal(): JournalData {
  return { sessions: [], takeaways: [], commitments: [], sharedTakeaways: [] };
}
