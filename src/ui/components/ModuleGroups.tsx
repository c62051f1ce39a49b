// The library list, grouped by mindset.

import type { ModuleSummary } from '../../core/module.ts';
import { MINDSETS, MINDSET_LABELS } from '../../core/module.ts';
import { ModuleCard } from './ModuleCard.tsx';

/** Modules under one heading a mindset, in the mindsets' order. */
export function ModuleGroups({ modules }: { modules: ModuleSummary[] }) {
  return (
    <>
      {MINDSETS.map((mindset) => {
        const group = modules.filter((module) => module.mindset === mindset);
        if (group.length === 0) return null;
        const label = MINDSET_LABELS[mindset];
        return (
          <section key={mindset} class="mindset-group" aria-labelledby={`group-${mindset}`}>
            <h2 id={`group-${mindset}`} class={`mindset-heading mindset-text-${mindset}`}>
              {label.name} <span class="theme">{label.theme}</span>
            </h2>
            <ul class="module-grid">
              {group.map((module) => (
                <ModuleCard key={module.id} module={module} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
