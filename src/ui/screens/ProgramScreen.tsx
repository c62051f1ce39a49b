// One program: its modules, roster, pairs, group formation in the worker, and the groups' cycles
// with their schedule and calendar export.

import { useEffect, useMemo } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { t } from '../../i18n/i18n.ts';
import { newId } from '../../lib/random.ts';
import { createGroupingClient } from '../../state/groupingClient.ts';
import { createProgramState } from '../../state/programState.ts';
import { Link } from '../components/Link.tsx';
import { StoredProblems } from '../components/StoredProblems.tsx';
import { DraftGroups } from '../programs/DraftGroups.tsx';
import { FormGroupsPanel } from '../programs/FormGroupsPanel.tsx';
import { ModulePicker } from '../programs/ModulePicker.tsx';
import { PairsPanel } from '../programs/PairsPanel.tsx';
import { ProgramHeader } from '../programs/ProgramHeader.tsx';
import { ProgramHealth } from '../programs/ProgramHealth.tsx';
import { RosterPanel } from '../programs/RosterPanel.tsx';
import { SavedGroups } from '../programs/SavedGroups.tsx';

/** The program screen. */
export function ProgramScreen({ id }: { id: string }) {
  const { db } = useApp();
  const state = useMemo(() => createProgramState({ db, programId: id, now: Date.now, newId, runner: createGroupingClient() }), [db, id]);
  useEffect(() => () => state.dispose(), [state]);
  const bundle = state.bundle.value;

  if (state.loadError.value) {
    return (
      <div class="page-width">
        <h1>{t('app.programTitle')}</h1>
        <p class="form-error">{t('programs.programUnreadable', { error: state.loadError.value })}</p>
      </div>
    );
  }
  const unreadable = state.unreadable.value;
  if (unreadable) {
    return (
      <div class="page-width">
        <h1>{t('app.programTitle')}</h1>
        <StoredProblems problems={[unreadable]} place="devicePrograms" />
        <Link href="/programs">{t('programs.allPrograms')}</Link>
      </div>
    );
  }
  if (bundle === undefined) return <p class="page-width quiet">{t('programs.openingProgram')}</p>;
  if (bundle === null) {
    return (
      <div class="page-width">
        <h1>{t('programs.programNotFound')}</h1>
        <p>{t('programs.programNotHere')}</p>
        <Link href="/programs">{t('programs.allPrograms')}</Link>
      </div>
    );
  }

  return (
    <div class="page-width program">
      <p class="back-link">
        <Link href="/programs">{t('programs.backToPrograms')}</Link>
      </p>
      <ProgramHeader state={state} />
      <StoredProblems problems={bundle.problems} place="program" />
      <nav class="program-nav" aria-label={t('programs.programParts')}>
        <a href="#modules">{t('programs.navModules')}</a>
        <a href="#roster">{t('programs.navRoster')}</a>
        <a href="#pairs">{t('programs.navPairs')}</a>
        <a href="#form-groups">{t('programs.navFormGroups')}</a>
        <a href="#groups">{t('programs.navGroups')}</a>
        <a href="#health">{t('programs.navHealth')}</a>
      </nav>
      <ModulePicker state={state} />
      <RosterPanel state={state} />
      <PairsPanel state={state} />
      <FormGroupsPanel state={state} />
      {state.draft.value && <DraftGroups state={state} />}
      <SavedGroups state={state} />
      <ProgramHealth state={state} />
    </div>
  );
}
