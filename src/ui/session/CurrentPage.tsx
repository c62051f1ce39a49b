// The page the group is on: where it is in the module, its text and its question.

import type { Module } from '../../core/module.ts';
import { PromptBox } from '../components/PromptBox.tsx';
import { TextBlocks } from '../components/TextBlocks.tsx';

/** The current page, for a laptop, with the minutes the meeting's plan gives it. */
export function CurrentPage({ content, page, plannedMinutes }: { content: Module; page: number; plannedMinutes?: number }) {
  const current = content.pages[page];
  if (!current) return null;
  return (
    <article class="current-page" aria-labelledby="current-page-title">
      <p class="page-position">
        Page {page + 1} of {content.pages.length}
        {plannedMinutes !== undefined && plannedMinutes > 0 && <span> · about {plannedMinutes} min</span>}
      </p>
      <h1 id="current-page-title">{current.title}</h1>
      <TextBlocks blocks={current.blocks} />
      <PromptBox prompt={current.prompt} />
    </article>
  );
}
