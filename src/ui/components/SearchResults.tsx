// The modules that match a search, each with the passage that matched.

import type { ModuleSummary } from '../../core/module.ts';
import { moduleLang } from '../../core/module.ts';
import type { SearchHit, SearchResult } from '../../core/search.ts';
import { t } from '../../i18n/i18n.ts';
import { formatNumber } from '../../i18n/intl.ts';
import { Highlight } from './Highlight.tsx';
import { Link } from './Link.tsx';
import { MindsetBadge } from './MindsetBadge.tsx';

/** Where in a module a search matched, with its colon ("Summary:", "Question, page 3:"); nothing for a title. */
function matchPlace(hit: SearchHit): string | undefined {
  if (hit.place === 'title') return undefined;
  return hit.pageIndex === undefined ? t('library.matchIn', { place: hit.place }) : t('library.matchOnPage', { place: hit.place, page: formatNumber(hit.pageIndex + 1) });
}

/** The list of search results. */
export function SearchResults({ result, modules, query, onMore }: { result: SearchResult; modules: ModuleSummary[]; query: string; onMore: () => void }) {
  const byId = new Map(modules.map((module) => [module.id, module]));
  const { hits, total } = result;
  const words = query.trim();
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" class="results-heading" aria-live="polite">
        {total === 0 ? t('library.noResults', { query: words }) : t('library.results', { count: total, query: words })}
      </h2>
      {total > hits.length && <p class="quiet">{t('library.bestShown', { count: formatNumber(hits.length) })}</p>}
      <ul class="search-results">
        {hits.map((hit, position) => {
          const module = byId.get(hit.id);
          if (!module) return null;
          const where = matchPlace(hit);
          return (
            // Keyed by position: as the person types, rows are updated in place rather than rebuilt.
            <li key={position} class={`module-card mindset-edge-${module.mindset}`}>
              <h3 lang={moduleLang(module)}>
                <Link href={`/modules/${module.id}`}>
                  <Highlight text={module.title} query={query} />
                </Link>
              </h3>
              <p class="module-summary">
                {where && <span class="match-place">{where} </span>}
                <span lang={moduleLang(module)}>
                  <Highlight text={hit.snippet} query={query} />
                </span>
              </p>
              <p class="module-meta">
                <MindsetBadge mindset={module.mindset} />
                <span>{t('common.pages', { count: module.pageCount })}</span>
              </p>
            </li>
          );
        })}
      </ul>
      {total > hits.length && (
        <button type="button" class="show-all" onClick={onMore}>
          {t('library.moreResults')}
        </button>
      )}
    </section>
  );
}
