// Whether nobody has moved the mouse, touched the screen or moved focus in this window for a
// while: the projector then hides its own controls from the projected image.

import { useEffect, useState } from 'preact/hooks';

/** How long the projector's controls stay after the last movement. */
export const CONTROLS_REST_MS = 3000;

/** True once `ms` have passed with no mouse movement, touch or focus change; false again at the next one. */
export function useResting(ms = CONTROLS_REST_MS): boolean {
  const [resting, setResting] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wake = () => {
      setResting(false);
      clearTimeout(timer);
      timer = setTimeout(() => setResting(true), ms);
    };
    // Page keys are not among these: a clicker moving the pages leaves the controls hidden.
    const events = ['mousemove', 'pointerdown', 'focusin'] as const;
    for (const name of events) addEventListener(name, wake, { passive: true });
    wake();
    return () => {
      clearTimeout(timer);
      for (const name of events) removeEventListener(name, wake);
    };
  }, [ms]);
  return resting;
}
