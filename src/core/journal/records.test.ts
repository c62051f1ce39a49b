import { describe, expect, it } from 'vitest';
import { MAX_TAKEAWAY_LENGTH } from '../takeaways.ts';
import { MAX_TIME, readJournalRecord, recordProblemText } from './records.ts';
import { commitment, sampleJournal, takeaway } from './testJournal.ts';

describe('readJournalRecord', () => {
  it('keeps a good record, copied, without fields it does not know', () => {
    const source = { ...takeaway('t1', { shared: { sharedId: 's1', anonymous: false } }), secret: 'x' };
    const reading = readJournalRecord('takeaways', source);
    expect(reading).toEqual({ ok: true, record: takeaway('t1', { shared: { sharedId: 's1', anonymous: false } }) });
    if (!reading.ok) return;
    expect(reading.record.shared).not.toBe(source.shared);
  });

  it('reads every record of the sample journal', () => {
    const data = sampleJournal();
    for (const kind of ['sessions', 'takeaways', 'commitments', 'sharedTakeaways'] as const) {
      for (const record of data[kind]) expect(readJournalRecord(kind, record)).toEqual({ ok: true, record });
    }
  });

  it('accepts times from 1970 up to the last a date holds, and nothing else', () => {
    const at = (createdAt: unknown) => readJournalRecord('takeaways', { ...takeaway('t1'), createdAt }).ok;
    expect([0, 1, MAX_TIME].map(at)).toEqual([true, true, true]);
    expect([-1, MAX_TIME + 1, 1e20, Number.NaN, Number.POSITIVE_INFINITY, '1', null].map(at)).toEqual([false, false, false, false, false, false, false]);
  });

  it('counts length in characters as people see them: an emoji is one', () => {
    const withText = (text: string) => readJournalRecord('takeaways', { ...takeaway('t1'), text }).ok;
    expect(withText('🙂'.repeat(MAX_TAKEAWAY_LENGTH))).toBe(true);
    expect(withText('🙂'.repeat(MAX_TAKEAWAY_LENGTH + 1))).toBe(false);
  });

  it('tells every problem of a record at once, by field', () => {
    const reading = readJournalRecord('commitments', { ...commitment('c1'), status: 'finished', byWhen: '2026-02-30', statusShared: 'yes' });
    expect(reading).toEqual({
      ok: false,
      problems: [
        { field: 'byWhen', problem: 'expected a date as YYYY-MM-DD, found "2026-02-30"', reason: { code: 'notDate', found: '"2026-02-30"' } },
        { field: 'status', problem: 'expected one of open, done, partly, notYet, dropped, found "finished"', reason: { code: 'notStatus', allowed: ['open', 'done', 'partly', 'notYet', 'dropped'], found: '"finished"' } },
        { field: 'statusShared', problem: 'expected true or false', reason: { code: 'notFlag' } },
      ],
    });
    expect(readJournalRecord('sessions', 'hello')).toEqual({ ok: false, problems: [{ field: '', problem: 'expected a record', reason: { code: 'notRecord' } }] });
  });

  it('says each problem in English too, for logs and for checks without codes', () => {
    expect(recordProblemText({ code: 'tooLong', max: 500, found: 501 })).toBe('expected at most 500 characters, found 501');
    expect(recordProblemText({ code: 'notTime', found: '-1' })).toBe('expected a time in milliseconds from 1970 up to the year 275760, found -1');
    expect(recordProblemText({ code: 'notAuthor', max: 60 })).toBe('expected a name of at most 60 characters, or null');
    expect(recordProblemText({ code: 'missing' })).toBe('missing');
  });
});
