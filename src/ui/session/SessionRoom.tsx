// The live session's screen: waiting, joining, the participant's or the projector's view, or
// a clear word when this app cannot take part (a newer or damaged session).

import { Link } from '../components/Link.tsx';
import { Notice } from '../components/Notice.tsx';
import type { OpenedSession } from './openedSession.ts';
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
        <h1>Update Roundtable to join this session</h1>
        <Notice tone="problem" title="This session comes from a newer version of Roundtable">
          <p>Another device runs a newer version, and this one cannot read the session safely, so it changes nothing. Update the app (reload when online, or accept the update offered), then open the link again.</p>
        </Notice>
        <p>
          <Link href="/">Back to the module library</Link>
        </p>
      </div>
    );
  }
  if (kind === 'invalid') {
    return (
      <div class="page-width">
        <h1>This session cannot be shown</h1>
        <Notice tone="problem" title="The session’s data is damaged">
          <p>{state.problem.value}. This device changes nothing in it.</p>
        </Notice>
      </div>
    );
  }
  if (kind === 'empty') return <WaitingRoom status={state.status.value} />;
  if (state.role === 'projector') return <ProjectorView state={state} room={opened.room} />;
  if (state.needsJoin.value) return <JoinForm opened={opened} />;
  return <ParticipantView opened={opened} />;
}
