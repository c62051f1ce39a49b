// The form that marks a commitment done, partly done, not yet or dropped, with a note.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { Commitment, CommitmentStatus } from '../../core/journal/types.ts';
import { COMMITMENT_STATUSES, STATUS_LABELS } from '../../core/journal/types.ts';

/** Edits one commitment's status and note; `onSave` says whether it was stored. */
export function StatusForm({ commitment, idPrefix, onSave, onCancel }: { commitment: Commitment; idPrefix: string; onSave: (status: CommitmentStatus, note: string) => Promise<boolean>; onCancel: () => void }) {
  const [status, setStatus] = useState<CommitmentStatus>(commitment.status);
  const [note, setNote] = useState(commitment.note);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // The button that opened the form is gone: keyboard focus goes to the chosen status.
  useEffect(() => form.current?.querySelector<HTMLInputElement>('input:checked')?.focus(), []);

  const submit = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    const saved = await onSave(status, note);
    setSaving(false);
    if (saved) onCancel();
  };

  return (
    <form class="status-form" ref={form} onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>How did it go?</legend>
        <div class="status-options">
          {COMMITMENT_STATUSES.map((value) => (
            <label key={value} class="status-option">
              <input type="radio" name={`${idPrefix}-status`} value={value} checked={status === value} onChange={() => setStatus(value)} />
              {STATUS_LABELS[value]}
            </label>
          ))}
        </div>
      </fieldset>
      <label class="status-note">
        <span>Note (optional)</span>
        <textarea rows={2} value={note} onInput={(event) => setNote(event.currentTarget.value)} placeholder="What happened, what you learned" />
      </label>
      <div class="button-row">
        <button type="submit" class="primary" disabled={saving}>
          Save status
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
