// A laptop's view of the session: the agenda's current step in the main column, and beside it
// the facilitator's tools when this device facilitates, or a participant's takeaways. Each part reads only the signals it
// shows, so that a page move re-renders the page and the reader line, not the whole view.

import type { OpenedSession } from './openedSession.ts';
import { ControlLine } from './ControlLine.tsx';
import { FacilitationNotes } from './FacilitationNotes.tsx';
import { FacilitatorTools } from './FacilitatorTools.tsx';
import { InvitePanel } from './InvitePanel.tsx';
import { MeetingMain } from './MeetingMain.tsx';
import { Roster } from './Roster.tsx';
import { SessionBar } from './SessionBar.tsx';
import { SessionTakeaways } from '../takeaways/SessionTakeaways.tsx';

/** The participant view. */
export function ParticipantView({ opened }: { opened: OpenedSession }) {
  const { state } = opened;
  const facilitating = state.isFacilitator.value;
  return (
    <div class="page-width session">
      <SessionBar state={state} />
      <div class="session-layout">
        <div class="session-main">
          <FacilitationNotes state={state} />
          <MeetingMain state={state} />
          <ControlLine state={state} />
          {facilitating && <SessionTakeaways opened={opened} />}
        </div>
        <div class="session-side">
          {facilitating && <FacilitatorTools state={state} />}
          {facilitating && <Roster state={state} />}
          {/* A participant writes beside the page; a facilitator's side holds the tools. */}
          {!facilitating && <SessionTakeaways opened={opened} />}
        </div>
      </div>
      <InvitePanel room={opened.room} state={state} />
    </div>
  );
}
