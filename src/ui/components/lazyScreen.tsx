// Screens whose code loads on first use, so that the start screen's bundle never carries them.
// While the code loads the screen shows its heading and a quiet line; if it cannot load (the
// app was updated and the old chunk is gone, say), it says so and how to go on.

import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t, withLaterWords } from '../../i18n/i18n.ts';
import type { MessageId } from '../../i18n/keys.ts';
import { Notice } from './Notice.tsx';

type Loaded<P> = { component: ComponentType<P> } | { error: string };

/**
 * A screen that shows `load()`'s component once loaded; `title` heads it until then (null for a
 * screen whose heading is not known before it loads, such as a module's).
 */
export function lazyScreen<P extends object>(titleId: MessageId | null, load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  let ready: ComponentType<P> | undefined;
  const start = () =>
    (loading ??= withLaterWords(load()).then(
      (component) => (ready = component),
      (error: unknown) => {
        // The next visit tries again.
        loading = undefined;
        throw error;
      },
    ));

  function LazyScreen(props: P) {
    const [loaded, setLoaded] = useState<Loaded<P> | undefined>(() => (ready ? { component: ready } : undefined));
    // Asked for while rendering, not after the paint: the code loads while this frame is drawn.
    if (!loaded) start().catch(() => undefined);
    useEffect(() => {
      if (loaded) return undefined;
      let gone = false;
      start().then(
        (component) => !gone && setLoaded({ component }),
        (error: unknown) => !gone && setLoaded({ error: error instanceof Error ? error.message : String(error) }),
      );
      return () => {
        gone = true;
      };
    }, []);

    if (loaded && 'component' in loaded) return <loaded.component {...props} />;
    const title = titleId === null ? null : t(titleId);
    return (
      <div class="page-width">
        {title !== null && <h1>{title}</h1>}
        {loaded ? (
          <Notice tone="problem" title={title === null ? t('app.screenCouldNotOpen') : t('app.titledScreenCouldNotOpen', { title })}>
            <p>{t('app.reloadToRetry', { error: loaded.error })}</p>
          </Notice>
        ) : (
          <p class="quiet">{t('app.opening')}</p>
        )}
      </div>
    );
  }
  return LazyScreen;
}
