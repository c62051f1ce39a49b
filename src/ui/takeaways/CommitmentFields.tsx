// One commitment of the closing round: what I will do, by when, and how I will know it worked.
// Saved as typed; the draft becomes a commitment at its first word.

import { MAX_COMMITMENT_TEXT, commitmentProblems } from '../../core/takeaways.ts';
import { t } from '../../i18n/i18n.ts';
import { Words } from '../../i18n/Words.tsx';
import type { CommitmentRecord } from '../../storage/db.ts';
import type { TakeawayState } from '../../state/takeawayState.ts';
import { problemWords } from './takeawayWords.ts';

/** The fields of one commitment, or of the draft when `record` is absent. */
export function CommitmentFields({ id, record, legend, takeaways }: { id: string; record?: CommitmentRecord; legend: string; takeaways: TakeawayState }) {
  const byWhen = record?.byWhen ?? takeaways.defaultByWhen.value;
  const problems = record ? commitmentProblems(record) : {};
  const edit = (patch: Partial<Pick<CommitmentRecord, 'what' | 'byWhen' | 'howKnow'>>) => void takeaways.editCommitment(id, patch);
  const field = (name: string) => `commitment-${id}-${name}`;
  return (
    <fieldset class="commitment-fields">
      <legend>{legend}</legend>
      <label for={field('what')}>{t('takeaways.whatLabel')}</label>
      <textarea id={field('what')} rows={2} maxLength={MAX_COMMITMENT_TEXT} value={record?.what ?? ''} aria-invalid={problems.what ? true : undefined} onInput={(e) => edit({ what: e.currentTarget.value })} />
      {problems.what && <p class="field-problem">{problemWords(problems.what)}</p>}
      <div class="commitment-row">
        <div class="commitment-date">
          <label for={field('by')}>{t('takeaways.byWhenLabel')}</label>
          <input id={field('by')} type="date" value={byWhen} aria-invalid={problems.byWhen ? true : undefined} onInput={(e) => edit({ byWhen: e.currentTarget.value })} />
          {problems.byWhen && <p class="field-problem">{problemWords(problems.byWhen)}</p>}
        </div>
        <div class="commitment-how">
          <label for={field('how')}>{t('takeaways.howKnowLabel')}</label>
          <textarea id={field('how')} rows={2} maxLength={MAX_COMMITMENT_TEXT} value={record?.howKnow ?? ''} onInput={(e) => edit({ howKnow: e.currentTarget.value })} />
        </div>
      </div>
      {record && (
        <button type="button" class="quiet-button" onClick={() => void takeaways.removeCommitment(id)}>
          <Words id="takeaways.removeCommitment" values={{ which: <span class="visually-hidden">{t('takeaways.which', { label: legend })}</span> }} />
        </button>
      )}
    </fieldset>
  );
}
