// One group of the draft: its explanation, and each member with a select to move them to another group.

import { useState } from 'preact/hooks';
import type { GroupExplanation } from '../../core/grouping/types.ts';
import type { Person } from '../../core/program.ts';

interface DraftGroupCardProps {
  name: string;
  members: string[];
  groupIndex: number;
  groupCount: number;
  explanation: GroupExplanation | undefined;
  people: Map<string, Person>;
  /** Shows the members only once opened, for drafts with many groups. */
  folded: boolean;
  onMove: (personId: string, toGroup: number) => void;
}

/** A draft group's card. */
export function DraftGroupCard({ name, members, groupIndex, groupCount, explanation, people, folded, onMove }: DraftGroupCardProps) {
  const [open, setOpen] = useState(!folded);
  const headingId = `draft-${name.replace(/\W+/g, '-')}-${groupIndex}`;
  const list = (
    <ul class="member-list" aria-label={`Members of ${name}`}>
      {members.map((id) => {
        const person = people.get(id);
        const label = person?.name ?? 'someone no longer on the roster';
        return (
          <li key={id}>
            <span class="member-name">
              {label}
              {person?.division && <span class="tag">{person.division}</span>}
            </span>
            <select aria-label={`Move ${label} to`} onChange={(e) => onMove(id, Number(e.currentTarget.value))}>
              {Array.from({ length: groupCount }, (_, g) => (
                <option key={g} value={g} selected={g === groupIndex}>
                  {g === groupIndex ? `In group ${g + 1}` : `Move to group ${g + 1}`}
                </option>
              ))}
            </select>
          </li>
        );
      })}
    </ul>
  );
  return (
    <li class="group-card" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {name} <span class="quiet">({members.length})</span>
      </h4>
      {explanation && (
        <p class="group-why">
          {explanation.divisions.length > 0 ? `Mixes ${explanation.divisions.join(', ')}` : 'No divisions given'} · {explanation.newPairs} new{' '}
          {explanation.newPairs === 1 ? 'pair' : 'pairs'}
          {explanation.repeatedPairs > 0 && ` · ${explanation.repeatedPairs} met before`}
        </p>
      )}
      {folded && (
        <button type="button" class="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide members' : `Show members (${members.length})`}
        </button>
      )}
      {open && list}
    </li>
  );
}
