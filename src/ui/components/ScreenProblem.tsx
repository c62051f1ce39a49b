// What a screen shows instead of going blank when it fails to draw: what went wrong, that
// nothing saved is lost, and a way back (reload, or the library).

import { useApp } from '../../app/context.ts';
import { t } from '../../i18n/i18n.ts';
import { Words } from '../../i18n/Words.tsx';
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
      <h1 id="screen-problem-title">{t('app.screenProblemTitle')}</h1>
      <p>{t('app.screenProblemText')}</p>
      <p class="screen-problem-detail">
        <Words id="app.whatWentWrong" values={{ error: <code>{errorText(error)}</code> }} />
      </p>
      <div class="button-row">
        <button type="button" class="primary" onClick={reload}>
          {t('app.reloadApp')}
        </button>
        <button type="button" onClick={toLibrary}>
          {t('app.toLibrary')}
        </button>
      </div>
    </div>
  );
}
