// Moving the group straight to a page, for whoever controls the pages.

import { useState } from 'preact/hooks';
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
        <span>Go to page</span>
        <select value={String(chosen)} onChange={(e) => setTarget(Number(e.currentTarget.value))}>
          {content.pages.map((p, i) => (
            <option key={i} value={String(i)}>
              {i + 1}. {p.title}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={chosen === page}>
        Go
      </button>
    </form>
  );
}
