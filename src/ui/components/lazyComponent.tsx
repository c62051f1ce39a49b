// A part of a screen whose code loads the first time it is drawn, so that the start screen does
// not carry it: until then it draws `fallback` (nothing by default). A failed load is tried again
// the next time it is drawn.

import type { ComponentChild, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** The component `load()` gives, drawn once loaded. */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, fallback: () => ComponentChild = () => null): ComponentType<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  let ready: ComponentType<P> | undefined;

  function LazyComponent(props: P) {
    const [loaded, setLoaded] = useState<ComponentType<P> | undefined>(() => ready);
    useEffect(() => {
      if (loaded) return undefined;
      let gone = false;
      (loading ??= load()).then(
        (component) => {
          ready = component;
          if (!gone) setLoaded(() => component);
        },
        (error: unknown) => {
          loading = undefined;
          console.warn('A part of this screen could not load:', error);
        },
      );
      return () => {
        gone = true;
      };
    }, []);
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <>{fallback()}</>;
  }
  return LazyComponent;
}
