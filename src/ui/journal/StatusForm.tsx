// The form that marks a commitment done, partly done, not yet or dropped, with a note. The note
// is stored as it is typed; the status changes only when "Save status" is pressed.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { Commitment, CommitmentStatus } from '../../core/journal/types.ts';
import { COMMITMENT_STATUSES } from '../../core/journal/types.ts';
import { MAX_NOTE_LENGTH } from '../../core/takeaways.ts';
import { t } from '../../i18n/i18n.ts';
import { statusWords } from './journalWords.ts';

type NoteSave = 'idle' | 'saved' | 'failed';

/**
 * Edits one commitment's status and note. `onNote` stores the note as typed; `onSave` stores the
 * chosen status (with the note); each says whether it was stored.
 */
export function StatusForm({
  commitment,
  idPrefix,
  onSave,
  onNote,
  onClose,
}: {
  commitment: Commitment;
  idPrefix: string;
  onSave: (status: CommitmentStatus, note: string) => Promise<boolean>;
  onNote: (note: string) => Promise<boolean>;
  onClose: () => void;
}) {
  const [status, setStatus] = useState<CommitmentStatus>(commitment.status);
  const [note, setNote] = useState(commitment.note);
  const [saving, setSaving] = useState(false);
  const [noteSave, setNoteSave] = useState<NoteSave>('idle');
  const form = useRef<HTMLFormElement>(null);
  const writes = useRef(0);
  // The button that opened the form is gone: keyboard focus goes to the chosen status.
  useEffect(() => form.current?.querySelector<HTMLInputElement>('input:checked')?.focus(), []);

  const typeNote = (text: string) => {
    setNote(text);
    // Only the latest write's outcome is shown: earlier ones are already overtaken.
    const write = ++writes.current;
    void onNote(text).then((stored) => write === writes.current && setNoteSave(stored ? 'saved' : 'failed'));
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    const saved = await onSave(status, note);
    setSaving(false);
    if (saved) onClose();
  };

  return (
    <form class="status-form" ref={form} onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>{t('journal.howDidItGo')}</legend>
        <div class="status-options">
          {COMMITMENT_STATUSES.map((value) => (
            <label key={value} class="status-option">
              <input type="radio" name={`${idPrefix}-status`} value={value} checked={status === value} onChange={() => setStatus(value)} />
              {statusWords(value)}
            </label>
          ))}
        </div>
      </fieldset>
      <label class="status-note">
        <span>{t('journal.noteOptional')}</span>
        <textarea rows={2} maxLength={MAX_NOTE_LENGTH} value={note} onInput={(event) => typeNote(event.currentTarget.value)} placeholder={t('journal.notePlaceholder')} />
      </label>
      {noteSave !== 'idle' && (
        <p class={noteSave === 'failed' ? 'save-status save-problem' : 'save-status'} role={noteSave === 'failed' ? 'alert' : 'status'}>
          {t(noteSave === 'failed' ? 'journal.latestNoteNotSaved' : 'journal.noteSaved')}
        </p>
      )}
      <div class="button-row">
        <button type="submit" class="primary" disabled={saving}>
          {t('journal.saveStatus')}
        </button>
        <button type="button" onClick={onClose}>
          {t('journal.close')}
        </button>
      </div>
    </form>
  );
}
