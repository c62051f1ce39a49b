// The Web Worker that runs the grouping engine off the main thread: it checks each message,
// runs formGroups and posts progress and the result back. A malformed message gets an error result.

import { formGroups } from '../core/grouping/formGroups.ts';
import type { GroupingInput, GroupingResult } from '../core/grouping/types.ts';

/** Asks the worker to form groups. */
export interface GroupingRunMessage {
  type: 'run';
  id: number;
  input: GroupingInput;
  seed: number;
  timeLimitMs: number;
}

/** What the worker posts back: progress now and then, then exactly one result per run. */
export type GroupingWorkerReply =
  | { type: 'progress'; id: number; fraction: number; bestScore: number }
  | { type: 'result'; id: number; result: GroupingResult };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isPairList = (x: unknown) => x === undefined || (Array.isArray(x) && x.every((p) => Array.isArray(p) && p.length === 2 && p.every((id) => typeof id === 'string')));

/** Why a message is not a valid run request, or null when it is. */
export function malformedReason(data: unknown): string | null {
  if (!isRecord(data)) return 'the message is not an object';
  if (data.type !== 'run') return `unknown message type ${JSON.stringify(data.type)}`;
  if (typeof data.id !== 'number' || !Number.isFinite(data.id)) return 'the message has no numeric id';
  if (typeof data.seed !== 'number' || !Number.isFinite(data.seed)) return 'the seed is not a number';
  if (typeof data.timeLimitMs !== 'number' || !(data.timeLimitMs > 0) || data.timeLimitMs > 3_600_000) return 'the time limit is not a number of milliseconds up to an hour';
  const input = data.input;
  if (!isRecord(input)) return 'the input is not an object';
  if (!Array.isArray(input.people) || !input.people.every((p) => isRecord(p) && typeof p.id === 'string')) return 'the people are not a list of people with ids';
  for (const key of ['division', 'level', 'location', 'name'] as const) {
    if (!input.people.every((p) => (p as Record<string, unknown>)[key] === undefined || typeof (p as Record<string, unknown>)[key] === 'string')) return `a person's ${key} is not text`;
  }
  if (typeof input.minSize !== 'number' || typeof input.maxSize !== 'number') return 'the group sizes are not numbers';
  if (input.rounds !== undefined && typeof input.rounds !== 'number') return 'the number of rounds is not a number';
  if (input.groupCount !== undefined && typeof input.groupCount !== 'number') return 'the number of groups is not a number';
  if (!isPairList(input.keepApart)) return 'keep-apart is not a list of id pairs';
  if (!isPairList(input.keepTogether)) return 'keep-together is not a list of id pairs';
  if (
    input.history !== undefined &&
    !(Array.isArray(input.history) && input.history.every((h) => isRecord(h) && typeof h.age === 'number' && Array.isArray(h.memberIds) && h.memberIds.every((m) => typeof m === 'string')))
  ) {
    return 'the history is not a list of past groups';
  }
  if (input.weights !== undefined && !(isRecord(input.weights) && Object.values(input.weights).every((w) => typeof w === 'number' && Number.isFinite(w)))) {
    return 'the weights are not numbers';
  }
  return null;
}

/**
 * Handles one message: runs the engine and posts progress and one result. Never throws: a
 * malformed message or an engine failure is answered with `{ ok: false, problems }`.
 */
export function handleGroupingMessage(data: unknown, post: (reply: GroupingWorkerReply) => void, now: () => number): void {
  const id = isRecord(data) && typeof data.id === 'number' ? data.id : -1;
  const reason = malformedReason(data);
  if (reason !== null) {
    post({ type: 'result', id, result: { ok: false, problems: [{ code: 'requestMalformed', reason }] } });
    return;
  }
  const message = data as GroupingRunMessage;
  try {
    const result = formGroups(message.input, {
      seed: message.seed,
      timeLimitMs: message.timeLimitMs,
      now,
      onProgress: ({ fraction, bestScore }) => post({ type: 'progress', id, fraction, bestScore }),
    });
    post({ type: 'result', id, result });
  } catch (error) {
    post({ type: 'result', id, result: { ok: false, problems: [{ code: 'engineFailed', detail: (error as Error).message }] } });
  }
}

// Wire up only inside a real worker, so that tests can import the handler.
const scope = globalThis as unknown as { WorkerGlobalScope?: unknown; addEventListener(type: 'message', listener: (event: MessageEvent) => void): void; postMessage(message: unknown): void };
if (typeof scope.WorkerGlobalScope !== 'undefined') {
  scope.addEventListener('message', (event) => handleGroupingMessage(event.data, (reply) => scope.postMessage(reply), () => performance.now()));
}
