// The journal screen itself, loaded only when the journal opens: due soon, filters, my
// sessions with what was written in them, export and import, and "delete all my data".

import { useLayoutEffect, useMemo } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { t } from '../../i18n/i18n.ts';
import { createJournalState } from '../../state/journalState.ts';
import { createJournalRepo } from '../../storage/journalRepo.ts';
import { DeleteAllData } from '../components/DeleteAllData.tsx';
import { LazyRejoinList } from '../components/LazyRejoinList.tsx';
import { Notice } from '../components/Notice.tsx';
import { OfflineNote } from '../components/OfflineNote.tsx';
import { browserEraseEnv } from './browserErase.ts';
import { DueSoon } from './DueSoon.tsx';
import { EmptyJournal } from './EmptyJournal.tsx';
import { JournalFiles } from './JournalFiles.tsx';
import { JournalFilters } from './JournalFilters.tsx';
import { messageWords } from './journalWords.ts';
import { SessionEntry } from './SessionEntry.tsx';
import { UnreadableRecords } from './UnreadableRecords.tsx';

/** The journal screen. */
export function JournalView() {
  const { db, device } = useApp();
  const state = useMemo(() => {
    const repo = createJournalRepo(db);
    return createJournalState({ repo, now: () => Date.now(), erase: () => repo.deleteAllMyData(browserEraseEnv()) });
  }, [db]);
  // Before the first paint, so the stored journal is being read while the frame is drawn.
  useLayoutEffect(() => state.start(), [state]);

  const data = state.data.value;
  const message = state.message.value && messageWords(state.message.value);
  const entries = state.entries.value;
  const searching = state.search.value.trim() !== '';
  return (
    <div class="page-width journal">
      <div class="journal-intro">
        <h1>{t('app.journalTitle')}</h1>
        <p class="quiet">{t(device.offlineUnavailable.value ? 'journal.introBrowser' : 'journal.introDevice')}</p>
      </div>
      <OfflineNote inJournal />
      <LazyRejoinList />
      {state.loadProblem.value && (
        <Notice tone="problem" title={t('journal.loadProblemTitle')}>
          <p>{t('journal.loadProblem', { error: state.loadProblem.value })}</p>
        </Notice>
      )}
      <UnreadableRecords problems={state.unreadable.value} />
      {message && (
        <Notice tone={message.tone} title={message.title}>
          <ul class="error-lines">
            {message.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          <button type="button" onClick={() => state.dismissMessage()}>
            {t('journal.closeMessage')}
          </button>
        </Notice>
      )}
      {data === undefined ? (
        !state.loadProblem.value && <p class="quiet">{t('journal.opening')}</p>
      ) : state.isEmpty.value ? (
        <div class="journal-empty-layout">
          <EmptyJournal />
          <JournalFiles state={state} importOnly />
          {state.eraser.phase.value !== 'idle' && <DeleteAllData eraser={state.eraser} />}
        </div>
      ) : (
        <div class="journal-layout">
          <DueSoon due={state.due.value} onUpdate={state.updateStatus} onNote={state.updateNote} />
          <div class="journal-main">
            <JournalFilters state={state} />
            <p class="journal-count" role="status">
              {entries.length === 0 ? t('journal.nothingMatches') : t(state.filtering.value ? 'journal.sessionMatchCount' : 'journal.sessionCount', { count: entries.length })}
              {state.filtering.value && (
                <button type="button" class="quiet-button" onClick={() => state.clearFilters()}>
                  {t('journal.clearFilters')}
                </button>
              )}
            </p>
            {entries.map((entry) => (
              <SessionEntry key={entry.key} entry={entry} openShared={searching} onUpdate={state.updateStatus} onNote={state.updateNote} />
            ))}
          </div>
          <div class="journal-side">
            <JournalFiles state={state} />
            <DeleteAllData eraser={state.eraser} />
          </div>
        </div>
      )}
    </div>
  );
}
