// A calm line about the connection: how many devices are here, or that it is finding them.

import type { ConnectionStatus } from '../../sync/sessionConnection.ts';

/** Describes the connection in a few words. */
export function describeConnection(status: ConnectionStatus): string {
  const parts: string[] = [];
  if (status.devices > 0) parts.push(status.devices === 1 ? '1 other device connected' : `${status.devices} other devices connected`);
  if (status.windows > 0) parts.push(status.windows === 1 ? '1 window on this device' : `${status.windows} windows on this device`);
  if (parts.length > 0) return status.signaling === 'lost' ? `${parts.join(' · ')} · reconnecting to find more` : parts.join(' · ');
  if (status.signaling === 'off') return 'This device only';
  if (status.signaling === 'lost') return 'Reconnecting…';
  if (status.signaling === 'connecting') return 'Connecting…';
  return 'Waiting for other devices';
}

/** The connection indicator. */
export function ConnectionBadge({ status }: { status: ConnectionStatus }) {
  const live = status.devices > 0 || status.windows > 0;
  return (
    <p class={`connection ${live ? 'connection-live' : 'connection-waiting'}`} role="status" aria-label="Connection">
      <span class="connection-dot" aria-hidden="true" />
      {describeConnection(status)}
    </p>
  );
}
