// The coordinator's programs: the list, each with its roster size and groups, and a form to start one.

import { useEffect, useMemo } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { newId } from '../../lib/random.ts';
import { createProgramListState } from '../../state/programState.ts';
import { Link } from '../components/Link.tsx';
import { StoredProblems } from '../components/StoredProblems.tsx';
import { CreateProgramForm } from '../programs/CreateProgramForm.tsx';
import { count } from '../../lib/format.ts';

/** The programs screen. */
export function ProgramsScreen() {
  const { db, router } = useApp();
  const state = useMemo(() => createProgramListState({ db, now: Date.now, newId }), [db]);
  useEffect(() => () => state.dispose(), [state]);
  const programs = state.programs.value;

  return (
    <div class="page-width programs">
      <h1>Programs</h1>
      <p class="quiet narrow-text">
        A program is a company’s curated set of modules and the groups that work through them. Import the roster, form groups mixed across divisions, and
        schedule each group’s cycle of six meetings.
      </p>
      <CreateProgramForm onCreate={async (name) => {
        const result = await state.create(name);
        if (result.ok) router.navigate(`/programs/${encodeURIComponent(result.id)}`);
        return result.ok ? undefined : result.problem;
      }} />
      {state.error.value && <p class="form-error">The programs could not be read: {state.error.value}</p>}
      <StoredProblems problems={state.problems.value} rest="of the programs" />
      {programs === undefined ? (
        <p class="quiet">Opening programs…</p>
      ) : programs.length === 0 ? (
        <p class="quiet">No program yet. Name your first one above.</p>
      ) : (
        <ul class="program-list" aria-label="Your programs">
          {programs.map(({ program, people, activeGroups }) => (
            <li key={program.id} class="program-card">
              <h2>
                <Link href={`/programs/${encodeURIComponent(program.id)}`}>{program.name}</Link>
              </h2>
              <p class="module-meta">
                <span>{count(people, 'person', 'people')} on the roster</span>
                <span>{count(activeGroups, 'group', 'groups')} meeting</span>
                <span>{count(program.moduleIds.length, 'module', 'modules')}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
