import { describe, expect, it } from 'vitest';
import type { ModuleSummary } from './module.ts';
import type { Person, ProgramGroup } from './program.ts';
import { programHealth, shareOf } from './programHealth.ts';

const person = (id: string, division: string): Person => ({ id, programId: 'prog', name: id, email: '', division, level: '', location: '', manager: '' });
const group = (id: string, memberIds: string[], status: ProgramGroup['status'] = 'active'): ProgramGroup => ({ id, programId: 'prog', name: id, memberIds, groupingId: 'g', round: 1, status, cycles: [], createdAt: 0 });
const summary = (id: string, mindset: ModuleSummary['mindset']): ModuleSummary => ({ id, title: id, mindset, summary: '', author: '', minutes: 90, version: 1, tags: [], pageCount: 9, source: 'bundled' });

describe('programHealth', () => {
  it('counts, by division, the people on the roster and those in a group that still meets, the thinnest first', () => {
    const people = [person('a1', 'Sales'), person('a2', 'Sales'), person('a3', 'Sales'), person('b1', 'Finance'), person('b2', 'Finance'), person('c1', ' '), person('d1', 'Legal')];
    const groups = [group('g1', ['a1', 'a2', 'b1']), group('old', ['a3', 'b2', 'd1'], 'stopped'), group('re', ['d1'], 'regrouped')];
    const health = programHealth({ people, groups, moduleIds: [], library: [] });
    // Legal 0 of 1 and no division 0 of 1 (0 %), Finance 1 of 2 (50 %), Sales 2 of 3 (67 %).
    expect(health.divisions).toEqual([
      { division: '', onRoster: 1, inGroups: 0 },
      { division: 'Legal', onRoster: 1, inGroups: 0 },
      { division: 'Finance', onRoster: 2, inGroups: 1 },
      { division: 'Sales', onRoster: 3, inGroups: 2 },
    ]);
    expect(health.divisions.map(shareOf)).toEqual([0, 0, 0.5, 2 / 3]);
  });

  it('counts the chosen modules of each mindset, once each, and those missing from the library', () => {
    const library = [summary('m1', 'reflection'), summary('m2', 'reflection'), summary('m3', 'action'), summary('m4', 'analysis')];
    const health = programHealth({ people: [], groups: [], moduleIds: ['m1', 'm2', 'm3', 'm1', 'gone'], library });
    expect(health.mindsets).toEqual([
      { mindset: 'reflection', modules: 2 },
      { mindset: 'analysis', modules: 0 },
      { mindset: 'worldliness', modules: 0 },
      { mindset: 'collaboration', modules: 0 },
      { mindset: 'action', modules: 1 },
    ]);
    expect(health.missingModules).toBe(1);
    expect(programHealth({ people: [], groups: [], moduleIds: [], library }).divisions).toEqual([]);
  });
});
