// Calm words about who facilitates: the offer to take over when the facilitator's device has
// been gone from the room for a while, and the news when someone else now facilitates.

import type { SessionState } from '../../state/sessionState.ts';
import { Notice } from '../components/Notice.tsx';

/** The take-over offer and the news of a new facilitator, on a laptop's view. */
export function FacilitationNotes({ state }: { state: SessionState }) {
  const people = state.participants.value ?? [];
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? 'Someone';
  const news = state.facilitatorNews.value;
  const offer = state.canTakeOver.value;
  const facilitatorId = state.facilitatorId.value;
  return (
    <>
      {offer && facilitatorId && (
        <Notice title="The facilitator’s device has left the room">
          <p>{nameOf(facilitatorId)}’s device has not been in the room for a while. So that the meeting can go on, anyone here may take over facilitation. They can hand it back at any time.</p>
          <button type="button" class="primary" onClick={() => state.takeOver()}>
            Take over facilitation
          </button>
        </Notice>
      )}
      {news && !offer && (
        <Notice title={news.to === state.deviceId ? 'You facilitate now' : `${nameOf(news.to)} facilitates now`}>
          <p>
            {news.from === state.deviceId
              ? `While your device was away, ${nameOf(news.to)} took over facilitation, so the meeting could go on. You take part as a participant now; ${nameOf(news.to)} can hand it back.`
              : news.to === state.deviceId
                ? 'You move the pages and keep the time now.'
                : `${nameOf(news.to)} moves the pages now, instead of ${nameOf(news.from)}.`}
          </p>
          <button type="button" onClick={() => state.dismissFacilitatorNews()}>
            Close this note
          </button>
        </Notice>
      )}
    </>
  );
}
