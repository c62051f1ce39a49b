// Shown for an address the app does not know.

import { t } from '../../i18n/i18n.ts';
import { Words } from '../../i18n/Words.tsx';
import { Link } from '../components/Link.tsx';

/** The screen for an unknown route. */
export function NotFoundScreen({ path }: { path: string }) {
  return (
    <div class="page-width">
      <h1>{t('app.notFoundTitle')}</h1>
      <p>
        <Words id="app.notFoundText" values={{ path: <code>{path}</code> }} />
      </p>
      <p>
        <Link href="/">{t('app.toModuleLibrary')}</Link>
      </p>
    </div>
  );
}
