import { describe, expect, it } from 'vitest';
import type { KnownSession } from './rejoin.ts';
import { recentForRejoin, REJOIN_LIMIT, REJOIN_WITHIN_MS, rejoinable } from './rejoin.ts';

const NOW = 1_700_000_000_000;
const known = (roomId: string, minutesAgo: number, extra: Partial<KnownSession> = {}): KnownSession => ({
  roomId,
  secret: `secret-${roomId}`,
  role: 'participant',
  moduleTitle: `Module ${roomId}`,
  lastOpenedAt: NOW - minutesAgo * 60_000,
  ...extra,
});

describe('rejoin', () => {
  it('offers recent sessions that have not ended, newest first, with their room keys', () => {
    const sessions = [known('a', 30), known('b', 5, { role: 'projector', groupName: 'Green' }), known('c', 10)];
    const offered = rejoinable(sessions, new Set(['c']), NOW);
    expect(offered.map((s) => s.room)).toEqual([
      { roomId: 'b', secret: 'secret-b' },
      { roomId: 'a', secret: 'secret-a' },
    ]);
    expect(offered[0]).toMatchObject({ role: 'projector', groupName: 'Green', moduleTitle: 'Module b' });
  });

  it('leaves out sessions last opened long ago, and those without a secret', () => {
    const old = known('old', REJOIN_WITHIN_MS / 60_000 + 1);
    const noKey = known('nokey', 1, { secret: '' });
    expect(recentForRejoin([old, noKey, known('new', 1)], NOW).map((s) => s.roomId)).toEqual(['new']);
  });

  it('offers at most a few', () => {
    const many = Array.from({ length: REJOIN_LIMIT + 3 }, (_, i) => known(`r${i}`, i));
    expect(rejoinable(many, new Set(), NOW)).toHaveLength(REJOIN_LIMIT);
  });
});
