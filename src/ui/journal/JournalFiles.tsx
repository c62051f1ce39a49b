// Export the journal (Markdown, CSV, JSON, calendar) and import a JSON export back.

import type { ExportFormat } from '../../core/journal/formats.ts';
import type { JournalState } from '../../state/journalState.ts';
import { downloadFile } from '../components/download.ts';

const EXPORTS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'markdown', label: 'Markdown', hint: 'to read' },
  { format: 'csv', label: 'CSV', hint: 'for spreadsheets' },
  { format: 'json', label: 'JSON', hint: 'all of it, to import' },
  { format: 'ics', label: 'Calendar', hint: 'due dates (.ics)' },
];

/** The export and import panel; `importOnly` while there is nothing to export. */
export function JournalFiles({ state, importOnly = false }: { state: JournalState; importOnly?: boolean }) {
  const onExport = async (format: ExportFormat) => {
    const file = await state.exportAs(format);
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
      <h2 id="journal-files-heading">{importOnly ? 'Import' : 'Export and import'}</h2>
      {!importOnly && <p class="quiet">Your whole journal as a file, whatever the filters show.</p>}
      {!importOnly && (
        <ul class="export-list">
          {EXPORTS.map(({ format, label, hint }) => (
            <li key={format}>
              <button type="button" onClick={() => void onExport(format)} disabled={state.busy.value}>
                Export {label}
              </button>
              <span class="quiet">{hint}</span>
            </li>
          ))}
        </ul>
      )}
      <label class="button">
        Import a journal (JSON)
        <input type="file" accept=".json,application/json" class="visually-hidden" onChange={(event) => void onImport(event)} />
      </label>
      <p class="quiet small">Importing merges: nothing is duplicated, and nothing you have is lost.</p>
    </section>
  );
}
