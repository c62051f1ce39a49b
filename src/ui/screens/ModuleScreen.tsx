// A module's own screen: its summary, introduction and every page with its question.

import { mindsetTheme } from '../components/MindsetBadge.tsx';
import { refusalText } from '../components/moduleRefusal.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Module } from '../../core/module.ts';
import { moduleLang } from '../../core/module.ts';
import type { FieldProblem } from '../../core/storedRecord.ts';
import { useApp } from '../../app/context.ts';
import { t } from '../../i18n/i18n.ts';
import { Words } from '../../i18n/Words.tsx';
import { Link } from '../components/Link.tsx';
import { MindsetBadge } from '../components/MindsetBadge.tsx';
import { Notice } from '../components/Notice.tsx';
import { PageView } from '../components/PageView.tsx';
import { StartSession } from '../components/StartSession.tsx';
import { fieldProblemsText } from '../components/StoredProblems.tsx';
import { TextBlocks } from '../components/TextBlocks.tsx';
import { downloadFile } from '../components/download.ts';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The module, none by that id, what is wrong with its stored record, or the error reading it threw. */
type Loaded = { module: Module } | { missing: true } | { problem: FieldProblem } | { error: string } | undefined;

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
      setProblem(t('module.librarySaid', { problem: refusalText(removed.refusal) }));
    } catch (error) {
      setProblem(t('module.storageRefused', { error: errorText(error) }));
    }
    setPhase('idle');
  };
  return (
    <div class="module-remove">
      {phase === 'idle' ? (
        <p class="module-file">
          <button type="button" class="danger" onClick={() => setPhase('confirming')}>
            {t('module.removeButton')}
          </button>
          <span class="quiet">{t('module.youAdded')}</span>
        </p>
      ) : (
        <div class="confirm-box" role="group" aria-labelledby="remove-question">
          <p id="remove-question" ref={question} tabIndex={-1} class="confirm-question">
            {t('module.removeQuestion', { title: module.title })}
          </p>
          <div class="button-row">
            <button type="button" class="danger" disabled={phase === 'removing'} onClick={() => void remove()}>
              {t(phase === 'removing' ? 'module.removing' : 'module.removeYes')}
            </button>
            <button type="button" disabled={phase === 'removing'} onClick={() => setPhase('idle')}>
              {t('module.keepIt')}
            </button>
          </div>
        </div>
      )}
      {problem && (
        <Notice tone="problem" title={t('module.notRemovedTitle')}>
          <p>{problem}</p>
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
      setProblem(t('module.fileNotMade', { error: errorText(error) }));
    }
  };
  return (
    <>
      <p class="module-file">
        <button type="button" onClick={() => void save()}>
          {t('module.saveAsFile')}
        </button>
        <span class="quiet">{t('module.saveAsFileHint')}</span>
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
      (error: unknown) => current && setLoaded({ error: errorText(error) }),
    );
    return () => {
      current = false;
    };
  }, [id, ready]);

  if (loaded === undefined) return <div class="page-width" aria-busy="true" />;
  if (!('module' in loaded)) {
    return (
      <div class="page-width">
        <h1>{t('missing' in loaded ? 'module.notFound' : 'module.cannotShow')}</h1>
        {'missing' in loaded ? (
          <p>
            <Words id="module.noSuchModule" values={{ id: <code>{id}</code> }} />
          </p>
        ) : (
          <Notice tone="problem" title={t('module.damagedTitle')}>
            <p>
              <Words id="module.damagedText" values={{ id: <code>{id}</code>, problem: 'problem' in loaded ? fieldProblemsText([loaded.problem]) : loaded.error }} />
            </p>
          </Notice>
        )}
        <p>
          <Link href="/">{t('module.backToLibrary')}</Link>
        </p>
      </div>
    );
  }

  const { module } = loaded;
  const pageMinutes = module.pages.reduce((sum, page) => sum + (page.minutes ?? 0), 0);
  return (
    <article class="page-width module-view">
      <p class="back-link">
        <Link href="/">{t('module.backLink')}</Link>
      </p>
      <header class={`module-header mindset-edge-${module.mindset}`}>
        <p class="module-meta">
          <MindsetBadge mindset={module.mindset} />
          <span>{mindsetTheme(module.mindset)}</span>
        </p>
        <h1 lang={moduleLang(module)}>{module.title}</h1>
        <p class="lede" lang={moduleLang(module)}>
          {module.summary}
        </p>
        <p class="module-meta">
          <span>{t('module.pageCount', { count: module.pages.length })}</span>
          <span>{pageMinutes > 0 ? t('module.sessionMinutesWithPages', { minutes: module.minutes, pageMinutes }) : t('module.sessionMinutes', { minutes: module.minutes })}</span>
          <span>{t('module.byAuthor', { author: module.author })}</span>
          <span>{t('module.version', { version: String(module.version) })}</span>
        </p>
        <StartSession module={module} />
      </header>
      <SaveAsFile module={module} />
      {module.source === 'user' && <RemoveModule module={module} />}
      {module.intro.length > 0 && (
        <div class="module-intro" lang={moduleLang(module)}>
          <TextBlocks blocks={module.intro} />
        </div>
      )}
      <ol class="page-list">
        {module.pages.map((page, i) => (
          <PageView key={i} page={page} number={i + 1} lang={moduleLang(module)} />
        ))}
      </ol>
    </article>
  );
}
