// The route of the personal journal. Its code (and the export formats' code) loads only when
// the journal opens, so the start screen stays small.

import { lazyScreen } from '../components/lazyScreen.tsx';

/** The journal screen. */
export const JournalScreen = lazyScreen('app.journalTitle', () => import('../journal/JournalView.tsx').then((module) => module.JournalView));
