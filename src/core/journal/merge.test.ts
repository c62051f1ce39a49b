import { describe, expect, it } from 'vitest';
import { growSession, mergeImport, unitePages } from './merge.ts';
import { commitment, sampleJournal, takeaway } from './testJournal.ts';
import { emptyJournal } from './types.ts';

describe('mergeImport', () => {
  it('adds everything into an empty journal', () => {
    const plan = mergeImport(emptyJournal(), sampleJournal());
    expect(plan.put).toEqual(sampleJournal());
    expect(plan.added).toBe(3 + 4 + 3 + 3);
    expect(plan.updated).toBe(0);
  });

  it('writes nothing when importing the same journal again', () => {
    const plan = mergeImport(sampleJournal(), sampleJournal());
    expect(plan.put).toEqual(emptyJournal());
    expect(plan.unchanged).toBe(13);
  });

  it('lets the newer version of a record win, either way', () => {
    const mine = sampleJournal();
    const theirs = sampleJournal();
    mine.commitments[0] = commitment('c1', { status: 'done', updatedAt: 500 + mine.commitments[0]!.updatedAt });
    theirs.commitments[0] = commitment('c1', { status: 'partly', updatedAt: 100 + mine.commitments[0]!.updatedAt - 500 });
    theirs.takeaways[0] = takeaway('t1', { text: 'Edited later', updatedAt: theirs.takeaways[0]!.updatedAt + 1 });
    const plan = mergeImport(mine, theirs);
    expect(plan.put.commitments).toEqual([]);
    expect(plan.put.takeaways).toEqual([theirs.takeaways[0]]);
    expect(plan.updated).toBe(1);
  });

  it('counts a record twice in the file once, keeping its newest version', () => {
    const incoming = emptyJournal();
    incoming.takeaways.push(takeaway('t', { text: 'old', updatedAt: 1 }), takeaway('t', { text: 'new', updatedAt: 2 }), takeaway('t', { text: 'older', updatedAt: 0 }));
    const plan = mergeImport(emptyJournal(), incoming);
    expect(plan.put.takeaways.map((t) => t.text)).toEqual(['new']);
    expect(plan.added).toBe(1);
  });

  it('matches sessions by room, newer opening wins', () => {
    const mine = sampleJournal();
    const theirs = sampleJournal();
    theirs.sessions[0] = { ...theirs.sessions[0]!, pagesCovered: [0, 1, 2, 3, 4, 5], lastOpenedAt: theirs.sessions[0]!.lastOpenedAt + 10 };
    const plan = mergeImport(mine, theirs);
    expect(plan.put.sessions).toEqual([theirs.sessions[0]]);
  });
});

describe('a session record that only grows', () => {
  const record = { roomId: 'r1', moduleId: 'm1', moduleTitle: 'Feedback', joinedAt: 1, lastOpenedAt: 2, pagesCovered: [0, 1, 4] };

  it('adds pages covered, never takes any away', () => {
    expect(unitePages([0, 4, 1], [2, 1])).toEqual([0, 1, 2, 4]);
    expect(growSession(record, { pagesCovered: [0] }).pagesCovered).toEqual([0, 1, 4]);
    expect(growSession(record, { pagesCovered: [0, 2] }).pagesCovered).toEqual([0, 1, 2, 4]);
    expect(growSession(record, {}).pagesCovered).toEqual([0, 1, 4]);
    expect(growSession({ ...record, pagesCovered: undefined }, {}).pagesCovered).toBeUndefined();
  });

  it('fills in a module it lacked, and never empties one it has', () => {
    const joined = { ...record, moduleId: '', moduleTitle: '' };
    expect(growSession(joined, { moduleId: 'm2', moduleTitle: 'Trust' })).toMatchObject({ moduleId: 'm2', moduleTitle: 'Trust' });
    expect(growSession(record, { moduleId: '', moduleTitle: '' })).toMatchObject({ moduleId: 'm1', moduleTitle: 'Feedback' });
    expect(growSession(record, { groupId: 'g', groupName: 'Blue' })).toMatchObject({ groupId: 'g', groupName: 'Blue' });
  });

  it('keeps the pages this device covered when a newer copy of the session is imported', () => {
    const mine = sampleJournal();
    const theirs = sampleJournal();
    mine.sessions[0] = { ...mine.sessions[0]!, pagesCovered: [0, 7] };
    theirs.sessions[0] = { ...theirs.sessions[0]!, pagesCovered: [0, 1], lastOpenedAt: theirs.sessions[0]!.lastOpenedAt + 10 };
    expect(mergeImport(mine, theirs).put.sessions[0]!.pagesCovered).toEqual([0, 1, 7]);
  });
});
