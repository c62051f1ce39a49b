// A page's question or exercise, set apart from its text.

import type { ModulePage } from '../../core/module.ts';
import { t } from '../../i18n/i18n.ts';

/** The prompt box of a page. */
export function PromptBox({ prompt, lang }: { prompt: ModulePage['prompt']; lang?: string }) {
  return (
    <div class={`prompt prompt-${prompt.kind}`}>
      <p class="prompt-label">{prompt.kind === 'question' ? t('common.question') : t('common.exercise')}</p>
      <p class="prompt-text" lang={lang}>{prompt.text}</p>
    </div>
  );
}
