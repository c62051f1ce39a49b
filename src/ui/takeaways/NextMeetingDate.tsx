// The next meeting's date: the facilitator sets it in the closing round, and it becomes the
// default "by when" of every new commitment. Everyone else sees it.

import { t } from '../../i18n/i18n.ts';
import type { TakeawayState } from '../../state/takeawayState.ts';
import { formatDay } from './formatDay.ts';

/** The next meeting's date, editable by the facilitator. */
export function NextMeetingDate({ takeaways }: { takeaways: TakeawayState }) {
  const date = takeaways.nextMeeting.value;
  if (!takeaways.isFacilitator.value) {
    return date ? <p class="next-meeting">{t('takeaways.nextMeeting', { date: formatDay(date) })}</p> : null;
  }
  return (
    <label class="next-meeting next-meeting-field">
      <span>{t('takeaways.nextMeetingLabel')}</span>
      <input type="date" value={date ?? ''} onChange={(e) => takeaways.setNextMeeting(e.currentTarget.value || null)} />
      <span class="quiet">{t('takeaways.nextMeetingHint')}</span>
    </label>
  );
}
