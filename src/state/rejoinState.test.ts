import { describe, expect, it } from 'vitest';
import type { KnownSession } from '../core/rejoin.ts';
import { createRejoinState } from './rejoinState.ts';

const NOW = 1_700_000_000_000;
const known = (roomId: string, minutesAgo: number): KnownSession => ({ roomId, secret: `s-${roomId}`, role: 'participant', moduleTitle: roomId, lastOpenedAt: NOW - minutesAgo * 60_000 });

describe('rejoin state', () => {
  it('offers the recent sessions whose stored session has not ended, and none it cannot read', async () => {
    const asked: string[] = [];
    const state = createRejoinState({
      listSessions: async () => [known('ended', 1), known('running', 2), known('broken', 3), known('old', 60 * 24 * 3)],
      hasEnded: async (roomId) => {
        asked.push(roomId);
        if (roomId === 'broken') throw new Error('unreadable');
        return roomId === 'ended';
      },
      now: () => NOW,
    });
    expect(state.sessions.value).toBeUndefined();
    await state.load();
    expect(state.sessions.value?.map((s) => s.room.roomId)).toEqual(['running']);
    // A session last opened days ago is not even looked at.
    expect(asked.sort()).toEqual(['broken', 'ended', 'running']);
  });
});
