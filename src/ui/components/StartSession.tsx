// Starts a live session with a module: asks the facilitator's name once and, optionally, which
// group meets (one this device has met with, or a new one), makes a new room with a fresh
// secret, and opens it.

import { useEffect, useState } from 'preact/hooks';
import type { Module } from '../../core/module.ts';
import { formatRoomFragment, newRoomKey } from '../../core/roomLink.ts';
import type { SessionGroup } from '../../core/session.ts';
import { cleanName } from '../../core/session.ts';
import { newId, randomBytes } from '../../lib/random.ts';
import { useApp } from '../../app/context.ts';
import { t } from '../../i18n/i18n.ts';
import { displayName, groupsMetBefore, rememberDisplayName, rememberSession } from '../../storage/deviceRepo.ts';

const NO_GROUP = '';
const NEW_GROUP = 'new';

/** The start-session form of a module. */
export function StartSession({ module }: { module: Module }) {
  const { db, router } = useApp();
  const [name, setName] = useState('');
  const [groups, setGroups] = useState<SessionGroup[]>([]);
  const [choice, setChoice] = useState(NO_GROUP);
  const [groupName, setGroupName] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  useEffect(() => {
    void displayName(db).then((stored) => setName((current) => current || stored));
    void groupsMetBefore(db).then((met) => {
      setGroups(met);
      // Groups meet again and again: the one this device met last is the likely one.
      if (met[0]) setChoice((current) => current || met[0]!.id);
    });
  }, []);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const room = newRoomKey(randomBytes);
    const group = choice === NEW_GROUP ? { id: newId(), name: cleanName(groupName) } : groups.find((g) => g.id === choice);
    try {
      await rememberDisplayName(db, name.trim());
      await rememberSession(db, {
        roomId: room.roomId, secret: room.secret, role: 'participant', creator: true, moduleId: module.id, moduleTitle: module.title, joinedAt: Date.now(), lastOpenedAt: Date.now(),
        ...(group?.name && { groupId: group.id, groupName: group.name }),
      });
    } catch (error) {
      setProblem(t('module.sessionNotStarted', { error: error instanceof Error ? error.message : String(error) }));
      return;
    }
    router.navigate(`/session#${formatRoomFragment(room)}`);
  };

  return (
    <form class="start-session" onSubmit={(e) => void onSubmit(e)}>
      <label>
        <span>{t('module.yourName')}</span>
        <input value={name} maxLength={60} required autocomplete="name" onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label>
        <span id="start-group-label">{t('module.group')}</span>
        {/* Named by its label's text alone: a wrapped select would add its chosen option to its name. */}
        <select aria-labelledby="start-group-label" value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
          <option value={NO_GROUP}>{t('module.noGroup')}</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
          <option value={NEW_GROUP}>{t('module.newGroup')}</option>
        </select>
      </label>
      {choice === NEW_GROUP && (
        <label>
          <span>{t('module.newGroupName')}</span>
          <input value={groupName} maxLength={60} required onInput={(e) => setGroupName(e.currentTarget.value)} />
        </label>
      )}
      <button type="submit" class="primary">
        {t('module.startSession')}
      </button>
      {problem && (
        <p class="form-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
