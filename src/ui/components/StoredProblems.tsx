// Lists stored modules that could not be read, so that nothing vanishes without a word.

import type { StoredProblem } from '../../storage/libraryRepo.ts';
import { Notice } from './Notice.tsx';

/** The notice for unreadable stored records. */
export function StoredProblems({ problems }: { problems: StoredProblem[] }) {
  if (problems.length === 0) return null;
  const count = problems.length;
  return (
    <Notice title={`${count} stored module${count === 1 ? '' : 's'} could not be read`}>
      <p>{count === 1 ? 'It is' : 'They are'} left in storage as {count === 1 ? 'it is' : 'they are'}, and the rest of the library works as usual.</p>
      <ul>
        {problems.slice(0, 10).map((problem, i) => (
          <li key={i}>
            <code>{problem.id}</code>: {problem.problem}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
