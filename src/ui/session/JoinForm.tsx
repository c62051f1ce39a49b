// Asks a new participant's name, once; the device remembers it for next time.

import { useState } from 'preact/hooks';
import type { OpenedSession } from './openedSession.ts';

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
      <h1>Join “{title}”</h1>
      <form class="join-form" onSubmit={onSubmit}>
        <label>
          <span>Your name, as the group knows you</span>
          <input value={name} maxLength={60} autocomplete="name" required onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <button type="submit" class="primary">
          Join the session
        </button>
      </form>
      {state.notice.value && <p class="form-error">{state.notice.value}</p>}
      <p class="quiet projector-choice">
        Is this the screen everyone looks at? <a href={`${location.pathname}${location.hash}&as=projector`}>Use it as the projector</a>: it shows the session and takes no part.
      </p>
    </div>
  );
}
