// Toggle buttons that narrow the library to one mindset.

import type { Mindset } from '../../core/module.ts';
import { MINDSETS } from '../../core/module.ts';
import { t } from '../../i18n/i18n.ts';
import { formatNumber } from '../../i18n/intl.ts';
import { mindsetName } from './MindsetBadge.tsx';

/** The mindset filter. `counts` says how many modules each mindset has. */
export function MindsetFilter({ value, counts, onChange }: { value: Mindset | undefined; counts: Record<Mindset, number>; onChange: (next: Mindset | undefined) => void }) {
  return (
    <div class="mindset-filter" role="group" aria-label={t('library.filterLabel')}>
      <button type="button" aria-pressed={value === undefined} onClick={() => onChange(undefined)}>
        {t('library.all')}
      </button>
      {MINDSETS.map((mindset) => (
        <button key={mindset} type="button" class={`filter-${mindset}`} aria-pressed={value === mindset} onClick={() => onChange(value === mindset ? undefined : mindset)}>
          {mindsetName(mindset)} <span class="count">{formatNumber(counts[mindset])}</span>
        </button>
      ))}
    </div>
  );
}
