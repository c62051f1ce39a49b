import { describe, expect, it } from 'vitest';
import { createRouter, matchRoute } from './router.ts';

describe('matchRoute', () => {
  it('reads the library, settings and module routes', () => {
    expect(matchRoute('/')).toEqual({ name: 'library' });
    expect(matchRoute('')).toEqual({ name: 'library' });
    expect(matchRoute('/settings')).toEqual({ name: 'settings' });
    expect(matchRoute('/journal')).toEqual({ name: 'journal' });
    expect(matchRoute('/modules/abc')).toEqual({ name: 'module', id: 'abc' });
    expect(matchRoute('/modules/leading-change/')).toEqual({ name: 'module', id: 'leading-change' });
  });

  it('decodes the module id', () => {
    expect(matchRoute('/modules/a%20b')).toEqual({ name: 'module', id: 'a b' });
    expect(matchRoute('/modules/%C3%A9quipe')).toEqual({ name: 'module', id: 'équipe' });
  });

  it('keeps a malformed percent-encoding as it is instead of throwing', () => {
    expect(() => matchRoute('/modules/%E0%A4%A')).not.toThrow();
    expect(matchRoute('/modules/%E0%A4%A')).toEqual({ name: 'module', id: '%E0%A4%A' });
    expect(matchRoute('/modules/%')).toEqual({ name: 'module', id: '%' });
  });

  it('reads the programs list and one program, decoding its id', () => {
    expect(matchRoute('/programs')).toEqual({ name: 'programs' });
    expect(matchRoute('/programs/p1')).toEqual({ name: 'program', id: 'p1' });
    expect(matchRoute('/programs/p%201/')).toEqual({ name: 'program', id: 'p 1' });
    for (const path of ['/programs/', '/programs/a/b', '/program', '/Programs']) expect(matchRoute(path)).toEqual({ name: 'notFound', path });
  });

  it('gives notFound with the path for anything else', () => {
    for (const path of ['/nope', '/modules', '/modules/', '/modules/a/b', '/settings/extra', '/Settings', '//']) {
      expect(matchRoute(path)).toEqual({ name: 'notFound', path });
    }
  });
});

describe('createRouter', () => {
  it('starts at the current path, navigates through history, and follows back and forward', () => {
    window.history.pushState(null, '', '/');
    const router = createRouter(window);
    expect(router.path.value).toBe('/');

    router.navigate('/settings');
    expect(router.path.value).toBe('/settings');
    expect(window.location.pathname).toBe('/settings');

    router.navigate('/modules/abc');
    expect(router.path.value).toBe('/modules/abc');
    expect(window.location.pathname).toBe('/modules/abc');

    // Going back: the browser changes the location and fires popstate.
    window.history.replaceState(null, '', '/settings');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(router.path.value).toBe('/settings');
  });

  it('does not add a history entry when navigating to where it already is', () => {
    window.history.pushState(null, '', '/settings');
    const router = createRouter(window);
    const before = window.history.length;
    router.navigate('/settings');
    expect(window.history.length).toBe(before);
    router.navigate('/');
    expect(window.history.length).toBe(before + 1);
  });
});
