// The form that names and creates a new program.

import { useState } from 'preact/hooks';

/** Names a new program; `onCreate` gives back a problem to show, or nothing when it worked. */
export function CreateProgramForm({ onCreate }: { onCreate: (name: string) => Promise<string | undefined> }) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const submit = async (event: Event) => {
    event.preventDefault();
    const found = await onCreate(name);
    setProblem(found);
    if (!found) setName('');
  };
  return (
    <form class="panel inline-form create-program" onSubmit={submit} aria-label="New program">
      <label>
        <span>New program</span>
        <input value={name} maxLength={80} placeholder="e.g. Leadership circles 2025" onInput={(e) => setName(e.currentTarget.value)} aria-describedby={problem ? 'new-program-problem' : undefined} />
      </label>
      <button type="submit" class="primary">
        Create program
      </button>
      {problem && (
        <p id="new-program-problem" class="form-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
