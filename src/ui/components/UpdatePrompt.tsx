// Offers a new version of the app, quietly: it never reloads by itself and blocks nothing.

import { useApp } from '../../app/context.ts';

/** The update prompt, at the bottom of the screen while an update waits. */
export function UpdatePrompt() {
  const { device } = useApp();
  if (device.showUpdatedElsewhere.value) {
    return (
      <aside class="update-prompt" aria-label="App update">
        <p>Roundtable was updated in another tab. This tab goes on as it is; reload it when it suits you.</p>
        <div class="button-row">
          <button type="button" class="primary" onClick={() => location.reload()}>
            Reload
          </button>
          <button type="button" onClick={() => device.dismissUpdate()}>
            Later
          </button>
        </div>
      </aside>
    );
  }
  if (!device.offerUpdateNow.value) return null;
  return (
    <aside class="update-prompt" aria-label="App update">
      <p>A new version of Roundtable is ready. It takes a second to switch.</p>
      <div class="button-row">
        <button type="button" class="primary" onClick={() => device.update()}>
          Update now
        </button>
        <button type="button" onClick={() => device.dismissUpdate()}>
          Later
        </button>
      </div>
    </aside>
  );
}
