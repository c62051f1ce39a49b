import { fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppServices } from '../../app/context.ts';
import { AppContext } from '../../app/context.ts';
import { createRouter } from '../../app/router.ts';
import type { Module } from '../../core/module.ts';
import { activate, loadPart } from '../../i18n/i18n.ts';
import { AddModuleFile } from './AddModuleFile.tsx';

const GOOD = ['---', 'id: un-essai', 'title: Un essai', 'mindset: action', 'summary: Court.', 'author: Tests', 'minutes: 30', 'version: 1', 'tags: []', 'lang: fr', '---', '## Une page', 'Durée : 5 min', '', 'Question : Pourquoi\u202f?'].join('\n');
const BAD = ['---', 'id: my-module', 'title: Mine', 'mindset: strategy', '---', '## One', 'Question: Why?'].join('\n');

function renderControl(addModule = vi.fn<(module: Module) => Promise<{ ok: true; replaced: boolean }>>(async () => ({ ok: true, replaced: false }))) {
  const services = { router: createRouter(window), library: { addModule } } as unknown as AppServices;
  const view = render(
    <AppContext.Provider value={services}>
      <AddModuleFile />
    </AppContext.Provider>,
  );
  const choose = (name: string, text: string) => {
    const input = view.container.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'text/markdown' })], configurable: true });
    fireEvent.change(input);
  };
  return { ...view, choose, addModule };
}

describe('AddModuleFile', () => {
  afterEach(async () => {
    await activate('en');
  });

  it('adds a module in French, with its language', async () => {
    const { choose, findByRole, addModule } = renderControl();
    choose('un-essai.md', GOOD);
    const status = await findByRole('status', { name: 'Module added' });
    expect(status.textContent).toContain('“Un essai” is now in your library.');
    expect(addModule.mock.calls[0]?.[0]).toMatchObject({ id: 'un-essai', lang: 'fr', format: 2, pages: [{ minutes: 5, prompt: { kind: 'question', text: 'Pourquoi\u202f?' } }] });
  });

  it('words the file’s errors in English, file:line: first', async () => {
    const { choose, findByRole, addModule } = renderControl();
    choose('my-module.md', BAD);
    const alert = await findByRole('alert', { name: 'my-module.md was not added' });
    const lines = [...alert.querySelectorAll('li')].map((item) => item.textContent);
    expect(lines).toEqual([
      "my-module.md:1: missing field 'summary'",
      "my-module.md:1: missing field 'author'",
      "my-module.md:1: missing field 'minutes'",
      "my-module.md:1: missing field 'version'",
      "my-module.md:1: missing field 'tags'",
      "my-module.md:4: unknown mindset 'strategy' (it must be one of reflection, analysis, worldliness, collaboration, action)",
    ]);
    expect(addModule).not.toHaveBeenCalled();
  });

  it('words the file’s errors in the interface language', async () => {
    await activate('fr');
    await loadPart('fr', 'later');
    const { choose, findByRole } = renderControl();
    choose('my-module.md', BAD);
    const alert = await findByRole('alert', { name: 'my-module.md n’a pas été ajouté' });
    expect(alert.textContent).toContain('my-module.md, ligne 4\u00a0: état d’esprit inconnu «\u202fstrategy\u202f»');

    await activate('ja');
    await loadPart('ja', 'later');
    expect(alert.textContent).toContain('my-module.mdの4行目：不明なマインドセット「strategy」です');
  });

  it('says so when storage refuses the module, changing nothing', async () => {
    const { choose, findByRole } = renderControl(
      vi.fn(async () => {
        throw new Error('the database is closed');
      }),
    );
    choose('un-essai.md', GOOD);
    const alert = await findByRole('alert', { name: 'un-essai.md was not added' });
    expect(alert.textContent).toContain("un-essai.md: this device's storage refused it (the database is closed)");
  });
});
