// The coloured name of a mindset, and the words for each mindset's name and theme, by its id.

import type { Mindset } from '../../core/module.ts';
import { t } from '../../i18n/i18n.ts';
import type { MessageId } from '../../i18n/keys.ts';

const NAMES: Record<Mindset, MessageId> = {
  reflection: 'library.reflection',
  analysis: 'library.analysis',
  worldliness: 'library.worldliness',
  collaboration: 'library.collaboration',
  action: 'library.action',
};

const THEMES: Record<Mindset, MessageId> = {
  reflection: 'library.reflectionTheme',
  analysis: 'library.analysisTheme',
  worldliness: 'library.worldlinessTheme',
  collaboration: 'library.collaborationTheme',
  action: 'library.actionTheme',
};

/** A mindset's name in the interface language ("Reflection"). */
export function mindsetName(mindset: Mindset): string {
  return t(NAMES[mindset]);
}

/** What a mindset is about, in the interface language ("managing self"). */
export function mindsetTheme(mindset: Mindset): string {
  return t(THEMES[mindset]);
}

/** A mindset's name in its colour. */
export function MindsetBadge({ mindset }: { mindset: Mindset }) {
  return <span class={`mindset-badge mindset-${mindset}`}>{mindsetName(mindset)}</span>;
}
