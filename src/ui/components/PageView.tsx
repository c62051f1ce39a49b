// One page of a module: title, suggested time, text and its question or exercise.

import type { ModulePage } from '../../core/module.ts';
import { PromptBox } from './PromptBox.tsx';
import { TextBlocks } from './TextBlocks.tsx';

/** A module page in the module screen's list. */
export function PageView({ page, number }: { page: ModulePage; number: number }) {
  const headingId = `page-${number}`;
  return (
    <li class="page" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span class="page-number">Page {number}</span> {page.title}
      </h2>
      {page.minutes !== undefined && <p class="page-time">About {page.minutes} minutes</p>}
      <TextBlocks blocks={page.blocks} />
      <PromptBox prompt={page.prompt} />
    </li>
  );
}
