// Where my words stand: a calm "Saved on this device" as they are typed, and a clear message
// when the device's storage refuses them.

import { t } from '../../i18n/i18n.ts';
import type { TakeawayState } from '../../state/takeawayState.ts';

/** The save status of the pad and the commitments. */
export function SaveStatusLine({ takeaways }: { takeaways: TakeawayState }) {
  const status = takeaways.saveStatus.value;
  if (status === 'full') {
    return (
      <p class="save-status save-problem" role="alert">
        {t('takeaways.storageFull')}
      </p>
    );
  }
  if (status === 'failed') {
    return (
      <p class="save-status save-problem" role="alert">
        {t('takeaways.saveFailed', { problem: takeaways.saveProblem.value ?? '' })}
      </p>
    );
  }
  const text = t(status === 'saving' ? 'takeaways.saving' : status === 'saved' ? 'takeaways.saved' : 'takeaways.kept');
  return <p class={`save-status save-${status}`}>{text}</p>;
}
