import { afterEach, describe, expect, it, vi } from 'vitest';
import { toJson } from '../core/journal/jsonFile.ts';
import { day, sampleJournal, testWords } from '../core/journal/testJournal.ts';
import type { RoundtableDb } from '../storage/db.ts';
import { createDb } from '../storage/db.ts';
import type { EraseReport } from '../storage/journalRepo.ts';
import { createJournalRepo } from '../storage/journalRepo.ts';
import { createJournalState } from './journalState.ts';

let dbCount = 0;
const opened: RoundtableDb[] = [];
const stops: (() => void)[] = [];

afterEach(async () => {
  vi.restoreAllMocks();
  for (const stop of stops.splice(0)) stop();
  for (const db of opened.splice(0)) await db.delete();
});

const noErase = async (): Promise<EraseReport> => ({ databasesDeleted: [], databasesBlocked: [], cachesDeleted: [] });

async function setup(options: { now?: number; seed?: boolean; maxBytes?: number } = {}) {
  const db = createDb(`journal-state-test-${++dbCount}-${Date.now()}`);
  opened.push(db);
  const repo = createJournalRepo(db);
  if (options.seed !== false) await repo.importJournal(sampleJournal());
  const state = createJournalState({ repo, now: () => options.now ?? day('2026-02-05'), erase: noErase, limits: options.maxBytes ? { maxBytes: options.maxBytes } : undefined });
  stops.push(state.start());
  await vi.waitFor(() => expect(state.data.value).toBeDefined(), { timeout: 5000 });
  return { db, repo, state };
}

describe('journal state: reading and filtering', () => {
  it('loads the journal by session, newest first, and lists its groups', async () => {
    const { state } = await setup();
    expect(state.entries.value.map((e) => e.key)).toEqual(['room-feb', 'room-green', 'room-jan']);
    expect(state.groups.value.map((g) => g.name)).toEqual(['Blue table', 'Green table']);
    expect(state.isEmpty.value).toBe(false);
    expect(state.filtering.value).toBe(false);
  });

  it('says when the journal is empty', async () => {
    const { state } = await setup({ seed: false });
    expect(state.isEmpty.value).toBe(true);
    expect(state.entries.value).toEqual([]);
  });

  it('filters by group, status, period and search, and clears them together', async () => {
    const { state } = await setup({ now: day('2026-02-12') });
    state.setGroup('g-green');
    expect(state.entries.value.map((e) => e.key)).toEqual(['room-green']);
    state.setGroup('');
    expect(state.groupId.value).toBeUndefined();
    state.setStatus('partly');
    expect(state.entries.value.flatMap((e) => e.commitments.map((c) => c.id))).toEqual(['c2']);
    state.setStatus(undefined);
    state.setPeriod('30');
    expect(state.entries.value.map((e) => e.key)).toEqual(['room-feb', 'room-green', 'room-jan']);
    state.setPeriod('all');
    state.setSearch('gift');
    expect(state.entries.value.flatMap((e) => e.takeaways.map((t) => t.id))).toEqual(['t3']);
    expect(state.filtering.value).toBe(true);
    state.setGroup('g-blue');
    state.clearFilters();
    expect(state.filtering.value).toBe(false);
    expect(state.entries.value).toHaveLength(3);
  });

  it('narrows by period from the clock', async () => {
    const { state } = await setup({ now: day('2026-02-20') });
    state.setPeriod('30');
    // 30 days before 20 February is 21 January: the 20 January and 14 January sessions fall out.
    expect(state.entries.value.map((e) => e.key)).toEqual(['room-feb']);
  });

  it('lists what is due within two weeks, overdue first', async () => {
    const { state } = await setup({ now: day('2026-02-15') });
    // c1 (open, due 11 Feb) is overdue; c2 (partly, 11 Mar) is not due yet; c3 is done.
    expect(state.due.value.map((d) => [d.commitment.id, d.daysLeft])).toEqual([['c1', -4]]);
    const later = await setup({ now: day('2026-02-26') });
    expect(later.state.due.value.map((d) => [d.commitment.id, d.daysLeft])).toEqual([
      ['c1', -15],
      ['c2', 13],
    ]);
  });
});

