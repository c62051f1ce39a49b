// The projector's stage, by the agenda's step: the page's question as the main heading with its
// text below, sized to fit; or the check-in, the closing round or the close, with what the group
// shared at them.

import { useRef } from 'preact/hooks';
import { moduleLang } from '../../core/module.ts';
import { t } from '../../i18n/i18n.ts';
import type { MessageId } from '../../i18n/keys.ts';
import type { SessionState } from '../../state/sessionState.ts';
import { TextBlocks } from '../components/TextBlocks.tsx';
import { ProjectorTakeaways } from '../takeaways/ProjectorTakeaways.tsx';
import { useFitText } from './useFitText.ts';

const BOUNDS = { questionMax: 60, questionMin: 32, textMax: 26, textMin: 18 };

const PHASE_HEADINGS: Record<'checkin' | 'closing' | 'ended', { heading: MessageId; text: MessageId }> = {
  checkin: { heading: 'session.projectorCheckinHeading', text: 'session.projectorCheckinText' },
  closing: { heading: 'session.projectorClosingHeading', text: 'session.projectorClosingText' },
  ended: { heading: 'session.thankYou', text: 'session.projectorEndedText' },
};

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
          {t(words.heading)}
        </h1>
        <div class="projector-text" ref={text}>
          <p>{t(words.text)}</p>
        </div>
        <ProjectorTakeaways state={state} />
      </div>
    );
  }
  return (
    <div class="projector-stage" ref={stage} lang={moduleLang(content)}>
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
