// Moves the group's pages from the keyboard or a presentation clicker, in whichever window of
// this device has focus, with the key map of core/pageKeys.

import { useEffect } from 'preact/hooks';
import type { PageKeyPlace, SpaceScope } from '../../core/pageKeys.ts';
import { pageStepOf } from '../../core/pageKeys.ts';
import type { SessionState } from '../../state/sessionState.ts';

/** Describes where a key event was pressed; the page area is the element marked `data-page-area` (GroupPage). */
export function keyPlaceOf(target: EventTarget | null): PageKeyPlace {
  if (!(target instanceof Element)) return { tagName: 'BODY', editable: false, inPageArea: false };
  return {
    tagName: target.tagName.toUpperCase(),
    type: target instanceof HTMLInputElement ? target.type.toLowerCase() : undefined,
    editable: target instanceof HTMLElement && target.isContentEditable,
    inPageArea: target.closest('[data-page-area]') !== null,
  };
}

/** While `enabled`, page keys pressed in this window move the group's pages. */
export function usePageKeys(state: SessionState, { enabled, space }: { enabled: boolean; space: SpaceScope }): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const step = pageStepOf(event, keyPlaceOf(event.target), { space });
      if (!step) return;
      event.preventDefault();
      if (step === 'next') state.next();
      else state.previous();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [state, enabled, space]);
}
