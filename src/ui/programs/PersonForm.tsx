// A person's fields: to add someone to the roster or change them.

import { useState } from 'preact/hooks';
import type { PersonFields } from '../../core/program.ts';
import { t } from '../../i18n/i18n.ts';
import type { MessageId } from '../../i18n/keys.ts';
import type { PersonProblem } from '../../state/programState.ts';
import { personProblemText } from './programWords.ts';

const EMPTY: PersonFields = { name: '', email: '', division: '', level: '', location: '', manager: '' };
const FIELDS: Array<[keyof PersonFields, MessageId]> = [
  ['name', 'programs.fieldName'],
  ['email', 'programs.fieldEmail'],
  ['division', 'programs.fieldDivision'],
  ['level', 'programs.fieldLevel'],
  ['location', 'programs.fieldLocation'],
  ['manager', 'programs.fieldManager'],
];

interface PersonFormProps {
  label: string;
  submitLabel: string;
  initial?: PersonFields;
  /** Stores the person; gives back a problem to show, or nothing when it worked. */
  onSave: (fields: PersonFields) => Promise<PersonProblem | undefined>;
  onCancel?: () => void;
  resetOnSave?: boolean;
}

/** The person form. */
export function PersonForm({ label, submitLabel, initial = EMPTY, onSave, onCancel, resetOnSave }: PersonFormProps) {
  const [fields, setFields] = useState<PersonFields>(initial);
  const [problem, setProblem] = useState<PersonProblem | undefined>(undefined);
  const submit = async (event: Event) => {
    event.preventDefault();
    const found = await onSave(fields);
    setProblem(found);
    if (!found && resetOnSave) setFields(EMPTY);
  };
  return (
    <form class="person-form" onSubmit={submit} aria-label={label}>
      {FIELDS.map(([key, text]) => (
        <label key={key}>
          <span>{t(text)}</span>
          <input value={fields[key]} inputMode={key === 'email' ? 'email' : undefined} onInput={(e) => setFields({ ...fields, [key]: e.currentTarget.value })} />
        </label>
      ))}
      <div class="button-row">
        <button type="submit" class="primary">{submitLabel}</button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('programs.cancel')}
          </button>
        )}
      </div>
      {problem && (
        <p class="form-error" role="alert">
          {personProblemText(problem)}
        </p>
      )}
    </form>
  );
}
