// The keys that move the group's pages (→ ← Space PageDown PageUp, which presentation clickers
// send), and where a key press belongs to a field or a control instead.

/** A move a key asks for. */
export type PageStep = 'next' | 'previous';

/** The parts of a key press that matter here. */
export interface PageKeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** Where a key was pressed: the focused element, described without the DOM. */
export interface PageKeyPlace {
  /** The element's tag name in upper case; 'BODY' when nothing in particular has focus. */
  tagName: string;
  /** An input's type, in lower case. */
  type?: string;
  /** Whether the element is editable text (contenteditable). */
  editable: boolean;
  /** Whether the element is the page area or inside it. */
  inPageArea: boolean;
}

/**
 * Where Space moves the pages: 'anywhere' but on a control (for the facilitator and the
 * projector), or only from the page area (for anyone else who may move them, so that a stray
 * Space on their laptop scrolls their own page rather than moving everyone's).
 */
export type SpaceScope = 'anywhere' | 'pageArea';

const STEPS: Record<string, PageStep> = { ArrowRight: 'next', PageDown: 'next', ' ': 'next', ArrowLeft: 'previous', PageUp: 'previous' };

/** Input types that take no typed text: a page key pressed on them may still move the pages. */
const UNTYPED_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'color', 'image', 'hidden']);

/** Elements whose own action Space triggers. */
const CONTROLS = new Set(['BUTTON', 'A', 'SUMMARY', 'INPUT', 'SELECT', 'TEXTAREA']);

/** Whether keys pressed at `place` type or choose a value: text-like inputs, textareas, selects, sliders and editable text. */
export function takesTyping(place: PageKeyPlace): boolean {
  if (place.editable || place.tagName === 'TEXTAREA' || place.tagName === 'SELECT') return true;
  return place.tagName === 'INPUT' && !UNTYPED_INPUTS.has(place.type ?? 'text');
}

/** The page move a key press asks for, or undefined when it asks for none or belongs to where it was pressed. */
export function pageStepOf(press: PageKeyPress, place: PageKeyPlace, options: { space: SpaceScope }): PageStep | undefined {
  const step = STEPS[press.key];
  if (!step || press.altKey || press.ctrlKey || press.metaKey || takesTyping(place)) return undefined;
  // Arrows move between the options of a radio group.
  if (place.tagName === 'INPUT' && place.type === 'radio' && press.key.startsWith('Arrow')) return undefined;
  if (press.key === ' ') {
    // Space presses a button, ticks a box or follows a link.
    if (CONTROLS.has(place.tagName)) return undefined;
    if (options.space === 'pageArea' && !place.inPageArea) return undefined;
  }
  return step;
}