describe('journal state: actions', () => {
  it('updates a commitment’s status with a note, and the journal follows', async () => {
    const { state, db } = await setup();
    expect(await state.updateStatus('c1', 'done', '  Every Monday since  ')).toBe(true);
    expect(await db.commitments.get('c1')).toMatchObject({ status: 'done', note: 'Every Monday since', updatedAt: day('2026-02-05') });
    await vi.waitFor(() => expect(state.data.value?.commitments.find((c) => c.id === 'c1')?.status).toBe('done'), { timeout: 5000 });
    expect(state.due.value).toEqual([]);
  });

  it('stores a note as typed, keeping the status, and says when it cannot', async () => {
    const { state, db } = await setup();
    expect(await state.updateNote('c2', 'Draft done, ')).toBe(true);
    // Kept as typed (a trailing space too: the person is mid-word); the status stays.
    expect(await db.commitments.get('c2')).toMatchObject({ status: 'partly', note: 'Draft done, ', updatedAt: day('2026-02-05') });
    expect(await state.updateNote('c2', 'x'.repeat(1200))).toBe(true);
    expect((await db.commitments.get('c2'))!.note).toHaveLength(1000);
    expect(await state.updateNote('nope', 'a')).toBe(false);
    expect(state.message.value).toEqual({ code: 'notSaved', what: 'note', detail: { code: 'noCommitment', id: 'nope' } });
    vi.spyOn(db.commitments, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    expect(await state.updateNote('c2', 'more')).toBe(false);
    expect(state.message.value).toEqual({
      code: 'notSaved',
      what: 'note',
      detail: { code: 'storageFull', unsaved: 'note' },
    });
  });

  it('tells when a status cannot be saved', async () => {
    const { state, db } = await setup();
    vi.spyOn(db.commitments, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    expect(await state.updateStatus('c1', 'done', '')).toBe(false);
    expect(state.message.value).toEqual({
      code: 'notSaved',
      what: 'status',
      detail: { code: 'storageFull', unsaved: 'status' },
    });
  });

  it('exports the whole journal, whatever the filters, in each format, in the words it is given', async () => {
    const { state } = await setup({ now: day('2026-03-01') });
    state.setGroup('g-green');
    const json = await state.exportAs('json', testWords);
    expect(json?.name).toBe('roundtable-journal-2026-03-01.json');
    expect(JSON.parse(json!.content).takeaways).toHaveLength(4);
    const markdown = await state.exportAs('markdown', { ...testWords, markdown: { ...testWords.markdown, title: 'Mon journal' } });
    expect(markdown?.name).toBe('roundtable-journal-2026-03-01.md');
    expect(markdown?.content.startsWith('# Mon journal\n')).toBe(true);
    expect((await state.exportAs('csv', testWords))?.type).toBe('text/csv;charset=utf-8');
    const ics = await state.exportAs('ics', testWords);
    expect(ics?.name).toBe('roundtable-commitments-2026-03-01.ics');
    expect(ics?.content.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  });

  it('imports a JSON export, counting what it added, and again without duplicates', async () => {
    const { state, db } = await setup({ seed: false });
    const text = toJson(sampleJournal(), day('2026-03-01'));
    expect(await state.importText(text, 'journal.json')).toBe(true);
    expect(state.message.value).toEqual({ code: 'imported', fileName: 'journal.json', added: 13, updated: 0, unchanged: 0 });
    expect(await state.importText(text, 'journal.json')).toBe(true);
    expect(state.message.value).toEqual({ code: 'imported', fileName: 'journal.json', added: 0, updated: 0, unchanged: 13 });
    expect(await db.takeaways.count()).toBe(4);
  });

  it('refuses a bad import with its problems, and changes nothing', async () => {
    const { state, db } = await setup({ seed: false });
    const file = JSON.parse(toJson(sampleJournal(), 0));
    file.takeaways[3].text = 7;
    expect(await state.importText(JSON.stringify(file), 'bad.json')).toBe(false);
    expect(state.message.value).toEqual({ code: 'importRefused', fileName: 'bad.json', problems: [{ code: 'badRecord', list: 'takeaways', index: 3, field: 'text', reason: { code: 'notText' } }] });
    expect(await db.sessions.count()).toBe(0);
    state.dismissMessage();
    expect(state.message.value).toBeUndefined();
  });

  it('refuses a file too big to read, by its size', async () => {
    const { state } = await setup({ seed: false, maxBytes: 1_000_000 });
    expect(state.refuseFile('huge.json', 999_999)).toBe(false);
    expect(state.refuseFile('huge.json', 2_500_000)).toBe(true);
    expect(state.message.value).toEqual({ code: 'importRefused', fileName: 'huge.json', problems: [{ code: 'tooBig', size: 2_500_000, max: 1_000_000 }] });
  });
});
