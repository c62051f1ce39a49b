// Lists stored journal records that could not be read, so that none vanishes without a word
// while the rest of the journal shows as usual.

import type { StoredRecordProblem } from '../../storage/journalRepo.ts';
import { Notice } from '../components/Notice.tsx';

const KIND: Record<StoredRecordProblem['kind'], string> = {
  sessions: 'Session',
  takeaways: 'Takeaway',
  commitments: 'Commitment',
  sharedTakeaways: 'Shared takeaway',
};

/** How many problems are listed before the rest are counted. */
const SHOWN = 10;

/** The notice for unreadable stored records; nothing when there are none. */
export function UnreadableRecords({ problems }: { problems: StoredRecordProblem[] }) {
  if (problems.length === 0) return null;
  const count = problems.length;
  const one = count === 1;
  return (
    <Notice title={`${count} stored record${one ? '' : 's'} could not be read`}>
      <p>{one ? 'It is' : 'They are'} not shown, and left in storage as {one ? 'it is' : 'they are'}; the rest of the journal works as usual.</p>
      <ul class="error-lines">
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>
            {KIND[p.kind]} <code>{p.id}</code>: {p.problem}
          </li>
        ))}
        {count > SHOWN && <li>…and {count - SHOWN} more.</li>}
      </ul>
    </Notice>
  );
}
