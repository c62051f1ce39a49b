// The stored-problems note on the start screen, whose code and words load only when there is a
// problem to tell: almost never, so the start screen does not carry them.

import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { withLaterWords } from '../../i18n/i18n.ts';
import type { StoredProblem } from '../../storage/libraryRepo.ts';
import type { StoredPlace } from './StoredProblems.tsx';

type Props = { problems: StoredProblem[]; place?: StoredPlace };
let loaded: ComponentType<Props> | undefined;

/** The stored-problems note, once its code is here; nothing while there is no problem. */
export function LazyStoredProblems(props: Props) {
  const [Note, setNote] = useState<ComponentType<Props> | undefined>(() => loaded);
  const needed = props.problems.length > 0;
  useEffect(() => {
    if (Note || !needed) return undefined;
    let gone = false;
    withLaterWords(import('./StoredProblems.tsx')).then(
      (module) => {
        loaded = module.StoredProblems;
        if (!gone) setNote(() => module.StoredProblems);
      },
      (error: unknown) => console.warn('The stored-problems note could not load:', error),
    );
    return () => {
      gone = true;
    };
  }, [needed]);
  return Note && needed ? <Note {...props} /> : null;
}
