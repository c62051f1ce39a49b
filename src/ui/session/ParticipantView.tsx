// A laptop's view of the session: the current page, the reader, the controls when this
// device has them, and the facilitator's panels when it facilitates.

import type { OpenedSession } from './openSession.ts';
import { Notice } from '../components/Notice.tsx';
import { ConnectionBadge } from './ConnectionBadge.tsx';
import { CurrentPage } from './CurrentPage.tsx';
import { FacilitatorTools } from './FacilitatorTools.tsx';
import { InvitePanel } from './InvitePanel.tsx';
import { PageControls } from './PageControls.tsx';
import { ReaderLine } from './ReaderLine.tsx';
import { Roster } from './Roster.tsx';

/** The participant view. */
export function ParticipantView({ opened }: { opened: OpenedSession }) {
  const { state } = opened;
  const session = state.session.value;
  const content = state.content.value;
  if (!session || !content) return null;
  const facilitator = session.participants.find((p) => p.id === session.facilitatorId);
  return (
    <div class="page-width session">
      <div class="session-bar">
        <p class={`mindset-text-${session.module.mindset} session-module`}>{session.module.title}</p>
        <ConnectionBadge status={state.status.value} />
      </div>
      {session.phase === 'ended' && (
        <Notice title="The session has ended">
          <p>Thank you. Everything from this session stays on this device.</p>
        </Notice>
      )}
      <div class="session-main">
        <CurrentPage content={content} page={session.page} />
        <ReaderLine reader={state.reader.value} next={state.nextReader.value} meId={state.deviceId} />
        {state.canControl.value && <PageControls page={session.page} pageCount={content.pages.length} onNext={state.next} onPrevious={state.previous} />}
        {state.notice.value && <p class="form-error" role="alert">{state.notice.value}</p>}
        <p class="quiet facilitated-by">
          {session.controlMode === 'anyone' ? 'Anyone can move the pages.' : `${facilitator ? (facilitator.id === state.deviceId ? 'You facilitate' : `Facilitated by ${facilitator.name}`) : 'Facilitated'}.`}
        </p>
      </div>
      {state.isFacilitator.value && (
        <div class="session-panels">
          <Roster state={state} />
          <FacilitatorTools state={state} />
        </div>
      )}
      <InvitePanel room={opened.room} />
    </div>
  );
}
