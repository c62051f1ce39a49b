// Lets an author add a module from a Markdown file, and add it again as they revise it. The
// button is all the start screen carries: reading the file, the parser and the notice of what
// came of it load when a file is chosen, with the words of its errors.

import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { t, withLaterWords } from '../../i18n/i18n.ts';
import type { Outcome } from './ModuleFileOutcome.tsx';

/** The "Add a module from a file" control and what came of it. */
export function AddModuleFile() {
  const { library } = useApp();
  const [shown, setShown] = useState<{ outcome: Outcome; View: ComponentType<{ outcome: Outcome }> } | undefined>(undefined);
  // The reading code could not load (the app was updated and its old files are gone, say).
  const [failed, setFailed] = useState<string | undefined>(undefined);

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const code = await withLaterWords(import('./ModuleFileOutcome.tsx'));
      setFailed(undefined);
      setShown({ outcome: await code.readModuleFile(file, library.addModule), View: code.ModuleFileOutcome });
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <div class="add-module">
      <label class="button">
        {t('library.addModuleFile')}
        <input type="file" accept=".md,text/markdown,text/plain" class="visually-hidden" onChange={onFile} />
      </label>
      {shown && <shown.View outcome={shown.outcome} />}
      {failed !== undefined && (
        <p class="form-error" role="alert">
          {t('app.reloadToRetry', { error: failed })}
        </p>
      )}
    </div>
  );
}
