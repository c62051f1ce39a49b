import { describe, expect, it } from 'vitest';
import { handleGroupingMessage } from '../workers/grouping.worker.ts';
import { createGroupingClient, GroupingCancelledError } from './groupingClient.ts';

/** A stand-in Worker that runs the real handler in-process, a tick after each message. */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly reply?: (data: unknown) => unknown) {}
  postMessage(data: unknown) {
    setTimeout(() => {
      if (this.terminated) return;
      if (this.reply) {
        this.onmessage?.({ data: this.reply(data) } as MessageEvent);
        return;
      }
      let clock = 0;
      handleGroupingMessage(data, (reply) => !this.terminated && this.onmessage?.({ data: reply } as MessageEvent), () => (clock += 5));
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

const people = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, division: `D${i % 3}` }));

describe('createGroupingClient', () => {
  it('runs the engine in the worker and forwards progress', async () => {
    const workers: FakeWorker[] = [];
    const client = createGroupingClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    });
    const progress: number[] = [];
    const result = await client.run({ people, minSize: 3, maxSize: 4 }, { seed: 1, timeLimitMs: 1000 }, (p) => progress.push(p.fraction)).result;
    expect(result.ok && result.rounds[0]!.groups.flat().sort()).toEqual(people.map((p) => p.id).sort());
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(1);
    expect(workers).toHaveLength(1);
    client.dispose();
    expect(workers[0]!.terminated).toBe(true);
  });

  it('cancels: the run rejects with GroupingCancelledError and the worker is stopped', async () => {
    const workers: FakeWorker[] = [];
    const client = createGroupingClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    });
    const run = client.run({ people, minSize: 3, maxSize: 4 }, { seed: 1, timeLimitMs: 1000 });
    run.cancel();
    await expect(run.result).rejects.toBeInstanceOf(GroupingCancelledError);
    expect(workers[0]!.terminated).toBe(true);
    // The next run starts a fresh worker.
    const next = await client.run({ people, minSize: 3, maxSize: 4 }, { seed: 1, timeLimitMs: 1000 }).result;
    expect(next.ok).toBe(true);
    expect(workers).toHaveLength(2);
  });

  it('fails a run when the worker answers nonsense', async () => {
    const client = createGroupingClient(() => new FakeWorker(() => ({ type: 'result', id: 1, result: 'garbage' })) as unknown as Worker);
    await expect(client.run({ people, minSize: 3, maxSize: 4 }, { seed: 1, timeLimitMs: 10 }).result).rejects.toThrow('The grouping worker sent a malformed message.');
  });
});

describe('grouping worker', () => {
  it('answers a malformed message with an error result instead of crashing', () => {
    const replies: unknown[] = [];
    handleGroupingMessage('hello', (r) => replies.push(r), () => 0);
    handleGroupingMessage({ type: 'run', id: 4, seed: 1, timeLimitMs: 100, input: { people: 'everyone', minSize: 5, maxSize: 8 } }, (r) => replies.push(r), () => 0);
    handleGroupingMessage({ type: 'run', id: 5, seed: 1, timeLimitMs: 100, input: { people, minSize: 3, maxSize: 4, keepApart: [['p1']] } }, (r) => replies.push(r), () => 0);
    expect(replies).toEqual([
      { type: 'result', id: -1, result: { ok: false, problems: [{ code: 'requestMalformed', reason: 'the message is not an object' }] } },
      { type: 'result', id: 4, result: { ok: false, problems: [{ code: 'requestMalformed', reason: 'the people are not a list of people with ids' }] } },
      { type: 'result', id: 5, result: { ok: false, problems: [{ code: 'requestMalformed', reason: 'keep-apart is not a list of id pairs' }] } },
    ]);
  });
});
