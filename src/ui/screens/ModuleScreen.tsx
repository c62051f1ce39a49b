// A module's own screen: its summary, introduction and every page with its question.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { Module } from '../../core/module.ts';
import { MINDSET_LABELS } from '../../core/module.ts';
import { useApp } from '../../app/context.ts';
import { Link } from '../components/Link.tsx';
import { MindsetBadge } from '../components/MindsetBadge.tsx';
import { Notice } from '../components/Notice.tsx';
import { PageView } from '../components/PageView.tsx';
import { StartSession } from '../components/StartSession.tsx';
import { TextBlocks } from '../components/TextBlocks.tsx';
import { downloadFile } from '../components/download.ts';
import { count } from '../../lib/format.ts';

type Loaded = { module: Module } | { missing: true } | { problem: string } | undefined;

/** Removes a module the user added, after asking; the library's own modules have no such button. */
function RemoveModule({ module }: { module: Module }) {
  const { library, router } = useApp();
  const [phase, setPhase] = useState<'idle' | 'confirming' | 'removing'>('idle');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (phase === 'confirming') question.current?.focus();
  }, [phase]);
  const remove = async () => {
    setPhase('removing');
    try {
      const removed = await library.removeModule(module.id);
      if (removed.ok) return router.navigate('/');
      setProblem(removed.problem);
    } catch (error) {
      setProblem(`this device's storage refused it (${error instanceof Error ? error.message : String(error)})`);
    }
    setPhase('idle');
  };
  return (
    <div class="module-remove">
      {phase === 'idle' ? (
        <p class="module-file">
          <button type="button" class="danger" onClick={() => setPhase('confirming')}>
            Remove from the library…
          </button>
          <span class="quiet">You added this module on this device.</span>
        </p>
      ) : (
        <div class="confirm-box" role="group" aria-labelledby="remove-question">
          <p id="remove-question" ref={question} tabIndex={-1} class="confirm-question">
            Remove “{module.title}” from this device’s library? Sessions and journal entries that used it keep what they showed. To have it again, add its file.
          </p>
          <div class="button-row">
            <button type="button" class="danger" disabled={phase === 'removing'} onClick={() => void remove()}>
              {phase === 'removing' ? 'Removing…' : 'Yes, remove it'}
            </button>
            <button type="button" disabled={phase === 'removing'} onClick={() => setPhase('idle')}>
              Keep it
            </button>
          </div>
        </div>
      )}
      {problem && (
        <Notice tone="problem" title="The module was not removed">
          <p>The library said: {problem}.</p>
        </Notice>
      )}
    </div>
  );
}

/** Saves the module as its Markdown file, to share it or to start a new module from it. The writer loads only when needed. */
function SaveAsFile({ module }: { module: Module }) {
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const save = async () => {
    try {
      const { moduleFileName, writeModule } = await import('../../content/writeModule.ts');
      downloadFile({ name: moduleFileName(module), type: 'text/markdown', content: writeModule(module) });
      setProblem(undefined);
    } catch (error) {
      setProblem(`The file could not be made (${error instanceof Error ? error.message : String(error)}). Reload the page and try again.`);
    }
  };
  return (
    <>
      <p class="module-file">
        <button type="button" onClick={() => void save()}>
          Save as a file
        </button>
        <span class="quiet">A Markdown file, to share with another group or to start a module of your own. It is added with “Add a module from a file” in the library.</span>
      </p>
      {problem && (
        <p class="form-error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}

/** The module screen for `id`. */
export function ModuleScreen({ id }: { id: string }) {
  const { library } = useApp();
  const [loaded, setLoaded] = useState<Loaded>(undefined);
  const ready = library.ready.value;

  useEffect(() => {
    let current = true;
    setLoaded(undefined);
    library.openModule(id).then(
      // On a first visit the library may still be loading: "not found" waits until it is in.
      (result) => current && setLoaded('missing' in result && !ready ? undefined : result),
      (error: unknown) => current && setLoaded({ problem: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [id, ready]);

  if (loaded === undefined) return <div class="page-width" aria-busy="true" />;
  if ('missing' in loaded || 'problem' in loaded) {
    return (
      <div class="page-width">
        <h1>{'missing' in loaded ? 'Module not found' : 'This module cannot be shown'}</h1>
        {'missing' in loaded ? (
          <p>
            There is no module with the id <code>{id}</code> in the library on this device.
          </p>
        ) : (
          <Notice tone="problem" title="Its stored record is damaged">
            <p>
              The record of <code>{id}</code> could not be read ({loaded.problem}). It is left in storage as it is.
            </p>
          </Notice>
        )}
        <p>
          <Link href="/">Back to the module library</Link>
        </p>
      </div>
    );
  }

  const { module } = loaded;
  const pageMinutes = module.pages.reduce((sum, page) => sum + (page.minutes ?? 0), 0);
  return (
    <article class="page-width module-view">
      <p class="back-link">
        <Link href="/">← Library</Link>
      </p>
      <header class={`module-header mindset-edge-${module.mindset}`}>
        <p class="module-meta">
          <MindsetBadge mindset={module.mindset} />
          <span>{MINDSET_LABELS[module.mindset].theme}</span>
        </p>
        <h1>{module.title}</h1>
        <p class="lede">{module.summary}</p>
        <p class="module-meta">
          <span>{count(module.pages.length, 'page', 'pages')}</span>
          <span>{module.minutes} min session{pageMinutes > 0 ? ` (${pageMinutes} min of pages)` : ''}</span>
          <span>By {module.author}</span>
          <span>Version {module.version}</span>
        </p>
        <StartSession module={module} />
      </header>
      <SaveAsFile module={module} />
      {module.source === 'user' && <RemoveModule module={module} />}
      {module.intro.length > 0 && (
        <div class="module-intro">
          <TextBlocks blocks={module.intro} />
        </div>
      )}
      <ol class="page-list">
        {module.pages.map((page, i) => (
          <PageView key={i} page={page} number={i + 1} />
        ))}
      </ol>
    </article>
  );
}
