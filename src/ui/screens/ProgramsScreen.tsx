// The coordinator's programs: the list, each with its roster size and groups, and a form to start one.

import { useEffect, useMemo } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { t } from '../../i18n/i18n.ts';
import { newId } from '../../lib/random.ts';
import { createProgramListState } from '../../state/programState.ts';
import { Link } from '../components/Link.tsx';
import { StoredProblems } from '../components/StoredProblems.tsx';
import { CreateProgramForm } from '../programs/CreateProgramForm.tsx';

/** The programs screen. */
export function ProgramsScreen() {
  const { db, router } = useApp();
  const state = useMemo(() => createProgramListState({ db, now: Date.now, newId }), [db]);
  useEffect(() => () => state.dispose(), [state]);
  const programs = state.programs.value;

  return (
    <div class="page-width programs">
      <h1>{t('app.programsTitle')}</h1>
      <p class="quiet narrow-text">{t('programs.programsIntro')}</p>
      <CreateProgramForm
        onCreate={async (name) => {
          const result = await state.create(name);
          if (result.ok) router.navigate(`/programs/${encodeURIComponent(result.id)}`);
          return result.ok ? undefined : result.problem;
        }}
      />
      {state.error.value && <p class="form-error">{t('programs.programsUnreadable', { error: state.error.value })}</p>}
      <StoredProblems problems={state.problems.value} place="programs" />
      {programs === undefined ? (
        <p class="quiet">{t('programs.openingPrograms')}</p>
      ) : programs.length === 0 ? (
        <p class="quiet">{t('programs.noProgramYet')}</p>
      ) : (
        <ul class="program-list" aria-label={t('programs.yourPrograms')}>
          {programs.map(({ program, people, activeGroups }) => (
            <li key={program.id} class="program-card">
              <h2>
                <Link href={`/programs/${encodeURIComponent(program.id)}`}>{program.name}</Link>
              </h2>
              <p class="module-meta">
                <span>{t('programs.onRoster', { count: people })}</span>
                <span>{t('programs.groupsMeeting', { count: activeGroups })}</span>
                <span>{t('programs.moduleCount', { count: program.moduleIds.length })}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
