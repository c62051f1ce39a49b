// Imports a roster CSV: everyone, or, when any row is bad, nobody, with each bad row's error.

import type { ProgramState } from '../../state/programState.ts';
import { Notice } from '../components/Notice.tsx';

/** The roster import: a file picker and what the last import did. */
export function RosterImport({ state }: { state: ProgramState }) {
  const report = state.importReport.value;
  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    await state.importCsv(await file.text());
    input.value = '';
  };
  return (
    <div class="roster-import">
      <label class="file-pick">
        <span>Import a roster (CSV)</span>
        <input type="file" accept=".csv,text/csv,text/plain" onChange={onFile} aria-describedby="roster-columns" />
      </label>
      <p id="roster-columns" class="quiet">
        Columns: name, then optionally email, division, level, location and manager. People already on the roster (same email, or same name) are updated,
        not added twice.
      </p>
      {report?.ok === false && (
        <Notice tone="problem" title="Nothing was imported">
          <p>
            {report.errors.length === 1 ? 'One row needs fixing' : `${report.errors.length} rows need fixing`}. Correct the file and import it again.
          </p>
          <ul class="error-lines">
            {report.errors.map((error, i) => (
              <li key={i}>{error}</li>
            ))}
          </ul>
        </Notice>
      )}
      {report?.ok && (
        <Notice title="Roster imported">
          <p>
            {report.added} added, {report.updated} updated.
          </p>
        </Notice>
      )}
    </div>
  );
}
