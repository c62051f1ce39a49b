// Loads the programs screens on first use, so that the start screen's bundle never carries them
// (nor the CSV parser, the calendar writer or the grouping engine's cost).

import { useEffect, useState } from 'preact/hooks';
import type * as ProgramScreens from './programScreens.ts';

type Screens = typeof ProgramScreens;

// The loaded module, so that a second visit renders at once.
let loaded: Screens | undefined;

/** The programs list (no id) or one program, loaded lazily. */
export function LazyProgramScreen({ id }: { id?: string }) {
  const [screens, setScreens] = useState<Screens | undefined>(loaded);
  const [error, setError] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (screens) return;
    import('./programScreens.ts').then(
      (module) => {
        loaded = module;
        setScreens(module);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);

  if (error) {
    return (
      <div class="page-width">
        <h1>Programs</h1>
        <p class="form-error">The programs screen could not be loaded: {error}. Reload the page to try again.</p>
      </div>
    );
  }
  if (!screens) return <p class="page-width quiet">Opening programs…</p>;
  return id === undefined ? <screens.ProgramsScreen /> : <screens.ProgramScreen id={id} />;
}
