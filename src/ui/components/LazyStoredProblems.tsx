// The stored-problems note on the start screen: its code and words load only when it is drawn,
// which is only when there is a problem to tell, so the start screen does not carry them.

import { withLaterWords } from '../../i18n/i18n.ts';
import { lazyComponent } from './lazyComponent.tsx';

/** The stored-problems note; draw it only when there are problems. */
export const LazyStoredProblems = lazyComponent(() => withLaterWords(import('./StoredProblems.tsx')).then((module) => module.StoredProblems));
