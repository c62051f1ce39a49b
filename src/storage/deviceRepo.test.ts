import { afterEach, describe, expect, it } from 'vitest';
import type { RoundtableDb } from './db.ts';
import { createDb } from './db.ts';
import { recentSessions, rememberSession, saveTransportPrefs, transportPrefs } from './deviceRepo.ts';

const open: RoundtableDb[] = [];
let count = 0;
function freshDb(): RoundtableDb {
  const db = createDb(`device-repo-test-${++count}-${Date.now()}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

describe('transport settings', () => {
  it('are empty by default: our own signaling server and no ICE servers', async () => {
    expect(await transportPrefs(freshDb())).toEqual({ signaling: [], iceServers: [] });
  });

  it('keep a relay’s user name and password, and drop what is malformed', async () => {
    const db = freshDb();
    await saveTransportPrefs(db, { signaling: ['wss://signal.example.com/signal'], iceServers: [{ urls: 'turn:relay.example.com', username: 'room', credential: 'pass' }] });
    expect(await transportPrefs(db)).toEqual({ signaling: ['wss://signal.example.com/signal'], iceServers: [{ urls: 'turn:relay.example.com', username: 'room', credential: 'pass' }] });
    await db.meta.put({ key: 'transport', value: { signaling: ['http://nope', 7], iceServers: [{ urls: 5 }, { urls: 'turn:relay.example.com', username: 'only-a-name' }] } });
    expect(await transportPrefs(db)).toEqual({ signaling: [], iceServers: [{ urls: 'turn:relay.example.com' }] });
  });
});

describe('recent sessions', () => {
  it('lists the sessions last opened first, as many as asked', async () => {
    const db = freshDb();
    for (const [roomId, lastOpenedAt] of [['a', 10], ['b', 30], ['c', 20]] as const) {
      await rememberSession(db, { roomId, secret: `s-${roomId}`, role: 'participant', creator: false, moduleId: 'm', moduleTitle: 'M', joinedAt: 1, lastOpenedAt });
    }
    expect((await recentSessions(db, 2)).map((s) => s.roomId)).toEqual(['b', 'c']);
  });

  it('leaves out a record it cannot read, and keeps it in storage', async () => {
    const db = freshDb();
    await rememberSession(db, { roomId: 'good', secret: 's', role: 'participant', creator: false, moduleId: 'm', moduleTitle: 'M', joinedAt: 1, lastOpenedAt: 5 });
    const bad: unknown[] = [
      { roomId: 'title', secret: 's', role: 'participant', moduleTitle: { evil: true }, lastOpenedAt: 4 },
      { roomId: 'secret', secret: 42, role: 'participant', moduleTitle: 'M', lastOpenedAt: 3 },
      { roomId: 'role', secret: 's', role: 'boss', moduleTitle: 'M', lastOpenedAt: 2 },
      { roomId: 'huge', secret: 'x'.repeat(1_000_000), role: 'participant', moduleTitle: 'M', lastOpenedAt: 1 },
    ];
    await db.sessions.bulkPut(bad as never[]);
    expect(await recentSessions(db, 10)).toEqual([{ roomId: 'good', secret: 's', role: 'participant', moduleTitle: 'M', lastOpenedAt: 5 }]);
    expect(await db.sessions.count()).toBe(5);
  });
});
