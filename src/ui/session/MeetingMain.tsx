// The main column of a laptop, by the agenda's step: the check-in, the group's page with its
// reader and controls, the closing round, or the end.

import { t } from '../../i18n/i18n.ts';
import type { SessionState } from '../../state/sessionState.ts';
import { Notice } from '../components/Notice.tsx';
import { OfflineNote } from '../components/OfflineNote.tsx';
import { GroupPage } from './GroupPage.tsx';
import { JumpToPage } from './JumpToPage.tsx';
import { PageControls } from './PageControls.tsx';
import { ReaderLine } from './ReaderLine.tsx';

/** The meeting's main column. */
export function MeetingMain({ state }: { state: SessionState }) {
  const phase = state.phase.value;
  const canControl = state.canControl.value;
  if (phase === 'checkin') {
    return (
      <section class="phase-intro" aria-labelledby="phase-heading">
        <h1 id="phase-heading">{t('session.stepCheckin')}</h1>
        <p>{t('session.checkinText')}</p>
      </section>
    );
  }
  if (phase === 'closing') {
    return (
      <section class="phase-intro" aria-labelledby="phase-heading">
        <h1 id="phase-heading">{t('session.stepClosing')}</h1>
        <p>{t('session.closingText')}</p>
      </section>
    );
  }
  if (phase === 'ended') {
    return (
      <section class="phase-intro" aria-labelledby="phase-heading">
        <h1 id="phase-heading">{t('session.endedHeading')}</h1>
        <Notice title={t('session.thankYou')}>
          <p>{t('session.endedText')}</p>
        </Notice>
        <OfflineNote />
      </section>
    );
  }
  return (
    <>
      <GroupPage state={state}>
        <ReaderLine state={state} />
      </GroupPage>
      {canControl && (
        <div class="control-row">
          <PageControls state={state} />
          <JumpToPage state={state} />
        </div>
      )}
    </>
  );
}
