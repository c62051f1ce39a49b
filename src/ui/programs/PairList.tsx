// A list of pairs of people, each with a remove button when it can be removed.

import type { Pair, Person } from '../../core/program.ts';

interface PairListProps {
  title: string;
  pairs: Pair[];
  names: Map<string, Person>;
  onRemove?: (pair: Pair) => void;
}

/** Named pairs. Nothing is shown when there are none. */
export function PairList({ title, pairs, names, onRemove }: PairListProps) {
  if (pairs.length === 0) return null;
  const name = (id: string) => names.get(id)?.name ?? 'someone no longer on the roster';
  return (
    <div class="pair-list">
      <h3>{title}</h3>
      <ul aria-label={title}>
        {pairs.map((pair) => (
          <li key={pair.join('|')}>
            <span>
              {name(pair[0])} and {name(pair[1])}
            </span>
            {onRemove && (
              <button type="button" onClick={() => onRemove(pair)} aria-label={`Remove the pair ${name(pair[0])} and ${name(pair[1])}`}>
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
