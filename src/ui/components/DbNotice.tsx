// Tells the person when this tab must be reloaded: another tab updated the database, or
// storage could not be opened.

import { useApp } from '../../app/context.ts';
import { t } from '../../i18n/i18n.ts';
import type { MessageId } from '../../i18n/keys.ts';
import type { DbNotice as DbNoticeCode } from '../../state/deviceState.ts';
import { Notice } from './Notice.tsx';

const WORDS: Record<DbNoticeCode['code'], MessageId> = {
  updatedElsewhere: 'app.dbUpdatedElsewhere',
  blocked: 'app.dbBlocked',
  cannotOpen: 'app.dbCannotOpen',
  newerData: 'app.dbNewerData',
};

/** The database notice, shown above every screen when needed. */
export function DbNotice() {
  const { device } = useApp();
  const notice = device.dbNotice.value;
  if (!notice) return null;
  return (
    <div class="page-width db-notice">
      <Notice tone="problem" title={t('app.reloadTabTitle')}>
        <p>{t(WORDS[notice.code], notice.code === 'cannotOpen' ? { error: notice.error } : undefined)}</p>
        <button type="button" onClick={() => location.reload()}>
          {t('app.reload')}
        </button>
      </Notice>
    </div>
  );
}
