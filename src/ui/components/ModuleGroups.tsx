// The library list, grouped by mindset.

import { useState } from 'preact/hooks';
import type { Mindset, ModuleSummary } from '../../core/module.ts';
import { MINDSETS } from '../../core/module.ts';
import { t } from '../../i18n/i18n.ts';
import { formatNumber } from '../../i18n/intl.ts';
import { mindsetName, mindsetTheme } from './MindsetBadge.tsx';
import { ModuleCard } from './ModuleCard.tsx';

/** How many cards a mindset shows before "Show all". */
export const GROUP_PREVIEW = 12;

/** Modules under one heading a mindset, in the mindsets' order. A big group shows its first cards and a button for the rest. */
export function ModuleGroups({ modules }: { modules: ModuleSummary[] }) {
  const [expanded, setExpanded] = useState<ReadonlySet<Mindset>>(new Set());
  const single = new Set(modules.map((module) => module.mindset)).size === 1;
  return (
    <>
      {MINDSETS.map((mindset) => {
        const group = modules.filter((module) => module.mindset === mindset);
        if (group.length === 0) return null;
        const name = mindsetName(mindset);
        const all = single || expanded.has(mindset);
        const shown = all ? group : group.slice(0, GROUP_PREVIEW);
        return (
          <section key={mindset} class="mindset-group" aria-labelledby={`group-${mindset}`}>
            <h2 id={`group-${mindset}`} class={`mindset-heading mindset-text-${mindset}`}>
              {name} <span class="theme">{mindsetTheme(mindset)}</span>
            </h2>
            <ul class="module-grid">
              {shown.map((module) => (
                <ModuleCard key={module.id} module={module} />
              ))}
            </ul>
            {shown.length < group.length && (
              <button type="button" class="show-all" onClick={() => setExpanded(new Set([...expanded, mindset]))}>
                {t('library.showAllOfMindset', { count: formatNumber(group.length), mindset: name })}
              </button>
            )}
          </section>
        );
      })}
    </>
  );
}
