// The bar at the top of every screen: the app's name and the main places.

import { t } from '../../i18n/i18n.ts';
import { Link } from './Link.tsx';

/** The app header. */
export function AppHeader() {
  return (
    <header class="app-header">
      <Link href="/" class="brand">
        <img src="/icon.svg" alt="" width={28} height={28} />
        <span>{t('app.name')}</span>
      </Link>
      <nav aria-label={t('app.mainNav')}>
        <Link href="/">{t('app.navLibrary')}</Link>
        <Link href="/journal">{t('app.navJournal')}</Link>
        <Link href="/programs">{t('app.navPrograms')}</Link>
        <Link href="/settings">{t('app.navSettings')}</Link>
      </nav>
    </header>
  );
}
