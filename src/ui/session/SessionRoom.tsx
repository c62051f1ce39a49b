// The live session's screen: waiting, joining, the participant's or the projector's view, or
// a clear word when this app cannot take part (a newer or damaged session).

import { t } from '../../i18n/i18n.ts';
import { Link } from '../components/Link.tsx';
import { Notice } from '../components/Notice.tsx';
import type { OpenedSession } from './openedSession.ts';
import { problemText } from './sessionWords.ts';
import { JoinForm } from './JoinForm.tsx';
import { ParticipantView } from './ParticipantView.tsx';
import { ProjectorView } from './ProjectorView.tsx';
import { WaitingRoom } from './WaitingRoom.tsx';

/** The session room. */
export function SessionRoom({ opened }: { opened: OpenedSession }) {
  const { state } = opened;
  // Only the kind of session, not its content: a page move redraws the parts that show the page.
  const kind = state.readState.value;
  if (kind === 'newer') {
    return (
      <div class="page-width">
        <h1>{t('session.updateHeading')}</h1>
        <Notice tone="problem" title={t('session.newerTitle')}>
          <p>{t('session.newerText')}</p>
        </Notice>
        <p>
          <Link href="/">{t('session.backToLibrary')}</Link>
        </p>
      </div>
    );
  }
  if (kind === 'invalid') {
    const problem = state.problem.value;
    return (
      <div class="page-width">
        <h1>{t('session.cannotShowHeading')}</h1>
        <Notice tone="problem" title={t('session.damagedTitle')}>
          {problem && <p>{problemText(problem)}</p>}
        </Notice>
      </div>
    );
  }
  if (kind === 'empty') return <WaitingRoom status={state.status.value} />;
  if (state.role === 'projector') return <ProjectorView state={state} room={opened.room} />;
  if (state.needsJoin.value) return <JoinForm opened={opened} />;
  return <ParticipantView opened={opened} />;
}
