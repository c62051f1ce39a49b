import { describe, expect, it } from 'vitest';
import { dueSoon, filterJournal, foldText, journalByRoom, journalGroups } from './filter.ts';
import { commitment, day, sampleJournal, takeaway } from './testJournal.ts';

const ids = (entries: ReturnType<typeof filterJournal>) =>
  entries.map((e) => ({ room: e.key, items: [...e.takeaways.map((t) => t.id), ...e.commitments.map((c) => c.id), ...e.shared.map((s) => s.id)] }));

describe('journalByRoom', () => {
  it('groups notes by session, newest session first, notes in writing order', () => {
    const entries = journalByRoom(sampleJournal());
    expect(entries.map((e) => e.key)).toEqual(['room-feb', 'room-green', 'room-jan']);
    const jan = entries[2]!;
    expect(jan.session?.moduleTitle).toBe('Leading change');
    expect(jan.takeaways.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(jan.commitments.map((c) => c.id)).toEqual(['c1']);
    expect(jan.shared.map((s) => s.id)).toEqual(['s1', 's-t2']);
  });

  it('keeps notes whose session is unknown, dated by their earliest note', () => {
    const data = sampleJournal();
    data.takeaways.push(takeaway('lost', { roomId: 'room-gone', createdAt: day('2026-01-17') }));
    const entries = journalByRoom(data);
    const lost = entries.find((e) => e.key === 'room-gone')!;
    expect(lost.session).toBeUndefined();
    expect(lost.date).toBe(day('2026-01-17'));
    expect(entries.map((e) => e.key)).toEqual(['room-feb', 'room-green', 'room-gone', 'room-jan']);
  });
});

describe('filterJournal', () => {
  it('shows everything with no filter, empty sessions included', () => {
    const data = sampleJournal();
    data.sessions.push({ roomId: 'room-quiet', moduleId: 'm', moduleTitle: 'Quiet one', joinedAt: day('2026-03-01'), lastOpenedAt: day('2026-03-01') });
    const entries = filterJournal(data, {});
    expect(entries.map((e) => e.key)).toEqual(['room-quiet', 'room-feb', 'room-green', 'room-jan']);
  });

  it('filters by group, through the session or the notes', () => {
    expect(filterJournal(sampleJournal(), { groupId: 'g-green' }).map((e) => e.key)).toEqual(['room-green']);
    expect(filterJournal(sampleJournal(), { groupId: 'g-blue' }).map((e) => e.key)).toEqual(['room-feb', 'room-jan']);
    expect(filterJournal(sampleJournal(), { groupId: 'nobody' })).toEqual([]);
  });

  it('filters by status: commitments only', () => {
    expect(ids(filterJournal(sampleJournal(), { status: 'open' }))).toEqual([{ room: 'room-jan', items: ['c1'] }]);
    expect(ids(filterJournal(sampleJournal(), { status: 'done' }))).toEqual([{ room: 'room-green', items: ['c3'] }]);
    expect(filterJournal(sampleJournal(), { status: 'dropped' })).toEqual([]);
  });

  it('filters by time', () => {
    expect(filterJournal(sampleJournal(), { since: day('2026-01-15') }).map((e) => e.key)).toEqual(['room-feb', 'room-green']);
  });

  it('searches every text, ignoring case and accents', () => {
    expect(ids(filterJournal(sampleJournal(), { text: 'EQUIPE' }))).toEqual([{ room: 'room-jan', items: ['t2', 's-t2'] }]);
    expect(ids(filterJournal(sampleJournal(), { text: 'draft' }))).toEqual([{ room: 'room-feb', items: ['c2'] }]);
    expect(ids(filterJournal(sampleJournal(), { text: 'cleo' }))).toEqual([{ room: 'room-feb', items: ['s3'] }]);
    expect(ids(filterJournal(sampleJournal(), { text: 'zebra' }))).toEqual([]);
  });

  it('keeps a whole session when the search names its module or group', () => {
    expect(ids(filterJournal(sampleJournal(), { text: 'crafting' }))).toEqual([{ room: 'room-green', items: ['t4', 'c3'] }]);
  });

  it('combines filters', () => {
    expect(ids(filterJournal(sampleJournal(), { groupId: 'g-blue', status: 'partly', text: 'charter' }))).toEqual([{ room: 'room-feb', items: ['c2'] }]);
    expect(ids(filterJournal(sampleJournal(), { groupId: 'g-green', text: 'charter' }))).toEqual([]);
  });
});

describe('journalGroups', () => {
  it('lists each group once, by name, the nameless last', () => {
    const data = sampleJournal();
    data.commitments.push(commitment('x', { groupId: 'g-nameless', roomId: 'room-x' }));
    data.sessions.push({ ...data.sessions[2]!, roomId: 'room-zebra', groupId: 'g-zebra', groupName: 'Zebra table' });
    expect(journalGroups(data)).toEqual([
      { id: 'g-blue', name: 'Blue table' },
      { id: 'g-green', name: 'Green table' },
      { id: 'g-zebra', name: 'Zebra table' },
      { id: 'g-nameless' },
    ]);
  });
});

describe('dueSoon', () => {
  const list = [
    commitment('late', { byWhen: '2026-02-01' }),
    commitment('today', { byWhen: '2026-02-10', status: 'notYet' }),
    commitment('week', { byWhen: '2026-02-17', status: 'partly' }),
    commitment('later', { byWhen: '2026-02-18' }),
    commitment('done', { byWhen: '2026-02-10', status: 'done' }),
    commitment('dropped', { byWhen: '2026-02-10', status: 'dropped' }),
    commitment('bad', { byWhen: 'someday' }),
  ];

  it('lists pending commitments due within the days, overdue first', () => {
    expect(dueSoon(list, '2026-02-10', 7).map((d) => [d.commitment.id, d.daysLeft])).toEqual([
      ['late', -9],
      ['today', 0],
      ['week', 7],
    ]);
  });

  it('puts long-overdue ones after the recent ones, most recent first', () => {
    const many = [
      commitment('year-old', { byWhen: '2025-02-10' }),
      commitment('next-week', { byWhen: '2026-02-15' }),
      commitment('two-months', { byWhen: '2025-12-10', status: 'notYet' }),
      commitment('last-month', { byWhen: '2026-01-20' }),
    ];
    expect(dueSoon(many, '2026-02-10', 7).map((d) => d.commitment.id)).toEqual(['last-month', 'next-week', 'two-months', 'year-old']);
    expect(dueSoon(many, '2026-02-10', 7, 400).map((d) => d.commitment.id)).toEqual(['year-old', 'two-months', 'last-month', 'next-week']);
  });

  it('lists nothing when nothing is pending', () => {
    expect(dueSoon([commitment('d', { status: 'done' })], '2026-02-10', 30)).toEqual([]);
  });
});

describe('foldText', () => {
  it('folds case and accents', () => {
    expect(foldText('Équipe Ça')).toBe('equipe ca');
  });
});
