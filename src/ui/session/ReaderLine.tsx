// Who reads this page aloud, and who reads the next: a clear cue when it is this device's person.

import { t } from '../../i18n/i18n.ts';
import type { SessionState } from '../../state/sessionState.ts';
import { nameOf } from './sessionWords.ts';

/** The reader line of a laptop. */
export function ReaderLine({ state }: { state: SessionState }) {
  const reader = state.reader.value;
  const next = state.nextReader.value;
  const meId = state.deviceId;
  const mine = reader?.id === meId;
  const mineNext = !mine && next?.id === meId;
  return (
    <div class={`reader-line${mine || mineNext ? ' reader-cue' : ''}`} role="status" aria-label={t('session.readerLabel')}>
      <p class={mine ? 'reader-me' : undefined}>{reader ? (mine ? t('session.yourTurnToRead') : t('session.readBy', { name: nameOf(state, reader) })) : t('session.nobodyToRead')}</p>
      {next && (
        <p class={mineNext ? 'reader-next-me' : undefined}>
          {mineNext ? t('session.youReadNext') : next.id === meId ? t('session.youReadNextToo') : t('session.nextReader', { name: nameOf(state, next) })}
        </p>
      )}
    </div>
  );
}
