// A list of pairs of people, each with a remove button when it can be removed.

import type { Pair, Person } from '../../core/program.ts';
import { t } from '../../i18n/i18n.ts';
import { nameOf, pairText } from './programWords.ts';

interface PairListProps {
  title: string;
  pairs: Pair[];
  names: Map<string, Person>;
  onRemove?: (pair: Pair) => void;
}

/** Named pairs. Nothing is shown when there are none. */
export function PairList({ title, pairs, names, onRemove }: PairListProps) {
  if (pairs.length === 0) return null;
  return (
    <div class="pair-list">
      <h3>{title}</h3>
      <ul aria-label={title}>
        {pairs.map((pair) => {
          const [a, b] = [nameOf(names, pair[0]), nameOf(names, pair[1])];
          return (
            <li key={pair.join('|')}>
              <span>{pairText(a, b)}</span>
              {onRemove && (
                <button type="button" onClick={() => onRemove(pair)} aria-label={t('programs.removePairLabel', { a, b })}>
                  {t('programs.remove')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
