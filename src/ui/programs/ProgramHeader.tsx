// The program's name, with a way to rename it, and a line of facts about it.

import { useState } from 'preact/hooks';
import type { ProgramState } from '../../state/programState.ts';
import { count } from '../../lib/format.ts';

/** The program screen's heading. */
export function ProgramHeader({ state }: { state: ProgramState }) {
  const program = state.program.value!;
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(program.name);
  const [problem, setProblem] = useState<string | undefined>(undefined);

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
        <form class="inline-form" onSubmit={save} aria-label="Rename the program">
          <label>
            <span>Program name</span>
            <input value={name} maxLength={80} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <button type="submit" class="primary">Save name</button>
          <button type="button" onClick={() => (setEditing(false), setName(program.name), setProblem(undefined))}>Cancel</button>
          {problem && <p class="form-error" role="alert">{problem}</p>}
        </form>
      ) : (
        <div class="program-title">
          <h1>{program.name}</h1>
          <button type="button" onClick={() => setEditing(true)}>Rename</button>
        </div>
      )}
      <p class="module-meta">
        <span>{count(program.moduleIds.length, 'module', 'modules')} chosen</span>
        <span>{count(people, 'person', 'people')} on the roster</span>
        <span>{count(meeting, 'group', 'groups')} meeting</span>
      </p>
    </header>
  );
}
