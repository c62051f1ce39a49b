// The programs screens, each loaded on first use, so that the start screen's bundle never carries
// them (nor the CSV parser, the calendar writer or the grouping engine's cost).

import { lazyScreen } from '../components/lazyScreen.tsx';

/** The list of programs. */
export const ProgramsScreen = lazyScreen('app.programsTitle', () => import('../screens/ProgramsScreen.tsx').then((module) => module.ProgramsScreen));

/** One program. */
export const ProgramScreen = lazyScreen<{ id: string }>('app.programTitle', () => import('../screens/ProgramScreen.tsx').then((module) => module.ProgramScreen));
