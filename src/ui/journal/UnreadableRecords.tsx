// Lists stored journal records that could not be read, so that none vanishes without a word
// while the rest of the journal shows as usual.

import { t } from '../../i18n/i18n.ts';
import { Words } from '../../i18n/Words.tsx';
import type { StoredRecordProblem } from '../../storage/journalRepo.ts';
import { Notice } from '../components/Notice.tsx';
import { recordKindWords } from './journalWords.ts';

/** How many problems are listed before the rest are counted. */
const SHOWN = 10;

/** The notice for unreadable stored records; nothing when there are none. */
export function UnreadableRecords({ problems }: { problems: StoredRecordProblem[] }) {
  if (problems.length === 0) return null;
  const count = problems.length;
  return (
    <Notice title={t('journal.unreadableTitle', { count })}>
      <p>{t('journal.unreadableText', { count })}</p>
      <ul class="error-lines">
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>
            {/* The field-by-field detail comes from storage as it is. */}
            <Words id="journal.unreadableLine" values={{ kind: recordKindWords(p.kind), id: <code>{p.id}</code>, problem: p.problem }} />
          </li>
        ))}
        {count > SHOWN && <li>{t('journal.moreUnreadable', { count: count - SHOWN })}</li>}
      </ul>
    </Notice>
  );
}
