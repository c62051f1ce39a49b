// Offers a new version of the app, quietly: it never reloads by itself and blocks nothing.
// When another tab switched to a new version, this one says so and goes on as it is.

import { useApp } from '../../app/context.ts';
import { t } from '../../i18n/i18n.ts';

/** The update prompt, at the bottom of the screen while an update waits. */
export function UpdatePrompt() {
  const { device } = useApp();
  const elsewhere = device.showUpdatedElsewhere.value;
  if (!elsewhere && !device.offerUpdateNow.value) return null;
  return (
    <aside class="update-prompt" aria-label={t('app.updateLabel')}>
      <p>{elsewhere ? t('app.updatedElsewhere') : t('app.updateReady')}</p>
      <div class="button-row">
        <button type="button" class="primary" onClick={() => (elsewhere ? location.reload() : device.update())}>
          {elsewhere ? t('app.reload') : t('app.updateNow')}
        </button>
        <button type="button" onClick={() => device.dismissUpdate()}>
          {t('app.later')}
        </button>
      </div>
    </aside>
  );
}
