// "Delete all my data": everything of the person's on this device, after a confirmation.
// Shown in the journal and in settings.

import { useEffect, useMemo, useRef } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
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
      <h2 id="delete-all-heading">Delete all my data</h2>
      <p>
        Deletes everything of yours from this device: your journal, your sessions, the group takeaways kept with them, your programs and groups, the modules you added and your settings. The module library
        stays{device.offlineUnavailable.value ? '.' : ', so the app still works offline.'}
      </p>
      {(phase === 'idle' || phase === 'failed' || phase === 'done') && (
        <button type="button" class="danger" onClick={() => state.ask()}>
          Delete all my data…
        </button>
      )}
      {(phase === 'confirming' || phase === 'deleting') && (
        <div class="confirm-box" role="group" aria-labelledby="delete-all-question">
          <p id="delete-all-question" ref={question} tabIndex={-1} class="confirm-question">
            Delete everything of yours on this device? This cannot be undone. Export your journal first if you want a copy.
          </p>
          <div class="button-row">
            <button type="button" class="danger" disabled={phase === 'deleting'} onClick={() => void state.confirm()}>
              {phase === 'deleting' ? 'Deleting…' : 'Yes, delete everything'}
            </button>
            <button type="button" disabled={phase === 'deleting'} onClick={() => state.cancel()}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {phase === 'done' && (
        <Notice title="All your data was deleted from this device">
          <p>{blocked > 0 ? 'A session is still open in another Roundtable tab: close it, and its session data is deleted too.' : 'Nothing of yours is left here. The module library stays.'}</p>
        </Notice>
      )}
      {phase === 'failed' && (
        <Notice tone="problem" title="Not everything was deleted">
          <p>{state.problem.value}. Reload and try again.</p>
        </Notice>
      )}
    </section>
  );
}
