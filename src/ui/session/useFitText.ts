// Fits the projector's stage to the screen: the question as large as it can be (never under
// its minimum), then the page text as large as what is left allows. Text that still does not
// fit at its smallest is faded out at the bottom rather than scrolled.

import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/** Font-size bounds, in pixels. */
export interface FitBounds {
  questionMax: number;
  questionMin: number;
  textMax: number;
  textMin: number;
}

const overflows = (el: HTMLElement): boolean => el.scrollHeight > el.clientHeight + 1;

/** The largest size in [min, max] for which `fits` holds, or min when none does. */
function largestFitting(min: number, max: number, apply: (size: number) => void, fits: () => boolean): number {
  let low = min;
  let high = max;
  apply(high);
  if (fits()) return high;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    apply(mid);
    if (fits()) low = mid;
    else high = mid;
  }
  apply(low);
  return low;
}

/** Sizes `question` and `text` inside `stage` whenever `key` changes or the stage is resized. */
export function useFitText(stage: RefObject<HTMLElement | null>, question: RefObject<HTMLElement | null>, text: RefObject<HTMLElement | null>, bounds: FitBounds, key: unknown): void {
  useLayoutEffect(() => {
    const box = stage.current;
    if (!box) return;
    const fit = () => {
      const q = question.current;
      const t = text.current;
      if (!q) return;
      const setText = (size: number) => t?.style.setProperty('--fit-text', `${size}px`);
      const setQuestion = (size: number) => q.style.setProperty('--fit-question', `${size}px`);
      box.classList.remove('stage-clipped');
      setText(bounds.textMin);
      // The question comes first: as large as it can be with the text at its smallest.
      largestFitting(bounds.questionMin, bounds.questionMax, setQuestion, () => !overflows(box));
      if (t) largestFitting(bounds.textMin, bounds.textMax, setText, () => !overflows(box));
      box.classList.toggle('stage-clipped', overflows(box));
    };
    fit();
    const observer = new ResizeObserver(() => fit());
    observer.observe(box);
    return () => observer.disconnect();
  }, [key, bounds.questionMax, bounds.questionMin, bounds.textMax, bounds.textMin]);
}
