// The form that names and creates a new program.

import { useState } from 'preact/hooks';
import type { ProgramNameProblem } from '../../core/program.ts';
import { t } from '../../i18n/i18n.ts';
import { programNameText } from './programWords.ts';

/** Names a new program; `onCreate` gives back a problem to show, or nothing when it worked. */
export function CreateProgramForm({ onCreate }: { onCreate: (name: string) => Promise<ProgramNameProblem | undefined> }) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<ProgramNameProblem | undefined>(undefined);
  const submit = async (event: Event) => {
    event.preventDefault();
    const found = await onCreate(name);
    setProblem(found);
    if (!found) setName('');
  };
  return (
    <form class="panel inline-form create-program" onSubmit={submit} aria-label={t('programs.newProgram')}>
      <label>
        <span>{t('programs.newProgram')}</span>
        <input
          value={name}
          maxLength={80}
          placeholder={t('programs.newProgramExample')}
          onInput={(e) => setName(e.currentTarget.value)}
          aria-describedby={problem ? 'new-program-problem' : undefined}
        />
      </label>
      <button type="submit" class="primary">
        {t('programs.createProgram')}
      </button>
      {problem && (
        <p id="new-program-problem" class="form-error" role="alert">
          {programNameText(problem)}
        </p>
      )}
    </form>
  );
}
