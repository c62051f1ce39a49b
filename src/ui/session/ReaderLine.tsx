// Who reads this page aloud, and who reads the next; "you" when it is this device's person.

import type { Participant } from '../../core/session.ts';

/** The reader line. */
export function ReaderLine({ reader, next, meId }: { reader?: Participant; next?: Participant; meId?: string }) {
  return (
    <div class="reader-line" role="status" aria-label="Reader">
      <p class={reader?.id === meId ? 'reader-me' : undefined}>{reader ? (reader.id === meId ? 'You read this page' : `Read by ${reader.name}`) : 'Nobody is marked present to read'}</p>
      {next && <p class={next.id === meId ? 'reader-next-me' : undefined}>{next.id === meId ? 'You read next' : `Next: ${next.name}`}</p>}
    </div>
  );
}
