// Export the journal (Markdown, CSV, JSON, calendar) and import a JSON export back.

import type { ExportFormat } from '../../core/journal/formats.ts';
import { t } from '../../i18n/i18n.ts';
import type { MessageId } from '../../i18n/keys.ts';
import type { JournalState } from '../../state/journalState.ts';
import { downloadFile } from '../components/download.ts';
import { exportWords } from './exportWords.ts';

const EXPORTS: { format: ExportFormat; label: MessageId; hint: MessageId }[] = [
  { format: 'markdown', label: 'journal.exportMarkdown', hint: 'journal.hintMarkdown' },
  { format: 'csv', label: 'journal.exportCsv', hint: 'journal.hintCsv' },
  { format: 'json', label: 'journal.exportJson', hint: 'journal.hintJson' },
  { format: 'ics', label: 'journal.exportCalendar', hint: 'journal.hintCalendar' },
];

/** The export and import panel; `importOnly` while there is nothing to export. */
export function JournalFiles({ state, importOnly = false }: { state: JournalState; importOnly?: boolean }) {
  const onExport = async (format: ExportFormat) => {
    // Worded as the export is made: in the language the interface speaks now.
    const file = await state.exportAs(format, exportWords());
    if (file) downloadFile(file);
  };

  const onImport = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file || state.refuseFile(file.name, file.size)) return;
    await state.importText(await file.text(), file.name);
  };

  return (
    <section class="panel journal-files" aria-labelledby="journal-files-heading">
      <h2 id="journal-files-heading">{t(importOnly ? 'journal.importTitle' : 'journal.exportImportTitle')}</h2>
      {!importOnly && <p class="quiet">{t('journal.wholeJournal')}</p>}
      {!importOnly && (
        <ul class="export-list">
          {EXPORTS.map(({ format, label, hint }) => (
            <li key={format}>
              <button type="button" onClick={() => void onExport(format)} disabled={state.busy.value}>
                {t(label)}
              </button>
              <span class="quiet">{t(hint)}</span>
            </li>
          ))}
        </ul>
      )}
      <label class="button">
        {t('journal.importJson')}
        <input type="file" accept=".json,application/json" class="visually-hidden" onChange={(event) => void onImport(event)} />
      </label>
      <p class="quiet small">{t('journal.importMerges')}</p>
    </section>
  );
}
