import { describe, expect, it } from 'vitest';
import { applyChange, createSession, join } from './session.ts';
import type { SessionSnapshot } from './session.ts';
import { canTakeOver, facilitatorAwaySince, takeOver, TAKEOVER_AFTER_MS } from './takeover.ts';

const module = { id: 'm', version: 1, title: 'M', mindset: 'reflection' as const, pageCount: 5 };

function room(): SessionSnapshot {
  let s = createSession({ module, creator: { id: 'fay', name: 'Fay' }, now: 0 });
  for (const person of [{ id: 'ana', name: 'Ana' }, { id: 'ben', name: 'Ben' }]) {
    const joined = join(s, person);
    if (joined.ok) s = applyChange(s, joined.change);
  }
  return applyChange(s, { participants: [{ id: 'cleo', name: 'Cleo', seat: 9, present: true, hasDevice: false }] });
}

const after = (awaySince: number | null, now: number, by = 'ana') => ({ by, awaySince, now, afterMs: TAKEOVER_AFTER_MS });

describe('facilitatorAwaySince', () => {
  it('starts counting when the facilitator is first missed, and keeps that moment while they stay away', () => {
    expect(facilitatorAwaySince(null, false, 1000)).toBe(1000);
    expect(facilitatorAwaySince(1000, false, 5000)).toBe(1000);
  });
  it('forgets the wait as soon as the facilitator is back, so a blip starts it again', () => {
    expect(facilitatorAwaySince(1000, true, 5000)).toBeNull();
    expect(facilitatorAwaySince(null, false, 9000)).toBe(9000);
  });
});

describe('takeOver', () => {
  it('lets a participant with a device take over once the facilitator has been gone the whole waiting time', () => {
    const s = room();
    const result = takeOver(s, after(10_000, 10_000 + TAKEOVER_AFTER_MS));
    expect(result).toEqual({ ok: true, change: { facilitatorId: 'ana' } });
    expect(canTakeOver(s, after(10_000, 10_000 + TAKEOVER_AFTER_MS, 'ben'))).toBe(true);
  });

  it('refuses while the facilitator is here, or gone for less than the waiting time', () => {
    const s = room();
    expect(canTakeOver(s, after(null, 10_000_000))).toBe(false);
    expect(canTakeOver(s, after(10_000, 10_000 + TAKEOVER_AFTER_MS - 1))).toBe(false);
  });

  it('refuses the facilitator, someone without a device, a stranger, and a room where anyone moves the pages', () => {
    const s = room();
    const late = 10_000 + TAKEOVER_AFTER_MS;
    expect(canTakeOver(s, after(10_000, late, 'fay'))).toBe(false);
    expect(canTakeOver(s, after(10_000, late, 'cleo'))).toBe(false);
    expect(canTakeOver(s, after(10_000, late, 'stranger'))).toBe(false);
    expect(canTakeOver({ ...s, controlMode: 'anyone' }, after(10_000, late))).toBe(false);
  });

  it('refuses once the session has ended', () => {
    const s = { ...room(), phase: 'ended' as const, endedAt: 5 };
    const result = takeOver(s, after(10_000, 10_000 + TAKEOVER_AFTER_MS));
    expect(result).toEqual({ ok: false, reason: 'sessionEnded' });
  });

  it('says why it refuses, as a code the interface words', () => {
    const s = room();
    const late = 10_000 + TAKEOVER_AFTER_MS;
    const reason = (result: ReturnType<typeof takeOver>) => (result.ok ? undefined : result.reason);
    expect(reason(takeOver(s, after(10_000, late, 'fay')))).toBe('facilitatesAlready');
    expect(reason(takeOver(s, after(10_000, late, 'cleo')))).toBe('takeOverNeedsDevice');
    expect(reason(takeOver(s, after(10_000, late, 'stranger')))).toBe('takeOverNeedsDevice');
    expect(reason(takeOver({ ...s, controlMode: 'anyone' }, after(10_000, late)))).toBe('anyoneMovesAlready');
    expect(reason(takeOver(s, after(null, late)))).toBe('facilitatorStillHere');
    expect(reason(takeOver(s, after(10_000, late - 1)))).toBe('facilitatorStillHere');
  });
});
