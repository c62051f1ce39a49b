// Moving the pages: two buttons, and the keys a presentation clicker sends (→ ← Space PageDown PageUp).

import { useEffect } from 'preact/hooks';
import type { SessionState } from '../../state/sessionState.ts';

/** Whether a key event comes from a place where keys type text. */
function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return !!target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** The page controls, which move the whole group. */
export function PageControls({ state }: { state: SessionState }) {
  const page = state.page.value ?? 0;
  const pageCount = state.content.value?.pages.length ?? 0;
  const onNext = state.next;
  const onPrevious = state.previous;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event)) return;
      const target = event.target as HTMLElement | null;
      if (event.key === ' ' && target?.tagName === 'BUTTON') return;
      if (['ArrowRight', 'PageDown', ' '].includes(event.key)) {
        event.preventDefault();
        onNext();
      } else if (['ArrowLeft', 'PageUp'].includes(event.key)) {
        event.preventDefault();
        onPrevious();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [onNext, onPrevious]);
  return (
    <div class="page-controls">
      <button type="button" onClick={onPrevious} disabled={page === 0}>
        Previous page
      </button>
      <button type="button" class="primary" onClick={onNext} disabled={page >= pageCount - 1}>
        Next page
      </button>
    </div>
  );
}
