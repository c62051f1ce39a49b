// A calm line about the connection: how many devices are here, or that it is finding them.

import { t } from '../../i18n/i18n.ts';
import type { ConnectionStatus } from '../../sync/sessionConnection.ts';

/** Describes the connection in a few words. */
export function describeConnection(status: ConnectionStatus): string {
  const parts: string[] = [];
  if (status.devices > 0) parts.push(t('session.otherDevices', { count: status.devices }));
  if (status.windows > 0) parts.push(t('session.windowsHere', { count: status.windows }));
  if (parts.length > 0) return status.signaling === 'lost' ? t('session.reconnectingForMore', { connected: parts.join(' · ') }) : parts.join(' · ');
  if (status.signaling === 'off') return t('session.deviceOnly');
  if (status.signaling === 'lost') return t('session.reconnecting');
  if (status.signaling === 'connecting') return t('session.connecting');
  return t('session.waitingForDevices');
}

/** The connection indicator. */
export function ConnectionBadge({ status }: { status: ConnectionStatus }) {
  const live = status.devices > 0 || status.windows > 0;
  return (
    <p class={`connection ${live ? 'connection-live' : 'connection-waiting'}`} role="status" aria-label={t('session.connectionLabel')}>
      <span class="connection-dot" aria-hidden="true" />
      {describeConnection(status)}
    </p>
  );
}
