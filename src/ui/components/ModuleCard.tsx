// One module in the library list.

import type { ModuleSummary } from '../../core/module.ts';
import { moduleLang } from '../../core/module.ts';
import { t } from '../../i18n/i18n.ts';
import { formatNumber } from '../../i18n/intl.ts';
import { Link } from './Link.tsx';
import { MindsetBadge } from './MindsetBadge.tsx';

/** A module's card: title, mindset, summary and length. */
export function ModuleCard({ module }: { module: ModuleSummary }) {
  return (
    <li class={`module-card mindset-edge-${module.mindset}`}>
      <h3 lang={moduleLang(module)}>
        <Link href={`/modules/${module.id}`}>{module.title}</Link>
      </h3>
      <p class="module-summary" lang={moduleLang(module)}>{module.summary}</p>
      <p class="module-meta">
        <MindsetBadge mindset={module.mindset} />
        <span>{t('library.cardLength', { pages: module.pageCount, minutes: formatNumber(module.minutes) })}</span>
        {module.source === 'user' && <span>{t('library.addedByYou')}</span>}
      </p>
    </li>
  );
}
