// The journal screen's state: the journal as stored (kept live), its filters and search, what
// is due soon, and the actions: update a commitment, export, import, delete all my data.

import { batch, computed, signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { localDate } from '../core/journal/dates.ts';
import type { JournalEntry } from '../core/journal/filter.ts';
import { dueSoon, filterJournal, journalGroups } from '../core/journal/filter.ts';
import type { ExportFile, ExportFormat } from '../core/journal/formats.ts';
import type { ImportLimits } from '../core/journal/jsonFile.ts';
import { DEFAULT_IMPORT_LIMITS, parseJournalImport } from '../core/journal/jsonFile.ts';
import type { CommitmentStatus, JournalData } from '../core/journal/types.ts';
import { MAX_NOTE_LENGTH, clip } from '../core/takeaways.ts';
import type { EraseReport, JournalRepo, StoredRecordProblem } from '../storage/journalRepo.ts';
import { createEraseState } from './eraseState.ts';

/** How far back the journal shows. */
export type JournalPeriod = 'all' | '30' | '90' | '365';

/** How many days ahead "due soon" looks. */
export const DUE_SOON_DAYS = 14;

/** A message for the person after an action: what happened, in plain words. */
export interface JournalMessage {
  tone: 'info' | 'problem';
  title: string;
  lines: string[];
}

/** What the journal state needs from outside. */
export interface JournalDeps {
  repo: JournalRepo;
  /** The clock. */
  now: () => number;
  /** Deletes all of the person's data on this device. */
  erase: () => Promise<EraseReport>;
  limits?: ImportLimits;
}

/** The journal state: signals to read, actions to call. */
export type JournalState = ReturnType<typeof createJournalState>;

const DAY_MS = 86_400_000;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Creates the journal state. Call `start()` to follow the stored journal; it returns a stop. */
export function createJournalState({ repo, now, erase, limits = DEFAULT_IMPORT_LIMITS }: JournalDeps) {
  const data = signal<JournalData | undefined>(undefined);
  const loadProblem = signal<string | undefined>(undefined);
  /** Stored records the journal cannot read: left out of view, and in storage as they are. */
  const unreadable = signal<StoredRecordProblem[]>([]);
  const groupId = signal<string | undefined>(undefined);
  const status = signal<CommitmentStatus | undefined>(undefined);
  const period = signal<JournalPeriod>('all');
  const search = signal('');
  const message = signal<JournalMessage | undefined>(undefined);
  const busy = signal(false);

  const entries = computed<JournalEntry[]>(() => {
    if (!data.value) return [];
    const since = period.value === 'all' ? undefined : now() - Number(period.value) * DAY_MS;
    return filterJournal(data.value, { groupId: groupId.value, status: status.value, since, text: search.value });
  });
  const groups = computed(() => (data.value ? journalGroups(data.value) : []));
  const due = computed(() => (data.value ? dueSoon(data.value.commitments, localDate(now()), DUE_SOON_DAYS) : []));
  const isEmpty = computed(() => {
    const d = data.value;
    return d !== undefined && d.sessions.length + d.takeaways.length + d.commitments.length + d.sharedTakeaways.length === 0;
  });
  const filtering = computed(() => groupId.value !== undefined || status.value !== undefined || period.value !== 'all' || search.value.trim() !== '');

  async function act<T>(work: () => Promise<T>, failTitle: string): Promise<T | undefined> {
    busy.value = true;
    try {
      return await work();
    } catch (error) {
      message.value = { tone: 'problem', title: failTitle, lines: [describe(error)] };
      return undefined;
    } finally {
      busy.value = false;
    }
  }

  return {
    data,
    loadProblem,
    unreadable,
    groupId,
    status,
    period,
    search,
    message,
    busy,
    /** The "Delete all my data" panel. */
    eraser: createEraseState({ erase }),
    entries,
    groups,
    due,
    isEmpty,
    filtering,

    /** Follows the stored journal as it changes; returns the function that stops following. */
    start(): () => void {
      const subscription = liveQuery(() => repo.readJournal()).subscribe({
        next: (value) => {
          batch(() => {
            data.value = value.data;
            unreadable.value = value.problems;
            loadProblem.value = undefined;
          });
        },
        error: (error: unknown) => {
          loadProblem.value = `The journal could not be read from this device's storage (${describe(error)}).`;
        },
      });
      return () => subscription.unsubscribe();
    },

    setGroup(id: string | undefined): void {
      groupId.value = id || undefined;
    },
    setStatus(value: CommitmentStatus | undefined): void {
      status.value = value;
    },
    setPeriod(value: JournalPeriod): void {
      period.value = value;
    },
    setSearch(text: string): void {
      search.value = text;
    },
    clearFilters(): void {
      batch(() => {
        groupId.value = undefined;
        status.value = undefined;
        period.value = 'all';
        search.value = '';
      });
    },
    dismissMessage(): void {
      message.value = undefined;
    },

    /** Marks a commitment done, partly done, not yet or dropped, with a note. True when saved. */
    async updateStatus(id: string, value: CommitmentStatus, note: string): Promise<boolean> {
      const saved = await act(() => repo.updateCommitmentStatus(id, value, clip(note.trim(), MAX_NOTE_LENGTH), now()), 'The status was not saved');
      return saved !== undefined;
    },

    /** Stores a commitment's note as it is typed; its status changes only by `updateStatus`. True when saved. */
    async updateNote(id: string, note: string): Promise<boolean> {
      try {
        await repo.updateCommitmentNote(id, clip(note, MAX_NOTE_LENGTH), now());
        return true;
      } catch (error) {
        message.value = { tone: 'problem', title: 'The note was not saved', lines: [describe(error)] };
        return false;
      }
    },

    /** The whole journal (not just what the filters show) as a file in `format`. */
    async exportAs(format: ExportFormat): Promise<ExportFile | undefined> {
      return act(async () => {
        const [{ exportFile }, journal] = await Promise.all([import('../core/journal/formats.ts'), repo.loadJournal()]);
        return exportFile(journal, format, now());
      }, 'The journal was not exported');
    },

    /** Imports a JSON export. On any problem, says what and where, and changes nothing. */
    async importText(text: string, fileName: string): Promise<boolean> {
      const reading = parseJournalImport(text, limits);
      if (!reading.ok) {
        message.value = { tone: 'problem', title: `${fileName} was not imported`, lines: [...reading.problems, 'Nothing was changed.'] };
        return false;
      }
      const counts = await act(() => repo.importJournal(reading.data), `${fileName} was not imported`);
      if (!counts) return false;
      const lines = [`${counts.added} added, ${counts.updated} updated, ${counts.unchanged} already here.`];
      message.value = { tone: 'info', title: `${fileName} was imported`, lines };
      return true;
    },

    /** Says that a file is too big before it is even read. */
    refuseFile(fileName: string, size: number): boolean {
      if (size <= limits.maxBytes) return false;
      const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
      message.value = { tone: 'problem', title: `${fileName} was not imported`, lines: [`This file is ${mb(size)}: a journal import may be at most ${mb(limits.maxBytes)}.`, 'Nothing was changed.'] };
      return true;
    },
  };
}
