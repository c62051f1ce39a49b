// What came of adding a module file: the file read, parsed and stored, and the notice that says
// so or lists what is wrong, line by line. Loaded (with the catalog's later part) only once a
// file is chosen, so the start screen carries only the button.

import { parseModule } from '../../content/parseModule.ts';
import type { ContentError } from '../../content/contentError.ts';
import { t } from '../../i18n/i18n.ts';
import type { MessageId } from '../../i18n/keys.ts';
import type { LibraryState } from '../../state/libraryState.ts';
import type { ModuleRefusal } from '../../storage/libraryRepo.ts';
import { refusalText } from './moduleRefusal.ts';
import { Link } from './Link.tsx';
import { Notice } from './Notice.tsx';

/** A line of the refusal: a problem at a line of the file, or one about the whole file. */
type Problem = { kind: 'content'; error: ContentError } | { kind: 'stored'; refusal: ModuleRefusal } | { kind: 'refused'; reason: string };

export type Outcome = { kind: 'added'; id: string; title: string; version: number; replaced: boolean } | { kind: 'errors'; file: string; problems: Problem[] };

/** The message of each content error code; a code without one is a type error. */
const contentMessage = (error: ContentError): MessageId => `content.${error.code}`;

/** One problem, worded in the interface language. */
function problemLine(file: string, problem: Problem): string {
  switch (problem.kind) {
    case 'content':
      return t('moduleFile.errorAt', { file, line: problem.error.line, problem: t(contentMessage(problem.error), problem.error.params) });
    case 'stored':
      return t('moduleFile.errorInFile', { file, problem: refusalText(problem.refusal) });
    case 'refused':
      return t('moduleFile.storageRefused', { file, reason: problem.reason });
  }
}

/** Reads, parses and stores a module file; what came of it. `add` stores the module. */
export async function readModuleFile(file: File, add: LibraryState['addModule']): Promise<Outcome> {
  try {
    const result = parseModule(await file.text(), file.name, 'user');
    if (!result.ok) return { kind: 'errors', file: file.name, problems: result.errors.map((error) => ({ kind: 'content', error })) };
    const added = await add(result.module);
    const { id, title, version } = result.module;
    return added.ok ? { kind: 'added', id, title, version, replaced: added.replaced } : { kind: 'errors', file: file.name, problems: [{ kind: 'stored', refusal: added.refusal }] };
  } catch (error) {
    // Storage refused (closed by a newer tab, full, or unavailable): say so, change nothing.
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'errors', file: file.name, problems: [{ kind: 'refused', reason }] };
  }
}

/** The notice for what came of a module file. */
export function ModuleFileOutcome({ outcome }: { outcome: Outcome }) {
  return (
    <>
      {outcome.kind === 'added' && (
        <Notice title={outcome.replaced ? t('moduleFile.updated') : t('moduleFile.added')}>
          <p>
            {outcome.replaced ? t('moduleFile.updatedText', { title: outcome.title, version: outcome.version }) : t('moduleFile.addedText', { title: outcome.title })}{' '}
            <Link href={`/modules/${outcome.id}`}>{t('moduleFile.open')}</Link>
          </p>
        </Notice>
      )}
      {outcome.kind === 'errors' && (
        <Notice tone="problem" title={t('moduleFile.notAdded', { file: outcome.file })}>
          <p>{t('moduleFile.nothingChanged')}</p>
          <ul class="error-lines">
            {outcome.problems.map((problem, i) => (
              <li key={i}>
                <code>{problemLine(outcome.file, problem)}</code>
              </li>
            ))}
          </ul>
        </Notice>
      )}
    </>
  );
}
