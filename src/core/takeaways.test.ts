import { describe, expect, it } from 'vitest';
import {
  MAX_COMMITMENTS,
  MAX_COMMITMENT_TEXT,
  MAX_TAKEAWAY_LENGTH,
  canAddCommitment,
  checkInCommitments,
  clip,
  closingRoundStatus,
  commitmentProblems,
  defaultByWhen,
  pagesCovered,
  readSharedCheckIn,
  readSharedTakeaway,
  tooLong,
} from './takeaways.ts';

describe('dates', () => {
  it('defaults "by when" to the next meeting, else the same weekday four weeks on', () => {
    expect(defaultByWhen('2025-07-01', '2025-06-03')).toBe('2025-07-01');
    const fourWeeks = defaultByWhen(null, '2025-06-03');
    expect(fourWeeks).toBe('2025-07-01');
    expect(new Date(`${fourWeeks}T12:00:00Z`).getUTCDay()).toBe(new Date('2025-06-03T12:00:00Z').getUTCDay());
    // A broken next-meeting date does not leak into the commitment.
    expect(defaultByWhen('someday', '2025-06-03')).toBe('2025-07-01');
  });

});

describe('the closing round', () => {
  it('asks for something to do and a date, and keeps texts within limits', () => {
    expect(commitmentProblems({ what: 'Ask for feedback weekly', byWhen: '2025-07-01', howKnow: '' })).toEqual({});
    expect(commitmentProblems({ what: '  ', byWhen: '2025-07-01', howKnow: '' })).toEqual({ what: 'missing' });
    expect(commitmentProblems({ what: 'x', byWhen: '', howKnow: '' })).toEqual({ byWhen: 'notADate' });
    expect(commitmentProblems({ what: 'x', byWhen: '2025-02-30', howKnow: '' }).byWhen).toBe('notADate');
    expect(commitmentProblems({ what: 'x'.repeat(MAX_COMMITMENT_TEXT + 1), byWhen: '2025-07-01', howKnow: '' })).toEqual({ what: 'tooLong' });
    expect(commitmentProblems({ what: 'x'.repeat(MAX_COMMITMENT_TEXT), byWhen: '2025-07-01', howKnow: '' })).toEqual({});
    expect(commitmentProblems({ what: 'x', byWhen: '2025-07-01', howKnow: 'y'.repeat(MAX_COMMITMENT_TEXT + 1) })).toEqual({ howKnow: 'tooLong' });
  });

  it('holds one to three commitments', () => {
    const one = { what: 'One thing', byWhen: '2025-07-01', howKnow: '' };
    const empty = { what: '', byWhen: '2025-07-01', howKnow: '' };
    expect(closingRoundStatus([])).toEqual({ complete: false, code: 'none', written: 0 });
    expect(closingRoundStatus([empty])).toEqual({ complete: false, code: 'none', written: 0 });
    expect(closingRoundStatus([one])).toEqual({ complete: true, code: 'saved', written: 1 });
    expect(closingRoundStatus([one, empty, one, one])).toMatchObject({ complete: false, code: 'tooMany' });
    expect(closingRoundStatus([one, one, one])).toEqual({ complete: true, code: 'saved', written: 3 });
    expect(closingRoundStatus([one, one, one, one])).toMatchObject({ complete: false, code: 'tooMany' });
    expect(canAddCommitment(MAX_COMMITMENTS - 1)).toBe(true);
    expect(canAddCommitment(MAX_COMMITMENTS)).toBe(false);
  });
});

describe('the check-in', () => {
  const since = 1000;
  const c = (roomId: string, status: 'open' | 'done', updatedAt: number) => ({ roomId, status, updatedAt });

  it('looks back on earlier sessions’ commitments still open, and keeps those marked during this meeting', () => {
    const open = c('earlier', 'open', 10);
    const doneLongAgo = c('earlier', 'done', 10);
    const doneJustNow = c('earlier', 'done', 1500);
    const thisMeeting = c('now', 'open', 1200);
    expect(checkInCommitments([open, doneLongAgo, doneJustNow, thisMeeting], { roomId: 'now', since })).toEqual([open, doneJustNow]);
  });
});

describe('pages covered', () => {
  it('counts the first page, every page moved to and the current one', () => {
    expect(pagesCovered({ page: 0, moves: [] })).toEqual([0]);
    expect(pagesCovered({ page: 2, moves: [{ to: 1 }, { to: 4 }, { to: 2 }] })).toEqual([0, 1, 2, 4]);
  });
});

describe('text limits', () => {
  it('counts code points, so an emoji is never cut in half', () => {
    expect(clip('ab😀cd', 3)).toBe('ab😀');
    expect(tooLong('😀'.repeat(3), 3)).toBe(false);
    expect(tooLong('😀'.repeat(4), 3)).toBe(true);
  });
});

describe('reading what other devices shared', () => {
  const good = { id: 's1', text: 'Listen first', authorId: 'dev-1', authorName: 'Ana', sharedAt: 5 };

  it('reads a named and an anonymous takeaway', () => {
    expect(readSharedTakeaway('s1', good)).toEqual(good);
    expect(readSharedTakeaway('s1', { ...good, authorId: null, authorName: null })).toEqual({ ...good, authorId: null, authorName: null });
    // A half-named entry is shown without a name rather than with a made-up one.
    expect(readSharedTakeaway('s1', { ...good, authorName: '' })?.authorName).toBeNull();
  });

  it('skips garbage, wrong types, mismatched ids and oversized text', () => {
    for (const bad of [null, 42, 'text', [good], { ...good, id: 'other' }, { ...good, text: 7 }, { ...good, text: '   ' }, { ...good, sharedAt: -1 }, { ...good, sharedAt: 'now' }, { ...good, text: 'x'.repeat(MAX_TAKEAWAY_LENGTH + 1) }]) {
      expect(readSharedTakeaway('s1', bad)).toBeUndefined();
    }
    expect(readSharedTakeaway('', { ...good, id: '' })).toBeUndefined();
  });

  it('reads a shared check-in and skips a malformed one', () => {
    const checkIn = { id: 'c1', authorId: 'dev-1', authorName: 'Ana', what: 'Weekly 1:1s', status: 'partly', note: 'Two of four', sharedAt: 9 };
    expect(readSharedCheckIn('c1', checkIn)).toEqual(checkIn);
    expect(readSharedCheckIn('c1', { ...checkIn, note: 3 })?.note).toBe('');
    // A nameless author is read as such (each device words it); an older device's stored word stays.
    expect(readSharedCheckIn('c1', { ...checkIn, authorName: '' })?.authorName).toBe('');
    expect(readSharedCheckIn('c1', { ...checkIn, authorName: '  ' })?.authorName).toBe('');
    expect(readSharedCheckIn('c1', { ...checkIn, authorName: 'Someone' })?.authorName).toBe('Someone');
    for (const bad of [undefined, { ...checkIn, status: 'open' }, { ...checkIn, status: 'won' }, { ...checkIn, authorId: 5 }, { ...checkIn, authorName: null }, { ...checkIn, authorName: 'x'.repeat(241) }, { ...checkIn, what: '' }, { ...checkIn, id: 'c2' }]) {
      expect(readSharedCheckIn('c1', bad)).toBeUndefined();
    }
  });
});
