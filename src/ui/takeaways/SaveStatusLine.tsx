// Where my words stand: a calm "Saved on this device" as they are typed, and a clear message
// when the device's storage refuses them.

import type { TakeawayState } from '../../state/takeawayState.ts';

/** The save status of the pad and the commitments. */
export function SaveStatusLine({ takeaways }: { takeaways: TakeawayState }) {
  const status = takeaways.saveStatus.value;
  if (status === 'full') {
    return (
      <p class="save-status save-problem" role="alert">
        This device’s storage is full, so your latest words are not saved. What was saved before is kept. Free some space, then type again to save.
      </p>
    );
  }
  if (status === 'failed') {
    return (
      <p class="save-status save-problem" role="alert">
        Your latest words could not be saved on this device: {takeaways.saveProblem.value}
      </p>
    );
  }
  const text = status === 'saving' ? 'Saving…' : status === 'saved' ? 'Saved on this device' : 'Kept on this device';
  return <p class={`save-status save-${status}`}>{text}</p>;
}
