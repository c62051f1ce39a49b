// The route of a live session. It reads the room from the link's fragment, then loads the
// session's code (Yjs, WebRTC) only now, so the start screen stays small.

import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { JoinRole, RoomKey } from '../../core/roomLink.ts';
import { parseRoomFragment } from '../../core/roomLink.ts';
import { useApp } from '../../app/context.ts';
import { Link } from '../components/Link.tsx';
import { Notice } from '../components/Notice.tsx';
import type { OpenedSession } from '../session/openedSession.ts';

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
        <h1>This link does not open a session</h1>
        <Notice tone="problem" title="The join link is not right">
          <p>{parsed.problem}</p>
        </Notice>
        <p>
          <Link href="/">Go to the module library</Link>
        </p>
      </div>
    );
  }
  // Over plain http:// from another computer, browsers turn off the Web Crypto a room's
  // encryption needs: say so and how to fix it, instead of failing deep inside.
  if (!window.isSecureContext) {
    return (
      <div class="page-width">
        <h1>This address cannot open a session</h1>
        <Notice tone="problem" title="The page was not opened over https">
          <p>
            Browsers turn off the encryption a session needs on a plain <code>http://</code> address from another computer ({location.host}). Open
            the same link with <code>https://</code>: on the laptop that serves Roundtable, <code>npm start -- --lan</code> serves it that way.
          </p>
        </Notice>
        <p>
          <Link href="/">Go to the module library</Link>
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
    void import('../session/openSession.ts')
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

  if (!loaded) return <div class="page-width"><p class="quiet">Opening the session…</p></div>;
  if ('error' in loaded) {
    return (
      <div class="page-width">
        <h1>The session could not be opened</h1>
        <Notice tone="problem" title="Something went wrong on this device">
          <p>{loaded.error}</p>
        </Notice>
      </div>
    );
  }
  const { Room, opened } = loaded;
  return <Room opened={opened} />;
}
