// The route of a live session. It reads the room from the link's fragment, then loads the
// session's code (Yjs, WebRTC) only now, with the later words it needs, so the start screen
// stays small. What it says itself comes from the start area `room`.

import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { JoinRole, RoomKey, RoomLinkProblem } from '../../core/roomLink.ts';
import { parseRoomFragment } from '../../core/roomLink.ts';
import { useApp } from '../../app/context.ts';
import { t, withLaterWords } from '../../i18n/i18n.ts';
import type { MessageId } from '../../i18n/keys.ts';
import { Words } from '../../i18n/Words.tsx';
import { Link } from '../components/Link.tsx';
import { Notice } from '../components/Notice.tsx';
import type { OpenedSession } from '../session/openedSession.ts';

/** What is wrong with a link, by its code: a code missing here is a type error. */
const LINK_PROBLEMS: Record<RoomLinkProblem['problem'], MessageId> = {
  noRoom: 'room.linkNoRoom',
  noRoomPart: 'room.linkNoRoomPart',
  noKeyPart: 'room.linkNoKeyPart',
  badRoom: 'room.linkBadRoom',
  badKey: 'room.linkBadKey',
  unknownRole: 'room.linkUnknownRole',
};

/** A link's problem, in a sentence. */
function linkProblemText(problem: RoomLinkProblem): string {
  return problem.problem === 'unknownRole' ? t(LINK_PROBLEMS.unknownRole, { role: problem.role }) : t(LINK_PROBLEMS[problem.problem]);
}

// Typed as they are, in every language: addresses and a command, not words.
const HTTP = 'http://';
const HTTPS = 'https://';
const LAN_COMMAND = 'npm start -- --lan';

/** The session screen. */
export function SessionScreen() {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onHash = () => setHash(location.hash);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const parsed = parseRoomFragment(hash);
  if (!parsed.ok) {
    return (
      <div class="page-width">
        <h1>{t('room.linkNotASession')}</h1>
        <Notice tone="problem" title={t('room.linkNotRight')}>
          <p>{linkProblemText(parsed)}</p>
        </Notice>
        <p>
          <Link href="/">{t('room.goToLibrary')}</Link>
        </p>
      </div>
    );
  }
  // Over plain http:// from another computer, browsers turn off the Web Crypto a room's
  // encryption needs: say so and how to fix it, instead of failing deep inside.
  if (!window.isSecureContext) {
    return (
      <div class="page-width">
        <h1>{t('room.insecureHeading')}</h1>
        <Notice tone="problem" title={t('room.insecureTitle')}>
          <p>
            <Words id="room.insecureText" values={{ http: <code>{HTTP}</code>, https: <code>{HTTPS}</code>, command: <code>{LAN_COMMAND}</code>, host: location.host }} />
          </p>
        </Notice>
        <p>
          <Link href="/">{t('room.goToLibrary')}</Link>
        </p>
      </div>
    );
  }
  return <SessionLoader key={`${parsed.room.roomId}/${parsed.room.secret}/${parsed.role}`} room={parsed.room} role={parsed.role} />;
}

type Loaded = { Room: ComponentType<{ opened: OpenedSession }>; opened: OpenedSession } | { error: string };

function SessionLoader({ room, role }: { room: RoomKey; role: JoinRole }) {
  const { db, device } = useApp();
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);

  useEffect(() => {
    let opened: OpenedSession | undefined;
    let gone = false;
    void withLaterWords(import('../session/openSession.ts'))
      .then(async ({ openSession, SessionRoom }) => {
        opened = await openSession({ db, room, role });
        if (gone) return void opened.state.close();
        device.setSessionActive(true);
        setLoaded({ Room: SessionRoom, opened });
      })
      .catch((error: unknown) => setLoaded({ error: error instanceof Error ? error.message : String(error) }));
    return () => {
      gone = true;
      device.setSessionActive(false);
      void opened?.state.close();
    };
  }, []);

  if (!loaded) return <div class="page-width"><p class="quiet">{t('room.opening')}</p></div>;
  if ('error' in loaded) {
    return (
      <div class="page-width">
        <h1>{t('room.openFailedHeading')}</h1>
        <Notice tone="problem" title={t('room.openFailedTitle')}>
          {/* The error's own account, as the browser or a library gave it. */}
          <p>{loaded.error}</p>
        </Notice>
      </div>
    );
  }
  const { Room, opened } = loaded;
  return <Room opened={opened} />;
}
