import { describe, expect, it } from 'vitest';
import type { ImportProblem } from './jsonFile.ts';
import { parseJournalImport, toJson } from './jsonFile.ts';
import { sampleJournal } from './testJournal.ts';

const at = Date.UTC(2026, 2, 1, 9, 30);

function withChange(change: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(toJson(sampleJournal(), at)) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
}

function problems(text: string, maxBytes?: number): ImportProblem[] {
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
    expect(problem).toMatchObject({ code: 'notJson', detail: expect.stringMatching(/.+/) });
  });

  it('refuses JSON that is not a journal', () => {
    expect(problems('[1,2]')).toEqual([{ code: 'notObject' }]);
    expect(problems('{"format":"something-else"}')).toEqual([{ code: 'notJournal', found: '"something-else"', expected: 'roundtable-journal' }]);
    expect(problems('{}')).toEqual([{ code: 'notJournal', found: undefined, expected: 'roundtable-journal' }]);
  });

  it('refuses a file from a newer version, saying to update first', () => {
    expect(problems(withChange((file) => (file.version = 2)))).toEqual([{ code: 'newerVersion', version: 2, newest: 1 }]);
  });

  it('refuses a nonsense version', () => {
    expect(problems(withChange((file) => (file.version = '1')))).toEqual([{ code: 'badVersion', found: '"1"' }]);
    expect(problems(withChange((file) => (file.version = 0)))).toEqual([{ code: 'badVersion', found: '0' }]);
    expect(problems(withChange((file) => delete file.version))).toEqual([{ code: 'badVersion', found: undefined }]);
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
      { code: 'badRecord', list: 'sessions', index: 1, field: 'pagesCovered', reason: { code: 'notPages' } },
      { code: 'badRecord', list: 'takeaways', index: 3, field: 'text', reason: { code: 'notText' } },
      { code: 'badRecord', list: 'commitments', index: 0, field: 'what', reason: { code: 'missing' } },
      { code: 'badRecord', list: 'commitments', index: 1, field: 'byWhen', reason: { code: 'notDate', found: '"next month"' } },
      { code: 'badRecord', list: 'commitments', index: 2, field: 'status', reason: { code: 'notStatus', allowed: ['open', 'done', 'partly', 'notYet', 'dropped'], found: '"finished"' } },
      { code: 'badRecord', list: 'sharedTakeaways', index: 0, field: '', reason: { code: 'notRecord' } },
    ]);
  });

  it('refuses a time no date can hold, which would stop the journal from drawing', () => {
    const text = withChange((file) => {
      (file.sessions as Record<string, unknown>[])[0]!.joinedAt = 1e20;
      (file.takeaways as Record<string, unknown>[])[0]!.createdAt = -1;
      (file.commitments as Record<string, unknown>[])[0]!.updatedAt = '2026-01-14';
      (file.sharedTakeaways as Record<string, unknown>[])[0]!.sharedAt = 8.64e15 + 1;
    });
    const notTime = (list: string, field: string, found: string) => ({ code: 'badRecord', list, index: 0, field, reason: { code: 'notTime', found } });
    expect(problems(text)).toEqual([
      notTime('sessions', 'joinedAt', '100000000000000000000'),
      notTime('takeaways', 'createdAt', '-1'),
      notTime('commitments', 'updatedAt', '"2026-01-14"'),
      notTime('sharedTakeaways', 'sharedAt', '8640000000000001'),
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
    const tooLong = (list: string, index: number, field: string, max: number) => ({ code: 'badRecord', list, index, field, reason: { code: 'tooLong', max, found: max + 1 } });
    expect(problems(text)).toEqual([
      tooLong('sessions', 2, 'roomId', 100),
      tooLong('takeaways', 0, 'text', 2000),
      { code: 'badRecord', list: 'takeaways', index: 1, field: 'id', reason: { code: 'emptyId' } },
      tooLong('commitments', 0, 'what', 500),
      tooLong('commitments', 1, 'howKnow', 500),
      tooLong('commitments', 2, 'note', 1000),
      { code: 'badRecord', list: 'sharedTakeaways', index: 0, field: 'authorName', reason: { code: 'notAuthor', max: 60 } },
    ]);
  });

  it('refuses a file missing a list', () => {
    expect(problems(withChange((file) => delete file.commitments))).toEqual([{ code: 'notList', list: 'commitments', missing: true }]);
    expect(problems(withChange((file) => (file.commitments = {})))).toEqual([{ code: 'notList', list: 'commitments', missing: false }]);
  });

  it('lists the first problems and counts the rest', () => {
    const text = withChange((file) => {
      file.takeaways = Array.from({ length: 20 }, () => ({}));
    });
    const list = problems(text);
    expect(list).toHaveLength(13);
    // 20 records × 7 fields, all missing.
    expect(list[12]).toEqual({ code: 'more', count: 20 * 7 - 12 });
  });

  it('refuses an oversized file, naming the limit, before reading it', () => {
    const text = toJson(sampleJournal(), at);
    const size = new TextEncoder().encode(text).length;
    expect(parseJournalImport(text, { maxBytes: size }).ok).toBe(true);
    expect(problems(text, size - 1)).toEqual([{ code: 'tooBig', size, max: size - 1 }]);
    // Not valid JSON at all, but too big is said first.
    expect(problems('x'.repeat(2000), 1000)).toEqual([{ code: 'tooBig', size: 2000, max: 1000 }]);
  });

  it('counts bytes, not characters', () => {
    const text = `"${'é'.repeat(400)}"`;
    // 402 characters, 802 bytes.
    expect(problems(text, 500)).toEqual([{ code: 'tooBig', size: 802, max: 500 }]);
  });
});
