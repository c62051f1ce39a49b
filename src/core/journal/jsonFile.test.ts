import { describe, expect, it } from 'vitest';
import { parseJournalImport, toJson } from './jsonFile.ts';
import { sampleJournal } from './testJournal.ts';

const at = Date.UTC(2026, 2, 1, 9, 30);

function withChange(change: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(toJson(sampleJournal(), at)) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
}

function problems(text: string, maxBytes?: number): string[] {
  const result = parseJournalImport(text, maxBytes === undefined ? undefined : { maxBytes });
  if (result.ok) throw new Error('expected the import to be refused');
  return result.problems;
}

describe('toJson', () => {
  it('writes a versioned file holding everything', () => {
    const file = JSON.parse(toJson(sampleJournal(), at));
    expect(file.format).toBe('roundtable-journal');
    expect(file.version).toBe(1);
    expect(file.exportedAt).toBe('2026-03-01T09:30:00.000Z');
    expect(file.sessions).toEqual(sampleJournal().sessions);
    expect(file.takeaways).toEqual(sampleJournal().takeaways);
    expect(file.commitments).toEqual(sampleJournal().commitments);
    expect(file.sharedTakeaways).toEqual(sampleJournal().sharedTakeaways);
  });
});

describe('parseJournalImport', () => {
  it('reads its own export back to the same data', () => {
    const result = parseJournalImport(toJson(sampleJournal(), at));
    expect(result).toEqual({ ok: true, data: sampleJournal() });
  });

  it('drops fields it does not know', () => {
    const result = parseJournalImport(
      withChange((file) => {
        (file.takeaways as Record<string, unknown>[])[0]!.extra = '<script>';
        file.whatever = 1;
      }),
    );
    expect(result.ok && 'extra' in result.data.takeaways[0]!).toBe(false);
  });

  it('refuses what is not JSON', () => {
    const [problem] = problems('{"format": "roundtable-journal", ');
    expect(problem).toMatch(/^This file is not valid JSON \(.+\)\.$/);
  });

  it('refuses JSON that is not a journal', () => {
    expect(problems('[1,2]')).toEqual(['This file is not a Roundtable journal: expected a JSON object at the top.']);
    expect(problems('{"format":"something-else"}')).toEqual(['This file is not a Roundtable journal: format is "something-else", expected "roundtable-journal".']);
    expect(problems('{}')).toEqual(['This file is not a Roundtable journal: format is missing, expected "roundtable-journal".']);
  });

  it('refuses a file from a newer version, saying to update first', () => {
    const [problem] = problems(withChange((file) => (file.version = 2)));
    expect(problem).toContain('made by a newer version of Roundtable');
    expect(problem).toContain('file version 2');
    expect(problem).toContain('update first');
  });

  it('refuses a nonsense version', () => {
    expect(problems(withChange((file) => (file.version = '1')))).toEqual(['version: expected a whole number from 1, found "1".']);
    expect(problems(withChange((file) => (file.version = 0)))).toEqual(['version: expected a whole number from 1, found 0.']);
  });

  it('says which record and field are wrong', () => {
    const text = withChange((file) => {
      const takeaways = file.takeaways as Record<string, unknown>[];
      takeaways[3]!.text = 42;
      const commitments = file.commitments as Record<string, unknown>[];
      commitments[1]!.byWhen = 'next month';
      commitments[2]!.status = 'finished';
      delete commitments[0]!.what;
      (file.sharedTakeaways as unknown[])[0] = 'hello';
      (file.sessions as Record<string, unknown>[])[1]!.pagesCovered = [1, -2];
    });
    expect(problems(text)).toEqual([
      'sessions[1].pagesCovered: expected a list of page numbers',
      'takeaways[3].text: expected text',
      'commitments[0].what: missing',
      'commitments[1].byWhen: expected a date as YYYY-MM-DD, found "next month"',
      'commitments[2].status: expected one of open, done, partly, notYet, dropped, found "finished"',
      'sharedTakeaways[0]: expected a record',
    ]);
  });

  it('refuses a time no date can hold, which would stop the journal from drawing', () => {
    const text = withChange((file) => {
      (file.sessions as Record<string, unknown>[])[0]!.joinedAt = 1e20;
      (file.takeaways as Record<string, unknown>[])[0]!.createdAt = -1;
      (file.commitments as Record<string, unknown>[])[0]!.updatedAt = '2026-01-14';
      (file.sharedTakeaways as Record<string, unknown>[])[0]!.sharedAt = 8.64e15 + 1;
    });
    expect(problems(text)).toEqual([
      'sessions[0].joinedAt: expected a time in milliseconds from 1970 up to the year 275760, found 100000000000000000000',
      'takeaways[0].createdAt: expected a time in milliseconds from 1970 up to the year 275760, found -1',
      'commitments[0].updatedAt: expected a time in milliseconds from 1970 up to the year 275760, found "2026-01-14"',
      'sharedTakeaways[0].sharedAt: expected a time in milliseconds from 1970 up to the year 275760, found 8640000000000001',
    ]);
    // The last moment a date holds is still a time.
    expect(parseJournalImport(withChange((file) => ((file.sessions as Record<string, unknown>[])[0]!.joinedAt = 8.64e15))).ok).toBe(true);
    expect(() => new Date(8.64e15).toISOString()).not.toThrow();
    expect(() => new Date(8.64e15 + 1).toISOString()).toThrow(RangeError);
  });

  it('holds every text to the length the app itself allows', () => {
    const text = withChange((file) => {
      (file.takeaways as Record<string, unknown>[])[0]!.text = 'x'.repeat(2001);
      const commitments = file.commitments as Record<string, unknown>[];
      commitments[0]!.what = 'w'.repeat(501);
      commitments[1]!.howKnow = 'h'.repeat(501);
      commitments[2]!.note = 'n'.repeat(1001);
      (file.sharedTakeaways as Record<string, unknown>[])[0]!.authorName = 'A'.repeat(61);
      (file.sessions as Record<string, unknown>[])[2]!.roomId = 'r'.repeat(101);
      (file.takeaways as Record<string, unknown>[])[1]!.id = '';
    });
    expect(problems(text)).toEqual([
      'sessions[2].roomId: expected at most 100 characters, found 101',
      'takeaways[0].text: expected at most 2000 characters, found 2001',
      'takeaways[1].id: expected a non-empty id',
      'commitments[0].what: expected at most 500 characters, found 501',
      'commitments[1].howKnow: expected at most 500 characters, found 501',
      'commitments[2].note: expected at most 1000 characters, found 1001',
      'sharedTakeaways[0].authorName: expected a name of at most 60 characters, or null',
    ]);
  });

  it('refuses a file missing a list', () => {
    expect(problems(withChange((file) => delete file.commitments))).toEqual(['commitments: expected a list, found none']);
  });

  it('lists the first problems and counts the rest', () => {
    const text = withChange((file) => {
      file.takeaways = Array.from({ length: 20 }, () => ({}));
    });
    const list = problems(text);
    expect(list).toHaveLength(13);
    expect(list[12]).toMatch(/^…and \d+ more problems\.$/);
    // 20 records × 7 fields, all missing.
    expect(list[12]).toBe(`…and ${20 * 7 - 12} more problems.`);
  });

  it('refuses an oversized file, naming the limit, before reading it', () => {
    const text = toJson(sampleJournal(), at);
    const size = new TextEncoder().encode(text).length;
    expect(parseJournalImport(text, { maxBytes: size }).ok).toBe(true);
    const [problem] = problems(text, size - 1);
    expect(problem).toBe(`This file is ${(size / 1000).toFixed(1)} KB: a journal import may be at most ${((size - 1) / 1000).toFixed(1)} KB.`);
    // Not valid JSON at all, but too big is said first.
    expect(problems('x'.repeat(2000), 1000)).toEqual(['This file is 2.0 KB: a journal import may be at most 1.0 KB.']);
  });

  it('counts bytes, not characters', () => {
    const text = `"${'é'.repeat(400)}"`;
    // 402 characters, 802 bytes.
    expect(problems(text, 500)[0]).toBe('This file is 802 bytes: a journal import may be at most 500 bytes.');
  });
});
