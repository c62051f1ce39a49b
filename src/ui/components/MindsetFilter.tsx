// Toggle buttons that narrow the library to one mindset.

import type { Mindset } from '../../core/module.ts';
import { MINDSETS, MINDSET_LABELS } from '../../core/module.ts';

/** The mindset filter. `counts` says how many modules each mindset has. */
export function MindsetFilter({ value, counts, onChange }: { value: Mindset | undefined; counts: Record<Mindset, number>; onChange: (next: Mindset | undefined) => void }) {
  return (
    <div class="mindset-filter" role="group" aria-label="Filter by mindset">
      <button type="button" aria-pressed={value === undefined} onClick={() => onChange(undefined)}>
        All
      </button>
      {MINDSETS.map((mindset) => (
        <button key={mindset} type="button" class={`filter-${mindset}`} aria-pressed={value === mindset} onClick={() => onChange(value === mindset ? undefined : mindset)}>
          {MINDSET_LABELS[mindset].name} <span class="count">{counts[mindset]}</span>
        </button>
      ))}
    </div>
  );
}
