// Lets an author add a module from a Markdown file, and add it again as they revise it. The
// parser loads only when needed.

import { useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { Link } from './Link.tsx';
import { Notice } from './Notice.tsx';

type Outcome = { kind: 'added'; id: string; title: string; version: number; replaced: boolean } | { kind: 'errors'; file: string; lines: string[] };

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
      const { parseModule, formatContentError } = await import('../../content/parseModule.ts');
      const result = parseModule(await file.text(), file.name, 'user');
      if (!result.ok) {
        setOutcome({ kind: 'errors', file: file.name, lines: result.errors.map(formatContentError) });
        return;
      }
      const added = await library.addModule(result.module);
      const { id, title, version } = result.module;
      setOutcome(added.ok ? { kind: 'added', id, title, version, replaced: added.replaced } : { kind: 'errors', file: file.name, lines: [`${file.name}: ${added.problem}`] });
    } catch (error) {
      // Storage refused (closed by a newer tab, full, or unavailable): say so, change nothing.
      const reason = error instanceof Error ? error.message : String(error);
      setOutcome({ kind: 'errors', file: file.name, lines: [`${file.name}: this device's storage refused it (${reason})`] });
    }
  };

  return (
    <div class="add-module">
      <label class="button">
        Add a module from a file
        <input type="file" accept=".md,text/markdown,text/plain" class="visually-hidden" onChange={onFile} />
      </label>
      {outcome?.kind === 'added' && (
        <Notice title={outcome.replaced ? 'Module updated' : 'Module added'}>
          <p>
            {outcome.replaced ? `“${outcome.title}” now reads as this file says (version ${outcome.version}).` : `“${outcome.title}” is now in your library.`}{' '}
            <Link href={`/modules/${outcome.id}`}>Open it</Link>
          </p>
        </Notice>
      )}
      {outcome?.kind === 'errors' && (
        <Notice tone="problem" title={`${outcome.file} was not added`}>
          <p>Nothing in your library changed. Fix these lines and add the file again:</p>
          <ul class="error-lines">
            {outcome.lines.map((line, i) => (
              <li key={i}>
                <code>{line}</code>
              </li>
            ))}
          </ul>
        </Notice>
      )}
    </div>
  );
}
