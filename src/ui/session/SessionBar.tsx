// The strip above a laptop's session: the module (in its mindset's colour), the group, the
// meeting's clock and the connection.

import type { SessionState } from '../../state/sessionState.ts';
import { AgendaClock } from './AgendaClock.tsx';
import { ConnectionBadge } from './ConnectionBadge.tsx';

/** The session bar. */
export function SessionBar({ state }: { state: SessionState }) {
  const module = state.module.value;
  const group = state.group.value;
  if (!module) return null;
  return (
    <div class="session-bar">
      <p class="session-module">
        <span class={`mindset-text-${module.mindset}`}>{module.title}</span>
        {/* A group without a name (none is stored for it) is simply not named. */}
        {group?.name && <span class="session-group"> · {group.name}</span>}
      </p>
      <AgendaClock state={state} />
      <ConnectionBadge status={state.status.value} />
    </div>
  );
}
