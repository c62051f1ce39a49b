// The meeting's agenda as steps: check-in, the pages, the closing round and the close, with the
// current one marked; with `controls`, the buttons that move the group to another step.

import type { SessionPhase } from '../../core/session.ts';
import type { SessionState } from '../../state/sessionState.ts';

const STEPS: Array<{ phase: SessionPhase; label: string }> = [
  { phase: 'checkin', label: 'Check-in' },
  { phase: 'pages', label: 'The pages' },
  { phase: 'closing', label: 'Closing round' },
  { phase: 'ended', label: 'Close' },
];

/** The agenda steps. */
export function AgendaSteps({ state, controls = false }: { state: SessionState; controls?: boolean }) {
  const phase = state.phase.value;
  if (!phase) return null;
  return (
    <div class="agenda">
      <ol class="agenda-steps" aria-label="Agenda">
        {STEPS.map((step) => (
          <li key={step.phase} aria-current={step.phase === phase ? 'step' : undefined}>
            {step.label}
          </li>
        ))}
      </ol>
      {controls && phase !== 'ended' && (
        <div class="button-row">
          {phase === 'checkin' && (
            <button type="button" onClick={() => state.setPhase('pages')}>
              Begin the pages
            </button>
          )}
          {/* A group that met before may have started on the pages: its check-in is still one click away. */}
          {phase === 'pages' && state.group.value && (
            <button type="button" onClick={() => state.setPhase('checkin')}>
              Go to the check-in
            </button>
          )}
          {phase === 'pages' && (
            <button type="button" onClick={() => state.setPhase('closing')}>
              Go to the closing round
            </button>
          )}
          {phase === 'closing' && (
            <button type="button" onClick={() => state.setPhase('pages')}>
              Back to the pages
            </button>
          )}
        </div>
      )}
    </div>
  );
}
