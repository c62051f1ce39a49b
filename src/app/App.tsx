// The app's frame: the services in context, the header, the route's screen (behind an error
// boundary, so that it is never left blank), and the calm notices that may sit above or below it.

import type { AppServices } from './context.ts';
import { AppContext } from './context.ts';
import { matchRoute } from './router.ts';
import { t } from '../i18n/i18n.ts';
import { AppHeader } from '../ui/components/AppHeader.tsx';
import { DbNotice } from '../ui/components/DbNotice.tsx';
import { ErrorBoundary } from '../ui/components/ErrorBoundary.tsx';
import { ScreenProblem } from '../ui/components/ScreenProblem.tsx';
import { ProgramScreen, ProgramsScreen } from '../ui/programs/programScreens.ts';
import { UpdatePrompt } from '../ui/components/UpdatePrompt.tsx';
import { JournalScreen } from '../ui/screens/JournalScreen.tsx';
import { LibraryScreen } from '../ui/screens/LibraryScreen.tsx';
import { lazyScreen } from '../ui/components/lazyScreen.tsx';
import { NotFoundScreen } from '../ui/screens/NotFoundScreen.tsx';
import { SettingsScreen } from '../ui/screens/SettingsScreen.tsx';

/** A module's screen: its code (starting a session among it) loads on first use, off the start screen. */
const ModuleScreen = lazyScreen<{ id: string }>(null, () => import('../ui/screens/ModuleScreen.tsx').then((module) => module.ModuleScreen));
/** A session's screen: it reads the link, then loads the session's own code. */
const SessionScreen = lazyScreen(null, () => import('../ui/screens/SessionScreen.tsx').then((module) => module.SessionScreen));

/** The whole app, given its services. */
export function App({ services }: { services: AppServices }) {
  const path = services.router.path.value;
  const route = matchRoute(path);
  return (
    <AppContext.Provider value={services}>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <DbNotice />
      <main id="main" tabIndex={-1}>
        {/* A screen that fails to draw shows what went wrong, with the header still there to leave by. */}
        <ErrorBoundary resetKey={path} fallback={(error, retry) => <ScreenProblem error={error} retry={retry} />}>
          {route.name === 'library' && <LibraryScreen />}
          {route.name === 'module' && <ModuleScreen id={route.id} />}
          {route.name === 'settings' && <SettingsScreen />}
          {route.name === 'session' && <SessionScreen />}
          {route.name === 'journal' && <JournalScreen />}
          {route.name === 'programs' && <ProgramsScreen />}
          {route.name === 'program' && <ProgramScreen key={route.id} id={route.id} />}
          {route.name === 'notFound' && <NotFoundScreen path={route.path} />}
        </ErrorBoundary>
      </main>
      <UpdatePrompt />
    </AppContext.Provider>
  );
}
