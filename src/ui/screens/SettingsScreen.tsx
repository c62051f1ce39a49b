// The route of settings and about. Its code (the connection settings, and deleting all data with
// the journal's storage code) loads only when it opens, so the start screen stays small.

import { lazyScreen } from '../components/lazyScreen.tsx';

/** The settings and about screen. */
export const SettingsScreen = lazyScreen('app.settingsTitle', () => import('./SettingsView.tsx').then((module) => module.SettingsView));
