// Imports a roster CSV: everyone, or, when any row is bad, nobody, with each bad row's error. The
// file is read as bytes: UTF-8 or Shift_JIS (which Japanese spreadsheets write) is found from
// them, and when it cannot be told the person chooses, with a preview of the first lines.

import { useState } from 'preact/hooks';
import type { RosterEncoding } from '../../core/roster.ts';
import { decodeRoster, detectRosterText } from '../../core/roster.ts';
import { t } from '../../i18n/i18n.ts';
import type { ProgramState } from '../../state/programState.ts';
import { Notice } from '../components/Notice.tsx';
import { rosterProblemText } from './programWords.ts';

/** The encodings a person may choose between. */
const CHOICES: RosterEncoding[] = ['utf-8', 'shift_jis'];

/** How many lines the preview shows, and how much of each. */
const PREVIEW_LINES = 6;
const PREVIEW_WIDTH = 160;

/** A file whose encoding the person is asked for. */
interface Asking {
  bytes: Uint8Array;
  reason: 'undecodable' | 'doubtful';
  encoding: RosterEncoding;
}

/** The first lines of a file read in an encoding. */
function preview(bytes: Uint8Array, encoding: RosterEncoding): string {
  return decodeRoster(bytes.subarray(0, 64 * 1024), encoding)
    .split(/\r\n|\r|\n/)
    .slice(0, PREVIEW_LINES)
    .map((line) => (line.length > PREVIEW_WIDTH ? `${line.slice(0, PREVIEW_WIDTH)}…` : line))
    .join('\n');
}

/** The roster import: a file picker, the encoding question when there is one, and what the last import did. */
export function RosterImport({ state }: { state: ProgramState }) {
  const report = state.importReport.value;
  const [asking, setAsking] = useState<Asking | undefined>(undefined);
  const [unreadable, setUnreadable] = useState<string | undefined>(undefined);

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setAsking(undefined);
    setUnreadable(undefined);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      state.clearImportReport();
      setUnreadable(error instanceof Error ? error.message : String(error));
      return;
    } finally {
      input.value = '';
    }
    const found = detectRosterText(bytes);
    if (found.ok) {
      await state.importCsv(found.text);
      return;
    }
    state.clearImportReport();
    setAsking({ bytes, reason: found.ask, encoding: found.ask === 'doubtful' ? 'shift_jis' : 'utf-8' });
  };
  const importChosen = async () => {
    if (!asking) return;
    const text = decodeRoster(asking.bytes, asking.encoding);
    setAsking(undefined);
    await state.importCsv(text);
  };
  const encodingName = (encoding: RosterEncoding) => t('programs.encodingName', { encoding });

  return (
    <div class="roster-import">
      <label class="file-pick">
        <span>{t('programs.importRoster')}</span>
        <input type="file" accept=".csv,text/csv,text/plain" onChange={onFile} aria-describedby="roster-columns" />
      </label>
      <p id="roster-columns" class="quiet">
        {t('programs.rosterColumns')}
      </p>
      {unreadable !== undefined && (
        <Notice tone="problem" title={t('programs.nothingImported')}>
          <p>{t('programs.fileUnreadable', { error: unreadable })}</p>
        </Notice>
      )}
      {asking && (
        <Notice title={t('programs.encodingTitle')}>
          <p>{asking.reason === 'doubtful' ? t('programs.encodingDoubtful') : t('programs.encodingUndecodable')}</p>
          <fieldset class="encoding-choice">
            <legend>{t('programs.encodingLegend')}</legend>
            {CHOICES.map((encoding) => (
              <label key={encoding} class="check">
                <input type="radio" name="roster-encoding" value={encoding} checked={asking.encoding === encoding} onChange={() => setAsking({ ...asking, encoding })} />
                {encodingName(encoding)}
              </label>
            ))}
          </fieldset>
          <figure class="encoding-preview">
            <figcaption>{t('programs.encodingPreview', { encoding: encodingName(asking.encoding) })}</figcaption>
            <pre>{preview(asking.bytes, asking.encoding)}</pre>
          </figure>
          <p class="quiet">{t('programs.encodingNeither')}</p>
          <div class="button-row">
            <button type="button" class="primary" onClick={() => void importChosen()}>
              {t('programs.importAs', { encoding: encodingName(asking.encoding) })}
            </button>
            <button type="button" onClick={() => setAsking(undefined)}>
              {t('programs.cancel')}
            </button>
          </div>
        </Notice>
      )}
      {report?.ok === false && (
        <Notice tone="problem" title={t('programs.nothingImported')}>
          <p>{t('programs.rowsNeedFixing', { count: report.errors.length })}</p>
          <ul class="error-lines">
            {report.errors.map((error, i) => (
              <li key={i}>{rosterProblemText(error)}</li>
            ))}
          </ul>
        </Notice>
      )}
      {report?.ok && (
        <Notice title={t('programs.rosterImported')}>
          <p>{t('programs.importCounts', { added: report.added, updated: report.updated })}</p>
        </Notice>
      )}
    </div>
  );
}
