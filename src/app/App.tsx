// The app's frame: the services in context, the header, the route's screen, and the calm
// notices that may sit above or below it.

import type { AppServices } from './context.ts';
import { AppContext } from './context.ts';
import { matchRoute } from './router.ts';
import { AppHeader } from '../ui/components/AppHeader.tsx';
import { DbNotice } from '../ui/components/DbNotice.tsx';
import { LazyProgramScreen } from '../ui/programs/LazyProgramScreen.tsx';
import { UpdatePrompt } from '../ui/components/UpdatePrompt.tsx';
import { JournalScreen } from '../ui/screens/JournalScreen.tsx';
import { LibraryScreen } from '../ui/screens/LibraryScreen.tsx';
import { ModuleScreen } from '../ui/screens/ModuleScreen.tsx';
import { NotFoundScreen } from '../ui/screens/NotFoundScreen.tsx';
import { SessionScreen } from '../ui/screens/SessionScreen.tsx';
import { SettingsScreen } from '../ui/screens/SettingsScreen.tsx';

/** The whole app, given its services. */
export function App({ services }: { services: AppServices }) {
  const route = matchRoute(services.router.path.value);
  return (
    <AppContext.Provider value={services}>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader />
      <DbNotice />
      <main id="main" tabIndex={-1}>
        {route.name === 'library' && <LibraryScreen />}
        {route.name === 'module' && <ModuleScreen id={route.id} />}
        {route.name === 'settings' && <SettingsScreen />}
        {route.name === 'session' && <SessionScreen />}
        {route.name === 'journal' && <JournalScreen />}
        {route.name === 'programs' && <LazyProgramScreen />}
        {route.name === 'program' && <LazyProgramScreen key={route.id} id={route.id} />}
        {route.name === 'notFound' && <NotFoundScreen path={route.path} />}
      </main>
      <UpdatePrompt />
    </AppContext.Provider>
  );
}
