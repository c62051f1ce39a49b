// Lists stored journal records that could not be read, so that none vanishes without a word
// while the rest of the journal shows as usual.

import { t } from '../../i18n/i18n.ts';
import { Words } from '../../i18n/Words.tsx';
import type { StoredRecordProblem } from '../../storage/journalRepo.ts';
import { Notice } from '../components/Notice.tsx';
import { formatList } from '../../i18n/intl.ts';
import type { JournalFieldProblem } from '../../core/journal/records.ts';
import { recordKindWords, recordProblemWords } from './journalWords.ts';

/** A record's problems, field by field, in the interface language. */
function fieldsText(problems: readonly JournalFieldProblem[]): string {
  return formatList(problems.map((p) => (p.field ? t('journal.recordProblem', { path: p.field, problem: recordProblemWords(p.reason) }) : recordProblemWords(p.reason))), 'unit');
}

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
            <Words id="journal.unreadableLine" values={{ kind: recordKindWords(p.kind), id: <code>{p.id}</code>, problem: fieldsText(p.problems) }} />
          </li>
        ))}
        {count > SHOWN && <li>{t('journal.moreUnreadable', { count: count - SHOWN })}</li>}
      </ul>
    </Notice>
  );
}
