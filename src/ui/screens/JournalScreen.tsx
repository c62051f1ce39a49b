// The route of the personal journal. Its code (and the export formats' code) loads only when
// the journal opens, so the start screen stays small.

import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Notice } from '../components/Notice.tsx';

let loaded: Promise<ComponentType> | undefined;
let ready: ComponentType | undefined;

/** Loads the journal's code once, and keeps it. */
export function loadJournalView(): Promise<ComponentType> {
  loaded ??= import('../journal/JournalView.tsx').then((module) => (ready = module.JournalView));
  return loaded;
}

/** The journal screen. */
export function JournalScreen() {
  const [View, setView] = useState<{ component: ComponentType } | { error: string } | undefined>(() => (ready ? { component: ready } : undefined));
  // Asked for while rendering, not after the paint: the code loads while this frame is drawn.
  const loading = loadJournalView();
  useEffect(() => {
    if (View) return undefined;
    let gone = false;
    loading.then(
      (component) => !gone && setView({ component }),
      (error: unknown) => {
        loaded = undefined;
        if (!gone) setView({ error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      gone = true;
    };
  }, []);
  if (View && 'component' in View) return <View.component />;
  return (
    <div class="page-width journal">
      <h1>Journal</h1>
      {View && 'error' in View ? (
        <Notice tone="problem" title="The journal could not open">
          <p>{View.error}. Reload to try again.</p>
        </Notice>
      ) : (
        <p class="quiet">Opening your journal…</p>
      )}
    </div>
  );
}
