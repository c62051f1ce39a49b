// The start screen: the module library, a program's curated modules first, then grouped by mindset,
// with filter and search.

import { useLayoutEffect } from 'preact/hooks';
import type { Mindset } from '../../core/module.ts';
import { MINDSETS } from '../../core/module.ts';
import { useApp } from '../../app/context.ts';
import { t } from '../../i18n/i18n.ts';
import type { LibrarySetupError } from '../../state/libraryState.ts';
import { AddModuleFile } from '../components/AddModuleFile.tsx';
import { LanguageFilter } from '../components/LanguageFilter.tsx';
import { LazyRejoinList } from '../components/LazyRejoinList.tsx';
import { MindsetFilter } from '../components/MindsetFilter.tsx';
import { ModuleGroups } from '../components/ModuleGroups.tsx';
import { Notice } from '../components/Notice.tsx';
import { ProgramShelf } from '../components/ProgramShelf.tsx';
import { LazyStoredProblems } from '../components/LazyStoredProblems.tsx';
import { lazyComponent } from '../components/lazyComponent.tsx';

let firstRenderMarked = false;

/** "Preparing search…", while the search's code or index is not ready. */
const preparing = () => <p class="quiet">{t('library.preparingSearch')}</p>;
/** The search results, whose code (with the highlighting) loads with the search's own. */
const SearchResults = lazyComponent(() => import('../components/SearchResults.tsx').then((module) => module.SearchResults), preparing);

/** Why the library could not be set up, worded. */
function setupErrorText(problem: LibrarySetupError): string {
  if (problem.code === 'unreadable') return t('library.unreadable', { error: problem.error });
  const why = problem.format !== undefined ? t('library.notLibraryFile', { format: problem.format }) : problem.status !== undefined && problem.url !== undefined ? t('library.answered', { url: problem.url, status: problem.status }) : problem.error;
  return t('library.bundleFailed', { error: why });
}

/** The library screen. */
export function LibraryScreen() {
  const { library, device } = useApp();
  const modules = library.modules.value;
  const query = library.query.value;
  const hits = library.hits.value;
  const shelves = library.shelves.value;
  const setupError = library.setupError.value;

  useLayoutEffect(() => {
    if (firstRenderMarked || !modules || modules.length === 0) return;
    firstRenderMarked = true;
    requestAnimationFrame(() => performance.mark('roundtable:library-rendered'));
  }, [modules]);

  if (modules === undefined && device.dbNotice.value) {
    return (
      <div class="page-width library">
        <h1>{t('library.title')}</h1>
        <p class="quiet">{t('library.showsAfterReload')}</p>
      </div>
    );
  }

  const counts = Object.fromEntries(MINDSETS.map((m) => [m, 0])) as Record<Mindset, number>;
  for (const module of modules ?? []) counts[module.mindset]++;

  return (
    <div class="page-width library">
      <div class="library-intro">
        <h1>{t('library.title')}</h1>
        <p>{modules === undefined ? t('library.opening') : t('library.intro', { count: modules.length })}</p>
      </div>
      <LazyRejoinList />
      {setupError && (
        <Notice tone="problem" title={t('library.notUpdated')}>
          <p>{setupErrorText(setupError)}</p>
        </Notice>
      )}
      {library.problems.value.length > 0 && <LazyStoredProblems problems={library.problems.value} />}
      <div class="library-tools">
        <label class="search-box">
          <span>{t('library.searchLabel')}</span>
          <input type="search" value={query} placeholder={t('library.searchPlaceholder')} autocomplete="off" onFocus={library.prepareSearch} onInput={(e) => library.setQuery(e.currentTarget.value)} />
        </label>
        <MindsetFilter value={library.mindset.value} counts={counts} onChange={library.setMindset} />
        <LanguageFilter value={library.language.value} counts={library.languages.value} onChange={library.setLanguage} />
      </div>
      {query.trim() ? (
        hits ? <SearchResults result={hits} modules={modules ?? []} query={query} onMore={library.showMoreResults} /> : preparing()
      ) : (
        <>
          {shelves.program && shelves.program.modules.length > 0 && <ProgramShelf shelf={shelves.program} onChoose={(id) => void library.chooseProgram(id)} />}
          <ModuleGroups modules={shelves.rest} />
        </>
      )}
      <AddModuleFile />
    </div>
  );
}
