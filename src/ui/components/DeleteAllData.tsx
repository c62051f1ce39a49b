// "Delete all my data": everything of the person's on this device, after a confirmation.
// Shown in the journal and in settings.

import { useEffect, useMemo, useRef } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { t } from '../../i18n/i18n.ts';
import type { EraseState } from '../../state/eraseState.ts';
import { createEraseState } from '../../state/eraseState.ts';
import { createJournalRepo } from '../../storage/journalRepo.ts';
import { browserEraseEnv } from '../journal/browserErase.ts';
import { Notice } from './Notice.tsx';

/** The delete-all panel. Given no `eraser`, it makes its own. */
export function DeleteAllData({ eraser }: { eraser?: EraseState }) {
  const { db, device } = useApp();
  const state = useMemo(() => eraser ?? createEraseState({ erase: () => createJournalRepo(db).deleteAllMyData(browserEraseEnv()) }), [eraser, db]);
  const question = useRef<HTMLParagraphElement>(null);
  const phase = state.phase.value;
  useEffect(() => {
    if (phase === 'confirming') question.current?.focus();
  }, [phase]);
  const blocked = state.report.value?.databasesBlocked.length ?? 0;

  return (
    <section class="panel delete-all" aria-labelledby="delete-all-heading">
      <h2 id="delete-all-heading">{t('journal.deleteAllTitle')}</h2>
      <p>{t(device.offlineUnavailable.value ? 'journal.deleteAllTextNoOffline' : 'journal.deleteAllText')}</p>
      {(phase === 'idle' || phase === 'failed' || phase === 'done') && (
        <button type="button" class="danger" onClick={() => state.ask()}>
          {t('journal.deleteAllButton')}
        </button>
      )}
      {(phase === 'confirming' || phase === 'deleting') && (
        <div class="confirm-box" role="group" aria-labelledby="delete-all-question">
          <p id="delete-all-question" ref={question} tabIndex={-1} class="confirm-question">
            {t('journal.deleteAllQuestion')}
          </p>
          <div class="button-row">
            <button type="button" class="danger" disabled={phase === 'deleting'} onClick={() => void state.confirm()}>
              {t(phase === 'deleting' ? 'journal.deleting' : 'journal.deleteYes')}
            </button>
            <button type="button" disabled={phase === 'deleting'} onClick={() => state.cancel()}>
              {t('journal.cancel')}
            </button>
          </div>
        </div>
      )}
      {phase === 'done' && (
        <Notice title={t('journal.deletedTitle')}>
          <p>{t(blocked > 0 ? 'journal.deletedBlocked' : 'journal.deletedAll')}</p>
        </Notice>
      )}
      {phase === 'failed' && (
        <Notice tone="problem" title={t('journal.notAllDeleted')}>
          <p>{t('journal.deleteFailed', { error: state.problem.value ?? '' })}</p>
        </Notice>
      )}
    </section>
  );
}
