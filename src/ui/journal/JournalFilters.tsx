// The journal's filters: by group, by status, by time, and a search of every text.

import type { CommitmentStatus } from '../../core/journal/types.ts';
import { COMMITMENT_STATUSES } from '../../core/journal/types.ts';
import { t } from '../../i18n/i18n.ts';
import type { JournalPeriod, JournalState } from '../../state/journalState.ts';
import { groupWords, periodWords, statusFilterWords } from './journalWords.ts';

const PERIODS: readonly JournalPeriod[] = ['all', '30', '90', '365'];

/** The filter bar. */
export function JournalFilters({ state }: { state: JournalState }) {
  return (
    <form class="journal-filters" role="search" aria-label={t('journal.filterLabel')} onSubmit={(event) => event.preventDefault()}>
      <div class="journal-field journal-search">
        <label for="journal-search">{t('journal.search')}</label>
        <input id="journal-search" type="search" value={state.search.value} onInput={(event) => state.setSearch(event.currentTarget.value)} placeholder={t('journal.searchPlaceholder')} />
      </div>
      {/* Labels point at their control (for/id) so that a select's name is not read with its value. */}
      <div class="journal-field">
        <label for="journal-group">{t('journal.group')}</label>
        <select id="journal-group" value={state.groupId.value ?? ''} onChange={(event) => state.setGroup(event.currentTarget.value)}>
          <option value="">{t('journal.allGroups')}</option>
          {state.groups.value.map((group) => (
            <option key={group.id} value={group.id}>
              {groupWords(group)}
            </option>
          ))}
        </select>
      </div>
      <div class="journal-field">
        <label for="journal-status">{t('journal.status')}</label>
        <select id="journal-status" value={state.status.value ?? ''} onChange={(event) => state.setStatus((event.currentTarget.value || undefined) as CommitmentStatus | undefined)}>
          <option value="">{t('journal.everything')}</option>
          {COMMITMENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {statusFilterWords(status)}
            </option>
          ))}
        </select>
      </div>
      <div class="journal-field">
        <label for="journal-period">{t('journal.time')}</label>
        <select id="journal-period" value={state.period.value} onChange={(event) => state.setPeriod(event.currentTarget.value as JournalPeriod)}>
          {PERIODS.map((period) => (
            <option key={period} value={period}>
              {periodWords(period)}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
