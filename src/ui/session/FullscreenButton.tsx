// One button into and out of full screen, for the projected window.

import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';

/** The full-screen toggle; hidden where the browser has no full screen. */
export function FullscreenButton() {
  const [full, setFull] = useState(!!document.fullscreenElement);
  useEffect(() => {
    const onChange = () => setFull(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  if (!document.fullscreenEnabled) return null;
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  };
  return (
    <button type="button" class="primary" onClick={toggle}>
      {full ? t('session.leaveFullscreen') : t('session.fullscreen')}
    </button>
  );
}
