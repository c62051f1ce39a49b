// Lists stored records that could not be read (modules, or another kind each named), so that
// nothing vanishes without a word.

import type { StoredProblem } from '../../storage/libraryRepo.ts';
import { Notice } from './Notice.tsx';

/** The notice for unreadable stored records. */
export function StoredProblems({ problems, rest = 'of the library' }: { problems: StoredProblem[]; rest?: string }) {
  if (problems.length === 0) return null;
  const count = problems.length;
  const what = problems.some((p) => p.kind) ? 'record' : 'module';
  return (
    <Notice title={`${count} stored ${what}${count === 1 ? '' : 's'} could not be read`}>
      <p>{count === 1 ? 'It is' : 'They are'} left in storage as {count === 1 ? 'it is' : 'they are'}, and the rest {rest} works as usual.</p>
      <ul>
        {problems.slice(0, 10).map((problem, i) => (
          <li key={i}>
            {problem.kind && `${problem.kind} `}
            <code>{problem.id}</code>: {problem.problem}
          </li>
        ))}
        {count > 10 && <li>…and {count - 10} more.</li>}
      </ul>
    </Notice>
  );
}
