// Tells the person when this tab must be reloaded: another tab updated the database, or
// storage could not be opened.

import { useApp } from '../../app/context.ts';
import { Notice } from './Notice.tsx';

/** The database notice, shown above every screen when needed. */
export function DbNotice() {
  const { device } = useApp();
  const message = device.dbNotice.value;
  if (!message) return null;
  return (
    <div class="page-width db-notice">
      <Notice tone="problem" title="Please reload this tab">
        <p>{message}</p>
        <button type="button" onClick={() => location.reload()}>
          Reload
        </button>
      </Notice>
    </div>
  );
}
