// A small path router: the current location as a signal, and navigation through history.

import { signal } from '@preact/signals';

/** The routes of the app. */
export type Route =
  | { name: 'library' }
  | { name: 'module'; id: string }
  | { name: 'settings' }
  | { name: 'session' }
  | { name: 'journal' }
  | { name: 'programs' }
  | { name: 'program'; id: string }
  | { name: 'notFound'; path: string };

/** Reads a path into a route. */
export function matchRoute(path: string): Route {
  if (path === '/' || path === '') return { name: 'library' };
  if (path === '/settings') return { name: 'settings' };
  if (path === '/session') return { name: 'session' };
  if (path === '/journal') return { name: 'journal' };
  if (path === '/programs') return { name: 'programs' };
  const program = /^\/programs\/([^/]+)\/?$/.exec(path);
  if (program?.[1]) return { name: 'program', id: safeDecode(program[1]) };
  const module = /^\/modules\/([^/]+)\/?$/.exec(path);
  if (module?.[1]) return { name: 'module', id: safeDecode(module[1]) };
  return { name: 'notFound', path };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The router: the current path, and a way to go elsewhere. */
export type Router = ReturnType<typeof createRouter>;

/** Creates a router over the browser's history. */
export function createRouter(win: Window) {
  const path = signal(win.location.pathname);
  win.addEventListener('popstate', () => {
    path.value = win.location.pathname;
  });
  return {
    path,
    navigate(to: string): void {
      const pathname = to.split('#')[0] ?? to;
      if (to === path.value) return;
      win.history.pushState(null, '', to);
      path.value = pathname;
      win.scrollTo(0, 0);
    },
  };
}
