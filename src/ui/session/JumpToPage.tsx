// Moving the group straight to a page, for whoever controls the pages.

import { useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import type { SessionState } from '../../state/sessionState.ts';

/** The jump-to-page form. */
export function JumpToPage({ state }: { state: SessionState }) {
  const content = state.content.value;
  const page = state.page.value ?? 0;
  const [target, setTarget] = useState<number | null>(null);
  if (!content) return null;
  const chosen = target ?? page;
  return (
    <form
      class="inline-form jump-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (state.goTo(chosen)) setTarget(null);
      }}
    >
      <label>
        <span>{t('session.goToPage')}</span>
        <select value={String(chosen)} onChange={(e) => setTarget(Number(e.currentTarget.value))}>
          {content.pages.map((p, i) => (
            <option key={i} value={String(i)}>
              {t('session.pageOption', { number: i + 1, title: p.title })}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={chosen === page}>
        {t('session.go')}
      </button>
    </form>
  );
}
