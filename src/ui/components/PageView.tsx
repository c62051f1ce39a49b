// One page of a module: title, suggested time, text and its question or exercise.

import type { ModulePage } from '../../core/module.ts';
import { t } from '../../i18n/i18n.ts';
import { formatNumber } from '../../i18n/intl.ts';
import { PromptBox } from './PromptBox.tsx';
import { TextBlocks } from './TextBlocks.tsx';

/** A module page in the module screen's list. */
export function PageView({ page, number, lang }: { page: ModulePage; number: number; lang?: string }) {
  const headingId = `page-${number}`;
  return (
    <li class="page" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span class="page-number">{t('common.pageNumber', { number: formatNumber(number) })}</span> <span lang={lang}>{page.title}</span>
      </h2>
      {page.minutes !== undefined && <p class="page-time">{t('common.aboutMinutes', { minutes: page.minutes })}</p>}
      <div lang={lang}>
        <TextBlocks blocks={page.blocks} />
      </div>
      <PromptBox prompt={page.prompt} lang={lang} />
    </li>
  );
}
