// One of my takeaways: its text, saved as typed, and sharing it with the group (with my name, when
// the session knows one, or anonymously) or taking it back. The empty draft has no buttons yet.

import { MAX_TAKEAWAY_LENGTH } from '../../core/takeaways.ts';
import { t } from '../../i18n/i18n.ts';
import type { MessageId } from '../../i18n/keys.ts';
import { Words } from '../../i18n/Words.tsx';
import type { TakeawayRecord } from '../../storage/db.ts';
import type { TakeawayState } from '../../state/takeawayState.ts';

/** One takeaway of the pad, or its draft when `record` is absent. */
export function MyTakeaway({ id, record, label, takeaways }: { id: string; record?: TakeawayRecord; label: string; takeaways: TakeawayState }) {
  const fieldId = `takeaway-${id}`;
  const hasText = !!record?.text.trim();
  const named = takeaways.canShareNamed.value;
  // A button's words, with the takeaway it acts on for those who hear it.
  const action = (words: MessageId) => <Words id={words} values={{ which: <span class="visually-hidden">{t('takeaways.which', { label })}</span> }} />;
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
        placeholder={record ? undefined : t('takeaways.takeawayPlaceholder')}
        onInput={(e) => void takeaways.editTakeaway(id, e.currentTarget.value)}
      />
      {record && (
        <div class="takeaway-actions">
          {record.shared ? (
            <>
              <p class="shared-note">{record.shared.anonymous ? t('takeaways.sharedAnonymously') : t('takeaways.sharedNamed')}</p>
              <button type="button" onClick={() => void takeaways.withdraw(id)}>
                {action('takeaways.withdraw')}
              </button>
            </>
          ) : (
            hasText && (
              <>
                {named ? (
                  <button type="button" onClick={() => void takeaways.share(id, false)}>
                    {action('takeaways.shareNamed')}
                  </button>
                ) : (
                  <p class="shared-note">{t('takeaways.noNameToShare')}</p>
                )}
                <button type="button" onClick={() => void takeaways.share(id, true)}>
                  {action('takeaways.shareAnonymously')}
                </button>
              </>
            )
          )}
          <button type="button" class="quiet-button" onClick={() => void takeaways.removeTakeaway(id)}>
            {action('takeaways.deleteTakeaway')}
          </button>
        </div>
      )}
    </li>
  );
}
