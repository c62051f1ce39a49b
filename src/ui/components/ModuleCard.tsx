// One module in the library list.

import type { ModuleSummary } from '../../core/module.ts';
import { Link } from './Link.tsx';
import { MindsetBadge } from './MindsetBadge.tsx';
import { count } from '../../lib/format.ts';

/** A module's card: title, mindset, summary and length. */
export function ModuleCard({ module }: { module: ModuleSummary }) {
  return (
    <li class={`module-card mindset-edge-${module.mindset}`}>
      <h3>
        <Link href={`/modules/${module.id}`}>{module.title}</Link>
      </h3>
      <p class="module-summary">{module.summary}</p>
      <p class="module-meta">
        <MindsetBadge mindset={module.mindset} />
        <span>
          {count(module.pageCount, 'page', 'pages')} · {module.minutes} min
        </span>
        {module.source === 'user' && <span>Added by you</span>}
      </p>
    </li>
  );
}
