// The journal screen's state: the journal as stored (kept live), its filters and search, what
// is due soon, and the actions: update a commitment, export, import, delete all my data. What
// it has to say is held as codes with their values; the interface words them.

import { batch, computed, signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { localDate } from '../core/journal/dates.ts';
import type { JournalEntry } from '../core/journal/filter.ts';
import { dueSoon, filterJournal, journalGroups } from '../core/journal/filter.ts';
import type { ExportWords } from '../core/journal/exportWords.ts';
import type { ExportFile, ExportFormat } from '../core/journal/formats.ts';
import type { ImportLimits, ImportProblem } from '../core/journal/jsonFile.ts';
import { DEFAULT_IMPORT_LIMITS, parseJournalImport } from '../core/journal/jsonFile.ts';
import type { CommitmentStatus, JournalData } from '../core/journal/types.ts';
import { MAX_NOTE_LENGTH, clip } from '../core/takeaways.ts';
import type { EraseReport, JournalRepo, StorageProblem, StoredRecordProblem } from '../storage/journalRepo.ts';
import { storageProblem } from '../storage/journalRepo.ts';
import { createEraseState } from './eraseState.ts';

/** How far back the journal shows. */
export type JournalPeriod = 'all' | '30' | '90' | '365';

/** How many days ahead "due soon" looks. */
export const DUE_SOON_DAYS = 14;

/** A message for the person after an action, as a code the interface words. `detail` says why it failed. */
export type JournalMessage =
  /** A commitment's status, or its note, was not saved. */
  | { code: 'notSaved'; what: 'status' | 'note'; detail: StorageProblem }
  | { code: 'notExported'; detail: StorageProblem }
  /** The file was refused for `problems`; nothing was changed. */
  | { code: 'importRefused'; fileName: string; problems: ImportProblem[] }
  /** A checked file could not be stored. */
  | { code: 'importFailed'; fileName: string; detail: StorageProblem }
  | { code: 'imported'; fileName: string; added: number; updated: number; unchanged: number };

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
  /** Why the stored journal could not be read: the error's own message. */
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

  async function act<T>(work: () => Promise<T>, failed: (detail: StorageProblem) => JournalMessage): Promise<T | undefined> {
    busy.value = true;
    try {
      return await work();
    } catch (error) {
      message.value = failed(storageProblem(error));
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
          loadProblem.value = describe(error);
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
      const saved = await act(() => repo.updateCommitmentStatus(id, value, clip(note.trim(), MAX_NOTE_LENGTH), now()), (detail) => ({ code: 'notSaved', what: 'status', detail }));
      return saved !== undefined;
    },

    /** Stores a commitment's note as it is typed; its status changes only by `updateStatus`. True when saved. */
    async updateNote(id: string, note: string): Promise<boolean> {
      try {
        await repo.updateCommitmentNote(id, clip(note, MAX_NOTE_LENGTH), now());
        return true;
      } catch (error) {
        message.value = { code: 'notSaved', what: 'note', detail: storageProblem(error) };
        return false;
      }
    },

    /** The whole journal (not just what the filters show) as a file in `format`, worded by `words`. */
    async exportAs(format: ExportFormat, words: ExportWords): Promise<ExportFile | undefined> {
      return act(
        async () => {
          const [{ exportFile }, journal] = await Promise.all([import('../core/journal/formats.ts'), repo.loadJournal()]);
          return exportFile(journal, format, now(), words);
        },
        (detail) => ({ code: 'notExported', detail }),
      );
    },

    /** Imports a JSON export. On any problem, says what and where, and changes nothing. */
    async importText(text: string, fileName: string): Promise<boolean> {
      const reading = parseJournalImport(text, limits);
      if (!reading.ok) {
        message.value = { code: 'importRefused', fileName, problems: reading.problems };
        return false;
      }
      const counts = await act(() => repo.importJournal(reading.data), (detail) => ({ code: 'importFailed', fileName, detail }));
      if (!counts) return false;
      message.value = { code: 'imported', fileName, added: counts.added, updated: counts.updated, unchanged: counts.unchanged };
      return true;
    },

    /** Says that a file is too big before it is even read. */
    refuseFile(fileName: string, size: number): boolean {
      if (size <= limits.maxBytes) return false;
      message.value = { code: 'importRefused', fileName, problems: [{ code: 'tooBig', size, max: limits.maxBytes }] };
      return true;
    },
  };
}
