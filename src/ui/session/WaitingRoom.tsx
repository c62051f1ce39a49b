// Shown until the session's document arrives: what is happening, calmly, and what is wrong
// when something is (a wrong secret, or nobody answering).

import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import type { ConnectionStatus } from '../../sync/sessionConnection.ts';
import { Link } from '../components/Link.tsx';
import { Notice } from '../components/Notice.tsx';
import { ConnectionBadge } from './ConnectionBadge.tsx';

/** How long to wait quietly before saying that no device has answered. */
export const QUIET_WAIT_MS = 10_000;

/** The waiting screen. */
export function WaitingRoom({ status }: { status: ConnectionStatus }) {
  const [waitedLong, setWaitedLong] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setWaitedLong(true), QUIET_WAIT_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div class="page-width">
      <h1>{t('session.joiningHeading')}</h1>
      <ConnectionBadge status={status} />
      {status.wrongSecret ? (
        <Notice tone="problem" title={t('session.wrongKeyTitle')}>
          <p>{t('session.wrongKeyText')}</p>
        </Notice>
      ) : waitedLong ? (
        <Notice title={t('session.noAnswerTitle')}>
          <p>{t('session.noAnswerText')}</p>
        </Notice>
      ) : (
        <p class="quiet">{t('session.findingDevices')}</p>
      )}
      <p>
        <Link href="/">{t('session.backToLibrary')}</Link>
      </p>
    </div>
  );
}
