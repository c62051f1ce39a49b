// Offers a new version of the app, quietly: it never reloads by itself and blocks nothing.
// When another tab switched to a new version, this one says so and goes on as it is.

import { useApp } from '../../app/context.ts';

/** The update prompt, at the bottom of the screen while an update waits. */
export function UpdatePrompt() {
  const { device } = useApp();
  const elsewhere = device.showUpdatedElsewhere.value;
  if (!elsewhere && !device.offerUpdateNow.value) return null;
  return (
    <aside class="update-prompt" aria-label="App update">
      <p>{elsewhere ? 'Roundtable was updated in another tab. This tab goes on as it is; reload it when it suits you.' : 'A new version of Roundtable is ready. It takes a second to switch.'}</p>
      <div class="button-row">
        <button type="button" class="primary" onClick={() => (elsewhere ? location.reload() : device.update())}>
          {elsewhere ? 'Reload' : 'Update now'}
        </button>
        <button type="button" onClick={() => device.dismissUpdate()}>
          Later
        </button>
      </div>
    </aside>
  );
}
