// The journal's filters: by group, by status, by time, and a search of every text.

import type { CommitmentStatus } from '../../core/journal/types.ts';
import { COMMITMENT_STATUSES, STATUS_LABELS } from '../../core/journal/types.ts';
import type { JournalPeriod, JournalState } from '../../state/journalState.ts';

const PERIODS: { value: JournalPeriod; label: string }[] = [
  { value: 'all', label: 'All time' },
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last 3 months' },
  { value: '365', label: 'Last 12 months' },
];

/** The filter bar. */
export function JournalFilters({ state }: { state: JournalState }) {
  return (
    <form class="journal-filters" role="search" aria-label="Filter the journal" onSubmit={(event) => event.preventDefault()}>
      <div class="journal-field journal-search">
        <label for="journal-search">Search</label>
        <input id="journal-search" type="search" value={state.search.value} onInput={(event) => state.setSearch(event.currentTarget.value)} placeholder="Words in takeaways, commitments, notes" />
      </div>
      {/* Labels point at their control (for/id) so that a select's name is not read with its value. */}
      <div class="journal-field">
        <label for="journal-group">Group</label>
        <select id="journal-group" value={state.groupId.value ?? ''} onChange={(event) => state.setGroup(event.currentTarget.value)}>
          <option value="">All groups</option>
          {state.groups.value.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
        </select>
      </div>
      <div class="journal-field">
        <label for="journal-status">Status</label>
        <select id="journal-status" value={state.status.value ?? ''} onChange={(event) => state.setStatus((event.currentTarget.value || undefined) as CommitmentStatus | undefined)}>
          <option value="">Everything</option>
          {COMMITMENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              Commitments: {STATUS_LABELS[status].toLowerCase()}
            </option>
          ))}
        </select>
      </div>
      <div class="journal-field">
        <label for="journal-period">Time</label>
        <select id="journal-period" value={state.period.value} onChange={(event) => state.setPeriod(event.currentTarget.value as JournalPeriod)}>
          {PERIODS.map((period) => (
            <option key={period.value} value={period.value}>
              {period.label}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
