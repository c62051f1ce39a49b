// The journal's codes worded in the interface's language: commitment statuses, the problems of
// an import file or a stored record, and the messages after an action. Typed maps and switches,
// so that a code without words is a type error.

import type { StorageProblem } from '../../storage/journalRepo.ts';
import type { JournalGroup } from '../../core/journal/filter.ts';
import type { ImportProblem } from '../../core/journal/jsonFile.ts';
import type { JournalRecordKind, RecordProblem } from '../../core/journal/records.ts';
import type { CommitmentStatus } from '../../core/journal/types.ts';
import { t } from '../../i18n/i18n.ts';
import type { MessageId } from '../../i18n/keys.ts';
import { formatNumber } from '../../i18n/intl.ts';
import type { JournalMessage, JournalPeriod } from '../../state/journalState.ts';

const STATUS: Record<CommitmentStatus, MessageId> = {
  open: 'journal.statusOpen',
  done: 'journal.statusDone',
  partly: 'journal.statusPartly',
  notYet: 'journal.statusNotYet',
  dropped: 'journal.statusDropped',
};

const STATUS_FILTER: Record<CommitmentStatus, MessageId> = {
  open: 'journal.filterOpen',
  done: 'journal.filterDone',
  partly: 'journal.filterPartly',
  notYet: 'journal.filterNotYet',
  dropped: 'journal.filterDropped',
};

const PERIOD: Record<JournalPeriod, MessageId> = {
  all: 'journal.periodAll',
  '30': 'journal.period30',
  '90': 'journal.period90',
  '365': 'journal.period365',
};

const KIND: Record<JournalRecordKind, MessageId> = {
  sessions: 'journal.kindSession',
  takeaways: 'journal.kindTakeaway',
  commitments: 'journal.kindCommitment',
  sharedTakeaways: 'journal.kindSharedTakeaway',
};

/** A commitment's status: "Partly done". */
export function statusWords(status: CommitmentStatus): string {
  return t(STATUS[status]);
}

/** The status filter's option: "Commitments: partly done". */
export function statusFilterWords(status: CommitmentStatus): string {
  return t(STATUS_FILTER[status]);
}

/** A period of the time filter: "Last 30 days". */
export function periodWords(period: JournalPeriod): string {
  return t(PERIOD[period]);
}

/** A kind of stored record: "Shared takeaway". */
export function recordKindWords(kind: JournalRecordKind): string {
  return t(KIND[kind]);
}

/** A group's name, or "Unnamed group". */
export function groupWords(group: JournalGroup): string {
  return group.name ?? t('journal.unnamedGroup');
}

/** A file's size: "802 bytes", "2.0 KB", "10.5 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1000) return t('journal.sizeBytes', { count: bytes });
  const tenths = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  if (bytes < 1_000_000) return t('journal.sizeKB', { size: formatNumber(bytes / 1000, tenths) });
  return t('journal.sizeMB', { size: formatNumber(bytes / 1_000_000, tenths) });
}

/** What is wrong with a field: "expected text". */
export function recordProblemWords(reason: RecordProblem): string {
  switch (reason.code) {
    case 'notRecord':
      return t('journal.problemNotRecord');
    case 'missing':
      return t('journal.problemMissing');
    case 'notText':
      return t('journal.problemNotText');
    case 'emptyId':
      return t('journal.problemEmptyId');
    case 'tooLong':
      return t('journal.problemTooLong', { max: String(reason.max), found: String(reason.found) });
    case 'notTime':
      return t('journal.problemNotTime', { found: reason.found });
    case 'notFlag':
      return t('journal.problemNotFlag');
    case 'notDate':
      return t('journal.problemNotDate', { found: reason.found });
    case 'notStatus':
      return t('journal.problemNotStatus', { allowed: reason.allowed.join(', '), found: reason.found });
    case 'notAuthor':
      return t('journal.problemNotAuthor', { max: String(reason.max) });
    case 'notPages':
      return t('journal.problemNotPages');
    case 'notSharing':
      return t('journal.problemNotSharing', { shape: '{ sharedId, anonymous }' });
  }
}

/** Why an import was refused, one line: "takeaways[3].text: expected text". */
export function importProblemWords(problem: ImportProblem): string {
  switch (problem.code) {
    case 'tooBig':
      return t('journal.fileTooBig', { size: fileSize(problem.size), max: fileSize(problem.max) });
    case 'notJson':
      return t('journal.notJson', { detail: problem.detail });
    case 'notObject':
      return t('journal.notAnObject');
    case 'notJournal':
      return problem.found === undefined ? t('journal.noFormat', { format: problem.expected }) : t('journal.wrongFormat', { found: problem.found, format: problem.expected });
    case 'badVersion':
      return problem.found === undefined ? t('journal.noVersion') : t('journal.badVersion', { found: problem.found });
    case 'newerVersion':
      return t('journal.newerVersion', { version: String(problem.version), newest: String(problem.newest) });
    case 'notList':
      return t(problem.missing ? 'journal.noList' : 'journal.notAList', { list: problem.list });
    case 'badRecord': {
      const path = `${problem.list}[${problem.index}]${problem.field ? `.${problem.field}` : ''}`;
      return t('journal.recordProblem', { path, problem: recordProblemWords(problem.reason) });
    }
    case 'more':
      return t('journal.moreProblems', { count: problem.count });
  }
}

/** Why a journal action failed, worded. */
export function storageProblemWords(problem: StorageProblem): string {
  switch (problem.code) {
    case 'storageFull':
      return t('journal.storageFull', { unsaved: problem.unsaved });
    case 'noCommitment':
      return t('journal.noCommitment', { id: problem.id });
    case 'error':
      return problem.text;
  }
}

/** A message after an action, worded: its tone, title and lines. */
export function messageWords(message: JournalMessage): { tone: 'info' | 'problem'; title: string; lines: string[] } {
  switch (message.code) {
    case 'notSaved':
      return { tone: 'problem', title: t(message.what === 'status' ? 'journal.statusNotSaved' : 'journal.noteNotSaved'), lines: [storageProblemWords(message.detail)] };
    case 'notExported':
      return { tone: 'problem', title: t('journal.notExported'), lines: [storageProblemWords(message.detail)] };
    case 'importRefused':
      return { tone: 'problem', title: t('journal.notImported', { fileName: message.fileName }), lines: [...message.problems.map(importProblemWords), t('journal.nothingChanged')] };
    case 'importFailed':
      return { tone: 'problem', title: t('journal.notImported', { fileName: message.fileName }), lines: [storageProblemWords(message.detail)] };
    case 'imported':
      return {
        tone: 'info',
        title: t('journal.imported', { fileName: message.fileName }),
        lines: [t('journal.importCounts', { added: message.added, updated: message.updated, unchanged: message.unchanged })],
      };
  }
}
