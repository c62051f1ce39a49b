// The projector's stage, by the agenda's step: the page's question as the main heading with its
// text below, sized to fit; or the check-in, the closing round or the close, with what the group
// shared at them.

import { useRef } from 'preact/hooks';
import type { SessionState } from '../../state/sessionState.ts';
import { TextBlocks } from '../components/TextBlocks.tsx';
import { ProjectorTakeaways } from '../takeaways/ProjectorTakeaways.tsx';
import { useFitText } from './useFitText.ts';

const BOUNDS = { questionMax: 60, questionMin: 32, textMax: 26, textMin: 18 };

const PHASE_HEADINGS = {
  checkin: { heading: 'Check-in: how did last time’s commitments go?', text: 'Each person in turn: done, partly, not yet or dropped, and what you learned from it.' },
  closing: { heading: 'Closing round: what will you take away, and what will you do?', text: 'Note one to three commitments on your laptop: what you will do, by when, and how you will know it worked. Then share one takeaway aloud.' },
  ended: { heading: 'Thank you', text: 'The session has ended. Your takeaways and commitments stay on your own devices.' },
} as const;

/** The stage. */
export function ProjectorStage({ state }: { state: SessionState }) {
  const content = state.content.value;
  const phase = state.phase.value;
  const page = state.page.value ?? 0;
  const stage = useRef<HTMLDivElement>(null);
  const question = useRef<HTMLHeadingElement>(null);
  const text = useRef<HTMLDivElement>(null);
  useFitText(stage, question, text, BOUNDS, `${phase}:${page}`);
  if (!content || !phase) return null;
  const current = content.pages[page];
  if (phase !== 'pages' || !current) {
    const words = PHASE_HEADINGS[phase === 'pages' ? 'ended' : phase];
    return (
      <div class="projector-stage" ref={stage}>
        <h1 class="projector-question" ref={question}>
          {words.heading}
        </h1>
        <div class="projector-text" ref={text}>
          <p>{words.text}</p>
        </div>
        <ProjectorTakeaways state={state} />
      </div>
    );
  }
  return (
    <div class="projector-stage" ref={stage}>
      <h1 class="projector-question" ref={question}>
        {current.prompt.text}
      </h1>
      <div class="projector-text" ref={text}>
        <p class="projector-page-title">{current.title}</p>
        <TextBlocks blocks={current.blocks} />
      </div>
    </div>
  );
}
