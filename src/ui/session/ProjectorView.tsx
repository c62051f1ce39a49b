// The projected screen: the question in large type, fitted to the screen, who reads it and who
// reads next, where the group is and the time. It takes no part in the session, but on a device
// that moves the pages, a clicker's keys pressed in it move them as on the laptop's view.

import { moduleLang } from '../../core/module.ts';
import { useEffect, useState } from 'preact/hooks';
import type { RoomKey } from '../../core/roomLink.ts';
import { formatJoinLink } from '../../core/roomLink.ts';
import { t } from '../../i18n/i18n.ts';
import type { SessionState } from '../../state/sessionState.ts';
import { AgendaClock } from './AgendaClock.tsx';
import { ConnectionBadge } from './ConnectionBadge.tsx';
import { FullscreenButton } from './FullscreenButton.tsx';
import { ProjectorStage } from './ProjectorStage.tsx';
import { QrCode } from './QrCode.tsx';
import { usePageKeys } from './usePageKeys.ts';
import { nameOf } from './sessionWords.ts';
import { useResting } from './useResting.ts';

/** The projector view. */
export function ProjectorView({ state, room }: { state: SessionState; room: RoomKey }) {
  const module = state.module.value;
  const phase = state.phase.value;
  const page = state.page.value ?? 0;
  const [showQr, setShowQr] = useState(true);
  usePageKeys(state, { enabled: state.canControl.value && phase === 'pages', space: 'anywhere' });
  // The controls and the connection line leave the projected image while the mouse rests; they
  // come back when it moves, and stay while one of them has keyboard focus.
  const resting = useResting();
  // The projected screen shows the session alone, without the app's own header.
  useEffect(() => {
    document.body.classList.add('projector-mode');
    return () => document.body.classList.remove('projector-mode');
  }, []);
  if (!module || !phase) return null;
  const onPages = phase === 'pages';
  return (
    <div class={`projector mindset-edge-${module.mindset}${showQr ? ' with-qr' : ''}${resting ? ' controls-resting' : ''}`}>
      <header class="projector-header">
        <p class={`projector-module mindset-text-${module.mindset}`} lang={moduleLang(state.content.value ?? {})}>
          {module.title}
        </p>
        {onPages && (
          <p class="projector-position">{t('session.pageOf', { page: page + 1, count: module.pageCount })}</p>
        )}
        <AgendaClock state={state} large />
      </header>
      {onPages && <ProjectorReaders state={state} />}
      <ProjectorStage state={state} />
      {showQr && (
        <div class="projector-qr">
          <QrCode text={formatJoinLink(location.origin, room)} label={t('session.joinQr')} size={132} />
          <p>{t('session.scanToJoin')}</p>
        </div>
      )}
      <footer class="projector-footer">
        <ConnectionBadge status={state.status.value} />
        <div class="button-row">
          <button type="button" onClick={() => setShowQr(!showQr)}>
            {showQr ? t('session.hideQr') : t('session.showQr')}
          </button>
          <FullscreenButton />
        </div>
      </footer>
    </div>
  );
}

/** "Read by" and "Next", large enough for the back of the room. */
function ProjectorReaders({ state }: { state: SessionState }) {
  const reader = state.reader.value;
  const next = state.nextReader.value;
  return (
    <div class="projector-readers" role="status" aria-label={t('session.readerLabel')}>
      <p class="projector-reader">{reader ? t('session.readBy', { name: nameOf(state, reader) }) : t('session.nobodyToRead')}</p>
      {next && <p class="projector-next">{t('session.nextReader', { name: nameOf(state, next) })}</p>}
    </div>
  );
}
