// Starts a live session with a module: asks the facilitator's name once, makes a new room
// with a fresh secret, and opens it.

import { useEffect, useState } from 'preact/hooks';
import type { Module } from '../../core/module.ts';
import { formatRoomFragment, newRoomKey } from '../../core/roomLink.ts';
import { randomBytes } from '../../lib/random.ts';
import { useApp } from '../../app/context.ts';
import { displayName, rememberDisplayName, rememberSession } from '../../storage/deviceRepo.ts';

/** The start-session form of a module. */
export function StartSession({ module }: { module: Module }) {
  const { db, router } = useApp();
  const [name, setName] = useState('');
  useEffect(() => {
    void displayName(db).then((stored) => setName((current) => current || stored));
  }, []);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const room = newRoomKey(randomBytes);
    await rememberDisplayName(db, name.trim());
    await rememberSession(db, { roomId: room.roomId, secret: room.secret, role: 'participant', creator: true, moduleId: module.id, moduleTitle: module.title, joinedAt: Date.now(), lastOpenedAt: Date.now() });
    router.navigate(`/session#${formatRoomFragment(room)}`);
  };

  return (
    <form class="start-session" onSubmit={(e) => void onSubmit(e)}>
      <label>
        <span>Your name</span>
        <input value={name} maxLength={60} required autocomplete="name" onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <button type="submit" class="primary">
        Start a session
      </button>
    </form>
  );
}
