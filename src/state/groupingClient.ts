// Runs the grouping engine in a Web Worker for the screens: one run at a time per worker, with
// progress and cancel. Cancelling stops the worker at once and rejects with GroupingCancelledError.

import type { GroupingInput, GroupingResult } from '../core/grouping/types.ts';
import type { GroupingWorkerReply } from '../workers/grouping.worker.ts';

/** The rejection of a cancelled run (the worker is stopped mid-search, so there is no partial result). */
export class GroupingCancelledError extends Error {
  constructor() {
    super('Grouping was cancelled.');
    this.name = 'GroupingCancelledError';
  }
}

/** Why the worker failed a run: it answered something that is not a reply, or it crashed (`detail`, the browser's words). */
export class GroupingWorkerError extends Error {
  constructor(
    readonly code: 'malformedReply' | 'crashed',
    readonly detail = '',
  ) {
    super(code === 'malformedReply' ? 'The grouping worker sent a malformed message.' : `The grouping worker failed: ${detail || 'unknown error'}`);
    this.name = 'GroupingWorkerError';
  }
}

/** A run in progress. */
export interface GroupingRun {
  result: Promise<GroupingResult>;
  /** Stops the run; `result` then rejects with {@link GroupingCancelledError}. */
  cancel(): void;
}

/** Runs of the engine off the main thread. */
export interface GroupingClient {
  run(input: GroupingInput, opts: { seed: number; timeLimitMs: number }, onProgress?: (p: { fraction: number; bestScore: number }) => void): GroupingRun;
  dispose(): void;
}

function defaultWorker(): Worker {
  return new Worker(new URL('../workers/grouping.worker.ts', import.meta.url), { type: 'module' });
}

const isReply = (x: unknown): x is GroupingWorkerReply => {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  if (typeof r.id !== 'number') return false;
  if (r.type === 'progress') return typeof r.fraction === 'number' && typeof r.bestScore === 'number';
  if (r.type === 'result') return typeof r.result === 'object' && r.result !== null && typeof (r.result as { ok?: unknown }).ok === 'boolean';
  return false;
};

/**
 * A client that starts its worker lazily and reuses it between runs. Starting a new run cancels
 * the one in progress. A worker that crashes or answers nonsense fails the run with a {@link GroupingWorkerError}.
 */
export function createGroupingClient(createWorker: () => Worker = defaultWorker): GroupingClient {
  let worker: Worker | null = null;
  let nextId = 1;
  let current: { id: number; settle: (outcome: { result: GroupingResult } | { error: Error }) => void; onProgress?: (p: { fraction: number; bestScore: number }) => void } | null = null;

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
  };
  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const w = createWorker();
    w.onmessage = (event: MessageEvent) => {
      const data: unknown = event.data;
      if (!current) return;
      if (!isReply(data)) {
        const run = current;
        current = null;
        stopWorker();
        run.settle({ error: new GroupingWorkerError('malformedReply') });
        return;
      }
      if (data.id !== current.id) return;
      if (data.type === 'progress') current.onProgress?.({ fraction: data.fraction, bestScore: data.bestScore });
      else {
        const run = current;
        current = null;
        run.settle({ result: data.result });
      }
    };
    w.onerror = (event: ErrorEvent) => {
      event.preventDefault?.();
      const run = current;
      current = null;
      stopWorker();
      run?.settle({ error: new GroupingWorkerError('crashed', event.message) });
    };
    worker = w;
    return w;
  };

  return {
    run(input, opts, onProgress) {
      if (current) {
        const previous = current;
        current = null;
        stopWorker();
        previous.settle({ error: new GroupingCancelledError() });
      }
      const id = nextId++;
      let settle!: (outcome: { result: GroupingResult } | { error: Error }) => void;
      const result = new Promise<GroupingResult>((resolve, reject) => {
        settle = (outcome) => ('result' in outcome ? resolve(outcome.result) : reject(outcome.error));
      });
      current = { id, settle, onProgress };
      ensureWorker().postMessage({ type: 'run', id, input, seed: opts.seed, timeLimitMs: opts.timeLimitMs });
      return {
        result,
        cancel() {
          if (current?.id !== id) return;
          current = null;
          stopWorker();
          settle({ error: new GroupingCancelledError() });
        },
      };
    },
    dispose() {
      const run = current;
      current = null;
      stopWorker();
      run?.settle({ error: new GroupingCancelledError() });
    },
  };
}
