// One of my takeaways: its text, saved as typed, and sharing it with the group (with my name, when
// the session knows one, or anonymously) or taking it back. The empty draft has no buttons yet.

import { MAX_TAKEAWAY_LENGTH } from '../../core/takeaways.ts';
import type { TakeawayRecord } from '../../storage/db.ts';
import type { TakeawayState } from '../../state/takeawayState.ts';

/** One takeaway of the pad, or its draft when `record` is absent. */
export function MyTakeaway({ id, record, label, takeaways }: { id: string; record?: TakeawayRecord; label: string; takeaways: TakeawayState }) {
  const fieldId = `takeaway-${id}`;
  const hasText = !!record?.text.trim();
  const named = takeaways.canShareNamed.value;
  return (
    <li class={`my-takeaway${record?.shared ? ' is-shared' : ''}`}>
      <label for={fieldId} class="takeaway-label">
        {label}
      </label>
      <textarea
        id={fieldId}
        rows={record ? 3 : 2}
        maxLength={MAX_TAKEAWAY_LENGTH}
        value={record?.text ?? ''}
        placeholder={record ? undefined : 'What do you want to remember?'}
        onInput={(e) => void takeaways.editTakeaway(id, e.currentTarget.value)}
      />
      {record && (
        <div class="takeaway-actions">
          {record.shared ? (
            <>
              <p class="shared-note">{record.shared.anonymous ? 'Shared anonymously.' : 'Shared with your name.'} Later edits stay private.</p>
              <button type="button" onClick={() => void takeaways.withdraw(id)}>
                Withdraw<span class="visually-hidden"> ({label})</span>
              </button>
            </>
          ) : (
            hasText && (
              <>
                {named ? (
                  <button type="button" onClick={() => void takeaways.share(id, false)}>
                    Share with my name<span class="visually-hidden"> ({label})</span>
                  </button>
                ) : (
                  <p class="shared-note">The session has no name for you, so this can be shared only anonymously.</p>
                )}
                <button type="button" onClick={() => void takeaways.share(id, true)}>
                  Share anonymously<span class="visually-hidden"> ({label})</span>
                </button>
              </>
            )
          )}
          <button type="button" class="quiet-button" onClick={() => void takeaways.removeTakeaway(id)}>
            Delete<span class="visually-hidden"> ({label})</span>
          </button>
        </div>
      )}
    </li>
  );
}
