// Lists stored records that could not be read (modules, or another kind each named), so that
// nothing vanishes without a word. Storage tells each problem as a code; it is worded here.

import type { FieldProblem, ValueProblem } from '../../core/storedRecord.ts';
import { t } from '../../i18n/i18n.ts';
import { formatList, formatNumber } from '../../i18n/intl.ts';
import type { MessageId } from '../../i18n/keys.ts';
import { Words } from '../../i18n/Words.tsx';
import type { StoredKind, StoredProblem } from '../../storage/libraryRepo.ts';
import { Notice } from './Notice.tsx';

/** Where the rest works as usual: the library, a program, the programs, or this device's programs. */
export type StoredPlace = 'library' | 'program' | 'programs' | 'devicePrograms';

const KEPT: Record<StoredPlace, MessageId> = {
  library: 'problems.keptLibrary',
  program: 'problems.keptProgram',
  programs: 'problems.keptPrograms',
  devicePrograms: 'problems.keptDevicePrograms',
};

const KINDS: Record<StoredKind, MessageId> = {
  program: 'problems.program',
  person: 'problems.person',
  group: 'problems.group',
  grouping: 'problems.grouping',
};

/** How many problems are listed before the rest are counted. */
const SHOWN = 10;

/** What is wrong with a stored value, in the interface language. */
export function valueProblemText(problem: ValueProblem): string {
  switch (problem.code) {
    case 'tooLong':
      return t('problems.tooLong', { max: formatNumber(problem.max) });
    case 'notWhole':
      return t('problems.notWhole', { min: formatNumber(problem.min), max: formatNumber(problem.max) });
    case 'notOneOf':
      return t('problems.notOneOf', { values: formatList(problem.values, 'unit') });
    case 'tooMany':
      return t('problems.tooMany', { max: formatNumber(problem.max), found: formatNumber(problem.found) });
    case 'newerFormat':
      return t('problems.newerFormat', { found: formatNumber(problem.found), reads: formatNumber(problem.reads) });
    case 'item':
      return t('problems.item', { item: formatNumber(problem.item), problem: valueProblemText(problem.problem) });
    case 'fields':
      return fieldProblemsText(problem.problems);
    case 'worded':
      return problem.text;
    default:
      return t(`problems.${problem.code}`);
  }
}

/** What is wrong with a stored record, field by field, in the interface language. */
export function fieldProblemsText(problems: readonly FieldProblem[]): string {
  return formatList(
    problems.map((p) => (p.field ? t('problems.field', { field: p.field, problem: valueProblemText(p.problem) }) : valueProblemText(p.problem))),
    'unit',
  );
}

/** One unreadable record: its kind (none for a module), its id, and what is wrong with it. */
function ProblemLine({ problem }: { problem: StoredProblem }) {
  const id = problem.id !== undefined ? <code>{problem.id}</code> : problem.entry !== undefined ? <code>{t('problems.entry', { entry: formatNumber(problem.entry) })}</code> : t('problems.noId');
  const what = fieldProblemsText(problem.problem);
  return problem.kind ? <Words id="problems.recordLine" values={{ kind: t(KINDS[problem.kind]), id, problem: what }} /> : <Words id="problems.moduleLine" values={{ id, problem: what }} />;
}

/** The notice for unreadable stored records; `place` names what works as usual meanwhile. */
export function StoredProblems({ problems, place = 'library' }: { problems: StoredProblem[]; place?: StoredPlace }) {
  if (problems.length === 0) return null;
  const count = problems.length;
  return (
    <Notice title={t(problems.some((p) => p.kind) ? 'problems.recordsUnread' : 'problems.modulesUnread', { count })}>
      <p>{t(KEPT[place], { count })}</p>
      <ul>
        {problems.slice(0, SHOWN).map((problem, i) => (
          <li key={i}>
            <ProblemLine problem={problem} />
          </li>
        ))}
        {count > SHOWN && <li>{t('problems.more', { count: formatNumber(count - SHOWN) })}</li>}
      </ul>
    </Notice>
  );
}
