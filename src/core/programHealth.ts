// The health of a program as its coordinator can see it from their own device: how densely each
// division takes part, and which mindsets the program's modules cover. Only counts, never a
// person's score; what happens in the meetings (takeaways, commitments) stays on the laptops of
// the people who were there.

import type { Mindset, ModuleSummary } from './module.ts';
import { MINDSETS } from './module.ts';
import type { Person, ProgramGroup } from './program.ts';

/** One division's part in the program. */
export interface DivisionShare {
  /** The division as the roster gives it; '' for people with none given. */
  division: string;
  onRoster: number;
  /** People of the division in a group that still meets. */
  inGroups: number;
}

/** How a program is doing. */
export interface ProgramHealth {
  /** Every division on the roster, the least represented in groups first, then by name. */
  divisions: DivisionShare[];
  /** How many of the program's chosen modules there are in each mindset, in the library's order. */
  mindsets: Array<{ mindset: Mindset; modules: number }>;
  /** Chosen modules that are no longer in this device's library. */
  missingModules: number;
}

/** The share of a division in groups, from 0 to 1 (0 for an empty division). */
export const shareOf = (d: DivisionShare): number => (d.onRoster === 0 ? 0 : d.inGroups / d.onRoster);

/** Works out a program's health from its roster, its groups and the library's modules. */
export function programHealth(input: { people: Person[]; groups: ProgramGroup[]; moduleIds: string[]; library: ModuleSummary[] }): ProgramHealth {
  const meeting = new Set(input.groups.filter((g) => g.status === 'active').flatMap((g) => g.memberIds));
  const byDivision = new Map<string, DivisionShare>();
  for (const person of input.people) {
    const division = person.division.trim();
    const share = byDivision.get(division) ?? { division, onRoster: 0, inGroups: 0 };
    share.onRoster++;
    if (meeting.has(person.id)) share.inGroups++;
    byDivision.set(division, share);
  }
  const divisions = [...byDivision.values()].sort((a, b) => shareOf(a) - shareOf(b) || a.division.localeCompare(b.division));

  const mindsetOf = new Map(input.library.map((m) => [m.id, m.mindset]));
  const chosen = [...new Set(input.moduleIds)];
  const mindsets = MINDSETS.map((mindset) => ({ mindset, modules: chosen.filter((id) => mindsetOf.get(id) === mindset).length }));
  return { divisions, mindsets, missingModules: chosen.filter((id) => !mindsetOf.has(id)).length };
}
