// The meeting's agenda as steps: check-in, the pages, the closing round and the close, with the
// current one marked; with `controls`, the buttons that move the group to another step.

import type { SessionPhase } from '../../core/session.ts';
import { t } from '../../i18n/i18n.ts';
import type { MessageId } from '../../i18n/keys.ts';
import type { SessionState } from '../../state/sessionState.ts';

const STEPS: Array<{ phase: SessionPhase; label: MessageId }> = [
  { phase: 'checkin', label: 'session.stepCheckin' },
  { phase: 'pages', label: 'session.stepPages' },
  { phase: 'closing', label: 'session.stepClosing' },
  { phase: 'ended', label: 'session.stepClose' },
];

/** The agenda steps. */
export function AgendaSteps({ state, controls = false }: { state: SessionState; controls?: boolean }) {
  const phase = state.phase.value;
  if (!phase) return null;
  return (
    <div class="agenda">
      <ol class="agenda-steps" aria-label={t('session.agenda')}>
        {STEPS.map((step) => (
          <li key={step.phase} aria-current={step.phase === phase ? 'step' : undefined}>
            {t(step.label)}
          </li>
        ))}
      </ol>
      {controls && phase !== 'ended' && (
        <div class="button-row">
          {phase === 'checkin' && (
            <button type="button" onClick={() => state.setPhase('pages')}>
              {t('session.beginPages')}
            </button>
          )}
          {/* A group that met before may have started on the pages: its check-in is still one click away. */}
          {phase === 'pages' && state.group.value && (
            <button type="button" onClick={() => state.setPhase('checkin')}>
              {t('session.goToCheckin')}
            </button>
          )}
          {phase === 'pages' && (
            <button type="button" onClick={() => state.setPhase('closing')}>
              {t('session.goToClosing')}
            </button>
          )}
          {phase === 'closing' && (
            <button type="button" onClick={() => state.setPhase('pages')}>
              {t('session.backToPages')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
