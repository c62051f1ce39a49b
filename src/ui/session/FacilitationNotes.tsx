// Calm words about who facilitates: the offer to take over when the facilitator's device has
// been gone from the room for a while, and the news when someone else now facilitates.

import { t } from '../../i18n/i18n.ts';
import type { SessionState } from '../../state/sessionState.ts';
import { Notice } from '../components/Notice.tsx';
import { nameOf } from './sessionWords.ts';

/** The take-over offer and the news of a new facilitator, on a laptop's view. */
export function FacilitationNotes({ state }: { state: SessionState }) {
  const people = state.participants.value ?? [];
  const nameById = (id: string) => nameOf(state, people.find((p) => p.id === id) ?? { id, name: '' });
  const news = state.facilitatorNews.value;
  const offer = state.canTakeOver.value;
  const facilitatorId = state.facilitatorId.value;
  return (
    <>
      {offer && facilitatorId && (
        <Notice title={t('session.facilitatorLeftTitle')}>
          <p>{t('session.facilitatorLeftText', { name: nameById(facilitatorId) })}</p>
          <button type="button" class="primary" onClick={() => state.takeOver()}>
            {t('session.takeOver')}
          </button>
        </Notice>
      )}
      {news && !offer && (
        <Notice title={news.to === state.deviceId ? t('session.youFacilitateNow') : t('session.facilitatesNow', { name: nameById(news.to) })}>
          <p>
            {news.from === state.deviceId
              ? t('session.tookOverWhileAway', { name: nameById(news.to) })
              : news.to === state.deviceId
                ? t('session.youMoveNow')
                : t('session.movesInstead', { to: nameById(news.to), from: nameById(news.from) })}
          </p>
          <button type="button" onClick={() => state.dismissFacilitatorNews()}>
            {t('session.closeNote')}
          </button>
        </Notice>
      )}
    </>
  );
}
