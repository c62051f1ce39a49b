// What a screen shows instead of going blank when it fails to draw: what went wrong, that
// nothing saved is lost, and a way back (reload, or the library).

import { useApp } from '../../app/context.ts';
import { errorText } from './ErrorBoundary.tsx';

/** The calm message for a screen that could not be drawn. `reload` reloads the app. */
export function ScreenProblem({ error, retry, reload = () => location.reload() }: { error: unknown; retry: () => void; reload?: () => void }) {
  const { router } = useApp();
  const toLibrary = () => {
    router.navigate('/');
    // Already at the library, the path does not change: try it again all the same.
    retry();
  };
  return (
    <div class="page-width screen-problem" role="alert" aria-labelledby="screen-problem-title">
      <h1 id="screen-problem-title">This screen could not be shown</h1>
      <p>Roundtable ran into a problem it did not expect while drawing it. What was already saved on this device is kept.</p>
      <p class="screen-problem-detail">
        What went wrong: <code>{errorText(error)}</code>
      </p>
      <div class="button-row">
        <button type="button" class="primary" onClick={reload}>
          Reload the app
        </button>
        <button type="button" onClick={toLibrary}>
          Go to the library
        </button>
      </div>
    </div>
  );
}
