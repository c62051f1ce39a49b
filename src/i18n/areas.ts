// The catalog's areas: one JSON file per area and language in messages/. A message id is
// `area.key`. The start screen loads the start areas before its first paint; every other
// screen loads the later areas with its code, so the start screen's bundle stays small.

/** Areas the start screen (the library, the app's frame) words. */
export const START_AREAS = ['app', 'common', 'library', 'languages'] as const;

/** Areas only other screens word. */
export const LATER_AREAS = ['moduleFile', 'problems', 'room', 'module', 'session', 'takeaways', 'journal', 'programs', 'settings', 'refusals', 'content'] as const;

/** A catalog area. */
export type Area = (typeof START_AREAS)[number] | (typeof LATER_AREAS)[number];

/** The two parts a language's catalog loads in. */
export type CatalogPart = 'start' | 'later';

/** Which part an area's messages load in. */
export function partOf(area: string): CatalogPart | undefined {
  if ((START_AREAS as readonly string[]).includes(area)) return 'start';
  if ((LATER_AREAS as readonly string[]).includes(area)) return 'later';
  return undefined;
}
