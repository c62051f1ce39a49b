// The page area of a laptop: the page the group is on, or, while this person browses on their
// own, the page they chose, with where the group is and one click back to it.

import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { takesTyping } from '../../core/pageKeys.ts';
import { t } from '../../i18n/i18n.ts';
import type { SessionState } from '../../state/sessionState.ts';
import { CurrentPage } from './CurrentPage.tsx';
import { keyPlaceOf } from './usePageKeys.ts';

/** The group's page, with private browsing for those who do not move the pages; `children` (the reader line) come above it. */
export function GroupPage({ state, children }: { state: SessionState; children?: ComponentChildren }) {
  const content = state.content.value;
  const groupPage = state.page.value;
  const canControl = state.canControl.value;
  const plan = state.plan.value;
  const [viewing, setViewing] = useState<number | null>(null);
  // Whoever moves the pages always sees the group's page: their keys move everyone.
  const shown = canControl || viewing === null ? groupPage : viewing;
  const area = useRef<HTMLDivElement>(null);
  const drawn = useRef(false);
  useEffect(() => {
    if (!drawn.current) {
      drawn.current = true;
      return;
    }
    // A new page starts at its top, with the reader line, when the last one was scrolled down
    // while being read; not while the person is writing somewhere else.
    const box = area.current?.getBoundingClientRect();
    const writing = takesTyping(keyPlaceOf(document.activeElement));
    if (box && box.top < 0 && box.bottom > 0 && !writing) area.current?.scrollIntoView?.({ block: 'start' });
  }, [shown]);
  if (!content || groupPage === undefined || shown === undefined) return null;
  const browsing = shown !== groupPage;
  const look = (to: number) => setViewing(to === groupPage ? null : to);
  const count = content.pages.length;
  return (
    // Focusable by a click, so that Space pressed on the page is meant for the pages (see usePageKeys).
    <div class={`group-page${browsing ? ' browsing' : ''}`} ref={area} tabIndex={-1} data-page-area>
      {browsing && (
        <div class="browse-banner" role="status">
          <p>{t('session.browsingOwn', { shown: shown + 1, group: groupPage + 1 })}</p>
          <button type="button" class="primary" onClick={() => setViewing(null)}>
            {t('session.backToGroup')}
          </button>
        </div>
      )}
      {children}
      <CurrentPage content={content} page={shown} plannedMinutes={plan?.pageMinutes[shown]} />
      {!canControl && (
        <div class="browse-controls" role="group" aria-label={t('session.browseOwn')}>
          <button type="button" disabled={shown === 0} onClick={() => look(shown - 1)}>
            {t('session.lookPrevious')}
          </button>
          <button type="button" disabled={shown >= count - 1} onClick={() => look(shown + 1)}>
            {t('session.lookNext')}
          </button>
        </div>
      )}
    </div>
  );
}
