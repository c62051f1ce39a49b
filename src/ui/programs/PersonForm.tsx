// A person's fields: to add someone to the roster or change them.

import { useState } from 'preact/hooks';
import type { PersonFields } from '../../core/program.ts';

const EMPTY: PersonFields = { name: '', email: '', division: '', level: '', location: '', manager: '' };
const FIELDS: Array<[keyof PersonFields, string]> = [
  ['name', 'Name'],
  ['email', 'Email'],
  ['division', 'Division'],
  ['level', 'Level'],
  ['location', 'Location'],
  ['manager', 'Manager (name or email)'],
];

interface PersonFormProps {
  label: string;
  submitLabel: string;
  initial?: PersonFields;
  /** Stores the person; gives back a problem to show, or nothing when it worked. */
  onSave: (fields: PersonFields) => Promise<string | undefined>;
  onCancel?: () => void;
  resetOnSave?: boolean;
}

/** The person form. */
export function PersonForm({ label, submitLabel, initial = EMPTY, onSave, onCancel, resetOnSave }: PersonFormProps) {
  const [fields, setFields] = useState<PersonFields>(initial);
  const [problem, setProblem] = useState<string | undefined>(undefined);
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
          <span>{text}</span>
          <input value={fields[key]} inputMode={key === 'email' ? 'email' : undefined} onInput={(e) => setFields({ ...fields, [key]: e.currentTarget.value })} />
        </label>
      ))}
      <div class="button-row">
        <button type="submit" class="primary">{submitLabel}</button>
        {onCancel && <button type="button" onClick={onCancel}>Cancel</button>}
      </div>
      {problem && <p class="form-error" role="alert">{problem}</p>}
    </form>
  );
}
