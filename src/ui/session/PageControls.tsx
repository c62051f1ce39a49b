// Moving the pages: two buttons, and the keys a presentation clicker sends (see usePageKeys).

import { t } from '../../i18n/i18n.ts';
import type { SessionState } from '../../state/sessionState.ts';
import { usePageKeys } from './usePageKeys.ts';

/** The page controls, which move the whole group; with them, the page keys. */
export function PageControls({ state }: { state: SessionState }) {
  const page = state.page.value ?? 0;
  const pageCount = state.content.value?.pages.length ?? 0;
  // The facilitator's Space moves the pages from anywhere but a control; anyone else's only from
  // the page area, so that a stray Space on a participant's laptop does not move everyone.
  usePageKeys(state, { enabled: true, space: state.isFacilitator.value ? 'anywhere' : 'pageArea' });
  return (
    <div class="page-controls">
      <button type="button" onClick={state.previous} disabled={page === 0}>
        {t('session.previousPage')}
      </button>
      <button type="button" class="primary" onClick={state.next} disabled={page >= pageCount - 1}>
        {t('session.nextPage')}
      </button>
    </div>
  );
}
