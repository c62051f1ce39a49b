// One group of the draft: its explanation, and each member with a select to move them to another group.

import { useId, useState } from 'preact/hooks';
import type { GroupExplanation } from '../../core/grouping/types.ts';
import type { Person } from '../../core/program.ts';
import { t } from '../../i18n/i18n.ts';
import { nameList, nameOf } from './programWords.ts';

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

/** Why a group is as it is: the divisions it mixes, its new pairs and those that met before. */
function explain(explanation: GroupExplanation): string {
  const facts = [
    explanation.divisions.length > 0 ? t('programs.groupMixes', { divisions: nameList(explanation.divisions) }) : t('programs.groupNoDivisions'),
    t('programs.groupNewPairs', { count: explanation.newPairs }),
  ];
  if (explanation.repeatedPairs > 0) facts.push(t('programs.groupMetBefore', { count: explanation.repeatedPairs }));
  return facts.join(' · ');
}

/** A draft group's card. */
export function DraftGroupCard({ name, members, groupIndex, groupCount, explanation, people, folded, onMove }: DraftGroupCardProps) {
  const [open, setOpen] = useState(!folded);
  const headingId = useId();
  const list = (
    <ul class="member-list" aria-label={t('programs.membersOf', { name })}>
      {members.map((id) => {
        const person = people.get(id);
        const label = nameOf(people, id);
        return (
          <li key={id}>
            <span class="member-name">
              {label}
              {person?.division && <span class="tag">{person.division}</span>}
            </span>
            <select aria-label={t('programs.moveTo', { name: label })} onChange={(e) => onMove(id, Number(e.currentTarget.value))}>
              {Array.from({ length: groupCount }, (_, g) => (
                <option key={g} value={g} selected={g === groupIndex}>
                  {g === groupIndex ? t('programs.inGroup', { number: g + 1 }) : t('programs.moveToGroup', { number: g + 1 })}
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
        {name} <span class="quiet">{t('programs.memberCount', { count: members.length })}</span>
      </h4>
      {explanation && <p class="group-why">{explain(explanation)}</p>}
      {folded && (
        <button type="button" class="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('programs.hideMembers') : t('programs.showMembers', { count: members.length })}
        </button>
      )}
      {open && list}
    </li>
  );
}
