// The program's name, with a way to rename it, and a line of facts about it.

import { useState } from 'preact/hooks';
import type { ProgramNameProblem } from '../../core/program.ts';
import { t } from '../../i18n/i18n.ts';
import type { ProgramState } from '../../state/programState.ts';
import { programNameText } from './programWords.ts';

/** The program screen's heading. */
export function ProgramHeader({ state }: { state: ProgramState }) {
  const program = state.program.value!;
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(program.name);
  const [problem, setProblem] = useState<ProgramNameProblem | undefined>(undefined);

  const save = async (event: Event) => {
    event.preventDefault();
    const found = await state.rename(name);
    setProblem(found);
    if (!found) setEditing(false);
  };

  const people = state.people.value.length;
  const meeting = state.activeGroups.value.length;
  return (
    <header class="program-header">
      {editing ? (
        <form class="inline-form" onSubmit={save} aria-label={t('programs.renameProgram')}>
          <label>
            <span>{t('programs.programName')}</span>
            <input value={name} maxLength={80} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <button type="submit" class="primary">
            {t('programs.saveName')}
          </button>
          <button type="button" onClick={() => (setEditing(false), setName(program.name), setProblem(undefined))}>
            {t('programs.cancel')}
          </button>
          {problem && (
            <p class="form-error" role="alert">
              {programNameText(problem)}
            </p>
          )}
        </form>
      ) : (
        <div class="program-title">
          <h1>{program.name}</h1>
          <button type="button" onClick={() => setEditing(true)}>
            {t('programs.rename')}
          </button>
        </div>
      )}
      <p class="module-meta">
        <span>{t('programs.modulesChosen', { count: program.moduleIds.length })}</span>
        <span>{t('programs.onRoster', { count: people })}</span>
        <span>{t('programs.groupsMeeting', { count: meeting })}</span>
      </p>
    </header>
  );
}
