// Asks a new participant's name, once; the device remembers it for next time.

import { useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import { Words } from '../../i18n/Words.tsx';
import type { OpenedSession } from './openedSession.ts';
import { refusalText } from './sessionWords.ts';

/** The join form. */
export function JoinForm({ opened }: { opened: OpenedSession }) {
  const { state } = opened;
  const [name, setName] = useState(opened.displayName);
  const title = state.session.value?.module.title ?? '';
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (state.join(name)) void opened.rememberName(name.trim());
  };
  return (
    <div class="page-width narrow">
      <h1>{t('session.joinHeading', { title })}</h1>
      <form class="join-form" onSubmit={onSubmit}>
        <label>
          <span>{t('session.yourName')}</span>
          <input value={name} maxLength={60} autocomplete="name" required onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <button type="submit" class="primary">
          {t('session.joinButton')}
        </button>
      </form>
      {state.notice.value && <p class="form-error">{refusalText(state.notice.value)}</p>}
      <p class="quiet projector-choice">
        <Words id="session.projectorChoice" values={{ link: <a href={`${location.pathname}${location.hash}&as=projector`}>{t('session.useAsProjector')}</a> }} />
      </p>
    </div>
  );
}
