// The page the group is on: where it is in the module, its text and its question.

import type { Module } from '../../core/module.ts';
import { moduleLang } from '../../core/module.ts';
import { t } from '../../i18n/i18n.ts';
import { PromptBox } from '../components/PromptBox.tsx';
import { TextBlocks } from '../components/TextBlocks.tsx';

/** The current page, for a laptop, with the minutes the meeting's plan gives it. */
export function CurrentPage({ content, page, plannedMinutes }: { content: Module; page: number; plannedMinutes?: number }) {
  const current = content.pages[page];
  if (!current) return null;
  return (
    <article class="current-page" aria-labelledby="current-page-title">
      <p class="page-position">
        {t('session.pageOf', { page: page + 1, count: content.pages.length })}
        {plannedMinutes !== undefined && plannedMinutes > 0 && <span> · {t('session.aboutMinutes', { minutes: plannedMinutes })}</span>}
      </p>
      <h1 id="current-page-title" lang={moduleLang(content)}>
        {current.title}
      </h1>
      <div lang={moduleLang(content)}>
        <TextBlocks blocks={current.blocks} />
      </div>
      <PromptBox prompt={current.prompt} lang={moduleLang(content)} />
    </article>
  );
}
