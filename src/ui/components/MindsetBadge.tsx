// The coloured name of a mindset.

import type { Mindset } from '../../core/module.ts';
import { MINDSET_LABELS } from '../../core/module.ts';

/** A mindset's name in its colour. */
export function MindsetBadge({ mindset }: { mindset: Mindset }) {
  return <span class={`mindset-badge mindset-${mindset}`}>{MINDSET_LABELS[mindset].name}</span>;
}
