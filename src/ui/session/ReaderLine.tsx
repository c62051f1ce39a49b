// Who reads this page aloud, and who reads the next: a clear cue when it is this device's person.

import type { SessionState } from '../../state/sessionState.ts';

/** The reader line of a laptop. */
export function ReaderLine({ state }: { state: SessionState }) {
  const reader = state.reader.value;
  const next = state.nextReader.value;
  const meId = state.deviceId;
  const mine = reader?.id === meId;
  const mineNext = !mine && next?.id === meId;
  return (
    <div class={`reader-line${mine || mineNext ? ' reader-cue' : ''}`} role="status" aria-label="Reader">
      <p class={mine ? 'reader-me' : undefined}>{reader ? (mine ? 'Your turn: you read this page aloud' : `Read by ${reader.name}`) : 'Nobody is marked present to read'}</p>
      {next && <p class={mineNext ? 'reader-next-me' : undefined}>{mineNext ? 'You read next' : next.id === meId ? 'You read the next page too' : `Next: ${next.name}`}</p>}
    </div>
  );
}
