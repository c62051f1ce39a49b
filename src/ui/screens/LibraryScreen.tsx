// The start screen: the module library, a program's curated modules first, then grouped by mindset,
// with filter and search.

import { useLayoutEffect } from 'preact/hooks';
import type { Mindset } from '../../core/module.ts';
import { MINDSETS } from '../../core/module.ts';
import { useApp } from '../../app/context.ts';
import { AddModuleFile } from '../components/AddModuleFile.tsx';
import { LazyRejoinList } from '../components/LazyRejoinList.tsx';
import { MindsetFilter } from '../components/MindsetFilter.tsx';
import { ModuleGroups } from '../components/ModuleGroups.tsx';
import { Notice } from '../components/Notice.tsx';
import { ProgramShelf } from '../components/ProgramShelf.tsx';
import { SearchResults } from '../components/SearchResults.tsx';
import { StoredProblems } from '../components/StoredProblems.tsx';

let firstRenderMarked = false;

/** The library screen. */
export function LibraryScreen() {
  const { library, device } = useApp();
  const modules = library.modules.value;
  const query = library.query.value;
  const hits = library.hits.value;
  const shelves = library.shelves.value;

  useLayoutEffect(() => {
    if (firstRenderMarked || !modules || modules.length === 0) return;
    firstRenderMarked = true;
    requestAnimationFrame(() => performance.mark('roundtable:library-rendered'));
  }, [modules]);

  if (modules === undefined && device.dbNotice.value) {
    return (
      <div class="page-width library">
        <h1>Module library</h1>
        <p class="quiet">The library shows again once this tab is reloaded.</p>
      </div>
    );
  }

  const counts = Object.fromEntries(MINDSETS.map((m) => [m, 0])) as Record<Mindset, number>;
  for (const module of modules ?? []) counts[module.mindset]++;

  return (
    <div class="page-width library">
      <div class="library-intro">
        <h1>Module library</h1>
        <p>
          {modules === undefined ? 'Opening the library…' : `${modules.length} discussion modules in five mindsets. Pick one to read its pages, or search every page.`}
        </p>
      </div>
      <LazyRejoinList />
      {library.setupError.value && <Notice tone="problem" title="Library not updated"><p>{library.setupError.value}</p></Notice>}
      <StoredProblems problems={library.problems.value} />
      <div class="library-tools">
        <label class="search-box">
          <span>Search modules</span>
          <input type="search" value={query} placeholder="Titles, summaries, pages and questions" autocomplete="off" onInput={(e) => library.setQuery(e.currentTarget.value)} />
        </label>
        <MindsetFilter value={library.mindset.value} counts={counts} onChange={library.setMindset} />
      </div>
      {query.trim() ? (
        hits ? <SearchResults result={hits} modules={modules ?? []} query={query} onMore={library.showMoreResults} /> : <p class="quiet">Preparing search…</p>
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
