// The rules of takeaways, commitments and the check-in, as pure functions: the shapes shared
// with the group, their limits, the closing round's 1–3 commitments with their default date,
// and tolerant readers for anything another device may have written.

import { addDays, isCalendarDate } from './journal/dates.ts';

/** The longest takeaway kept, in characters. */
export const MAX_TAKEAWAY_LENGTH = 2000;
/** The longest "what I will do" or "how I will know it worked", in characters. */
export const MAX_COMMITMENT_TEXT = 500;
/** The longest note on a commitment's status, in characters. */
export const MAX_NOTE_LENGTH = 1000;
/** The longest id kept (of a takeaway, a commitment, a room or a group), in characters. */
export const MAX_ID_LENGTH = 100;
/** How many commitments one person makes in a closing round, at most. */
export const MAX_COMMITMENTS = 3;
/** How many shared takeaways (or check-ins) a session holds, at most; more are not shown. */
export const MAX_SHARED_ENTRIES = 500;

/** How a commitment turned out, as marked at a check-in. */
export type CheckInStatus = 'done' | 'partly' | 'notYet' | 'dropped';

/** The statuses a person can mark, in the order they are offered (the interface words them). */
export const CHECK_IN_STATUSES: readonly CheckInStatus[] = ['done', 'partly', 'notYet', 'dropped'];

/** A takeaway its author shared with the group. */
export interface SharedTakeaway {
  id: string;
  text: string;
  /** The author's participant id; null when shared anonymously. */
  authorId: string | null;
  /** The author's name; null when shared anonymously. */
  authorName: string | null;
  sharedAt: number;
}

/** A commitment's status, shared with the group at a check-in. Keyed by the commitment's id. */
export interface SharedCheckIn {
  id: string;
  authorId: string;
  /** The author's name; empty when the session knows none (each device words that itself). */
  authorName: string;
  /** What the person had committed to. */
  what: string;
  status: CheckInStatus;
  note: string;
  sharedAt: number;
}

/** One commitment as written in the closing round. */
export interface CommitmentDraft {
  what: string;
  /** A calendar date, YYYY-MM-DD. */
  byWhen: string;
  howKnow: string;
}

/** Cuts text to `max` code points, so that an emoji is never split in half. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return Array.from(text).slice(0, max).join('');
}

/** Whether `text` has more than `max` code points (a code point is one or two UTF-16 units). */
export function tooLong(text: string, max: number): boolean {
  if (text.length <= max) return false;
  return text.length > max * 2 || Array.from(text).length > max;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/**
 * The default "by when" of a commitment: the next meeting's date when the facilitator set one,
 * otherwise the same weekday four weeks after `today`.
 */
export function defaultByWhen(nextMeeting: string | null, today: string): string {
  return nextMeeting && isCalendarDate(nextMeeting) ? nextMeeting : addDays(today, 28);
}

/**
 * What can be wrong with a field of a commitment: nothing to do (`missing`), no date (`notADate`),
 * or more than MAX_COMMITMENT_TEXT characters (`tooLong`).
 */
export type CommitmentProblem = 'missing' | 'notADate' | 'tooLong';

/** What is wrong with one commitment, field by field; empty when it is fine. */
export function commitmentProblems(draft: CommitmentDraft): Partial<Record<keyof CommitmentDraft, CommitmentProblem>> {
  const problems: Partial<Record<keyof CommitmentDraft, CommitmentProblem>> = {};
  if (!draft.what.trim()) problems.what = 'missing';
  else if (tooLong(draft.what, MAX_COMMITMENT_TEXT)) problems.what = 'tooLong';
  if (!isCalendarDate(draft.byWhen)) problems.byWhen = 'notADate';
  if (tooLong(draft.howKnow, MAX_COMMITMENT_TEXT)) problems.howKnow = 'tooLong';
  return problems;
}

/** Whether one more commitment may be added to the `count` already made. */
export function canAddCommitment(count: number): boolean {
  return count < MAX_COMMITMENTS;
}

/**
 * How the closing round stands: too many commitments (more than MAX_COMMITMENTS), none with
 * something to do yet, or `saved` with the `written` ones.
 */
export type ClosingRoundStatus = { complete: false; code: 'tooMany' | 'none'; written: number } | { complete: true; code: 'saved'; written: number };

/** How the closing round stands: at least one commitment with something to do, and no more than three. */
export function closingRoundStatus(drafts: CommitmentDraft[]): ClosingRoundStatus {
  const written = drafts.filter((d) => d.what.trim()).length;
  if (drafts.length > MAX_COMMITMENTS) return { complete: false, code: 'tooMany', written };
  if (written === 0) return { complete: false, code: 'none', written };
  return { complete: true, code: 'saved', written };
}

/** A commitment as the check-in sees it: from a session, with its status and when it last changed. */
export interface CheckInCandidate {
  roomId: string;
  status: 'open' | CheckInStatus;
  updatedAt: number;
}

/**
 * The commitments a meeting's check-in looks back on: those made in the group's earlier
 * sessions that were still open when this meeting began (marked since then, they stay in view).
 */
export function checkInCommitments<T extends CheckInCandidate>(commitments: T[], input: { roomId: string; since: number }): T[] {
  return commitments.filter((c) => c.roomId !== input.roomId && (c.status === 'open' || c.updatedAt >= input.since));
}

/** The pages a session has covered: the first page, every page moved to, and the current one. */
export function pagesCovered(input: { page: number; moves: { to: number }[] }): number[] {
  const pages = new Set<number>([0, input.page]);
  for (const move of input.moves) pages.add(move.to);
  return [...pages].sort((a, b) => a - b);
}

/** Reads a shared takeaway another device wrote; anything malformed gives undefined. */
export function readSharedTakeaway(id: string, value: unknown): SharedTakeaway | undefined {
  if (!isId(id) || !isObject(value) || value.id !== id) return undefined;
  if (typeof value.text !== 'string' || !value.text.trim() || tooLong(value.text, MAX_TAKEAWAY_LENGTH)) return undefined;
  if (!isTime(value.sharedAt)) return undefined;
  const named = isId(value.authorId) && typeof value.authorName === 'string' && value.authorName.trim() !== '';
  return {
    id,
    text: value.text,
    authorId: named ? (value.authorId as string) : null,
    authorName: named ? clip((value.authorName as string).replace(/\s+/g, ' ').trim(), 60) : null,
    sharedAt: value.sharedAt,
  };
}

/** Reads a shared check-in another device wrote; anything malformed gives undefined. */
export function readSharedCheckIn(id: string, value: unknown): SharedCheckIn | undefined {
  if (!isId(id) || !isObject(value) || value.id !== id || !isId(value.authorId)) return undefined;
  // An empty name is a nameless author, worded by the device that shows it.
  if (typeof value.authorName !== 'string' || value.authorName.length > 240) return undefined;
  if (typeof value.what !== 'string' || !value.what.trim() || tooLong(value.what, MAX_COMMITMENT_TEXT)) return undefined;
  if (!CHECK_IN_STATUSES.includes(value.status as CheckInStatus) || !isTime(value.sharedAt)) return undefined;
  const note = typeof value.note === 'string' ? clip(value.note, MAX_NOTE_LENGTH) : '';
  return {
    id,
    authorId: value.authorId,
    authorName: clip(value.authorName.replace(/\s+/g, ' ').trim(), 60),
    what: value.what,
    status: value.status as CheckInStatus,
    note,
    sharedAt: value.sharedAt,
  };
}

