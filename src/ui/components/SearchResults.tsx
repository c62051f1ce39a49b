// The modules that match a search, each with the passage that matched.

import type { ModuleSummary } from '../../core/module.ts';
import type { SearchHit, SearchResult } from '../../core/search.ts';
import { Highlight } from './Highlight.tsx';
import { Link } from './Link.tsx';
import { MindsetBadge } from './MindsetBadge.tsx';
import { count } from '../../lib/format.ts';

const PLACES: Record<SearchHit['place'], string> = {
  title: 'Title',
  tags: 'Tags',
  summary: 'Summary',
  question: 'Question',
  page: 'Page text',
};

/** The list of search results. */
export function SearchResults({ result, modules, query, onMore }: { result: SearchResult; modules: ModuleSummary[]; query: string; onMore: () => void }) {
  const byId = new Map(modules.map((module) => [module.id, module]));
  const { hits, total } = result;
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" class="results-heading" aria-live="polite">
        {total === 0 ? `No module matches “${query.trim()}”` : `${total} ${total === 1 ? 'module matches' : 'modules match'} “${query.trim()}”`}
      </h2>
      {total > hits.length && <p class="quiet">Showing the best {hits.length}. Add a word to narrow the search, or show more.</p>}
      <ul class="search-results">
        {hits.map((hit, position) => {
          const module = byId.get(hit.id);
          if (!module) return null;
          const where = hit.place === 'title' ? undefined : hit.pageIndex === undefined ? PLACES[hit.place] : `${PLACES[hit.place]}, page ${hit.pageIndex + 1}`;
          return (
            // Keyed by position: as the person types, rows are updated in place rather than rebuilt.
            <li key={position} class={`module-card mindset-edge-${module.mindset}`}>
              <h3>
                <Link href={`/modules/${module.id}`}>
                  <Highlight text={module.title} query={query} />
                </Link>
              </h3>
              <p class="module-summary">
                {where && <span class="match-place">{where}: </span>}
                <Highlight text={hit.snippet} query={query} />
              </p>
              <p class="module-meta">
                <MindsetBadge mindset={module.mindset} />
                <span>{count(module.pageCount, 'page', 'pages')}</span>
              </p>
            </li>
          );
        })}
      </ul>
      {total > hits.length && (
        <button type="button" class="show-all" onClick={onMore}>
          Show more results
        </button>
      )}
    </section>
  );
}
