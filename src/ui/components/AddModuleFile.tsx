// Lets an author add a module from a Markdown file, and add it again as they revise it. The
// parser loads only when needed, with the words of its errors (the catalog's `content` area).

import { useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import type { ContentError } from '../../content/contentError.ts';
import { t, withLaterWords } from '../../i18n/i18n.ts';
import type { MessageId } from '../../i18n/keys.ts';
import { Link } from './Link.tsx';
import { Notice } from './Notice.tsx';

/** A line of the refusal: a problem at a line of the file, or one about the whole file. */
type Problem = { kind: 'content'; error: ContentError } | { kind: 'stored'; problem: string } | { kind: 'refused'; reason: string };

type Outcome = { kind: 'added'; id: string; title: string; version: number; replaced: boolean } | { kind: 'errors'; file: string; problems: Problem[] };

/** The message of each content error code; a code without one is a type error. */
const contentMessage = (error: ContentError): MessageId => `content.${error.code}`;

/** One problem, worded in the interface language. */
function problemLine(file: string, problem: Problem): string {
  switch (problem.kind) {
    case 'content':
      return t('moduleFile.errorAt', { file, line: problem.error.line, problem: t(contentMessage(problem.error), problem.error.params) });
    case 'stored':
      return t('moduleFile.errorInFile', { file, problem: problem.problem });
    case 'refused':
      return t('moduleFile.storageRefused', { file, reason: problem.reason });
  }
}

/** The "Add a module from a file" control and what came of it. */
export function AddModuleFile() {
  const { library } = useApp();
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const { parseModule } = await withLaterWords(import('../../content/parseModule.ts'));
      const result = parseModule(await file.text(), file.name, 'user');
      if (!result.ok) {
        setOutcome({ kind: 'errors', file: file.name, problems: result.errors.map((error) => ({ kind: 'content', error })) });
        return;
      }
      const added = await library.addModule(result.module);
      const { id, title, version } = result.module;
      setOutcome(added.ok ? { kind: 'added', id, title, version, replaced: added.replaced } : { kind: 'errors', file: file.name, problems: [{ kind: 'stored', problem: added.problem }] });
    } catch (error) {
      // Storage refused (closed by a newer tab, full, or unavailable): say so, change nothing.
      const reason = error instanceof Error ? error.message : String(error);
      setOutcome({ kind: 'errors', file: file.name, problems: [{ kind: 'refused', reason }] });
    }
  };

  return (
    <div class="add-module">
      <label class="button">
        {t('moduleFile.add')}
        <input type="file" accept=".md,text/markdown,text/plain" class="visually-hidden" onChange={onFile} />
      </label>
      {outcome?.kind === 'added' && (
        <Notice title={outcome.replaced ? t('moduleFile.updated') : t('moduleFile.added')}>
          <p>
            {outcome.replaced ? t('moduleFile.updatedText', { title: outcome.title, version: outcome.version }) : t('moduleFile.addedText', { title: outcome.title })}{' '}
            <Link href={`/modules/${outcome.id}`}>{t('moduleFile.open')}</Link>
          </p>
        </Notice>
      )}
      {outcome?.kind === 'errors' && (
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
    </div>
  );
}
