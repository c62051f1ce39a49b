// The states the screens read, provided once at the top of the tree.

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { DeviceState } from '../state/deviceState.ts';
import type { LibraryState } from '../state/libraryState.ts';
import type { RoundtableDb } from '../storage/db.ts';
import type { Router } from './router.ts';

/** Everything a screen may read or act on. */
export interface AppServices {
  db: RoundtableDb;
  router: Router;
  library: LibraryState;
  device: DeviceState;
  contentVersion: string;
}

/** The context that carries the services. */
export const AppContext = createContext<AppServices | undefined>(undefined);

/** The services, inside the app. */
export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp() is used outside <AppContext.Provider>');
  return services;
}
