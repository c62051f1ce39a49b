import { describe, expect, it } from 'vitest';
import { MAX_STORED_ID, MAX_STORED_NAME, readSessionGroup, readTransportPrefs } from './deviceRecords.ts';
import { MAX_NAME_LENGTH } from './session.ts';
import { tooLong as storedTooLong } from './storedRecord.ts';
import { MAX_ID_LENGTH, tooLong } from './takeaways.ts';

describe('device records', () => {
  it('keep the same limits as the rules they copy', () => {
    expect(MAX_STORED_NAME).toBe(MAX_NAME_LENGTH);
    expect(MAX_STORED_ID).toBe(MAX_ID_LENGTH);
    for (const text of ['', 'abc', 'a'.repeat(60), 'a'.repeat(61), '😀'.repeat(60), '😀'.repeat(61), 'x'.repeat(200)]) {
      expect(storedTooLong(text, 60)).toBe(tooLong(text, 60));
    }
  });

  it('read a session’s group only when both its id and name are usable', () => {
    expect(readSessionGroup({ groupId: 'g', groupName: 'Group' })).toEqual({ id: 'g', name: 'Group' });
    expect(readSessionGroup({ groupId: 'g', groupName: 42 })).toBeUndefined();
    expect(readSessionGroup({ groupId: '', groupName: 'Group' })).toBeUndefined();
    expect(readSessionGroup({ groupId: 'g', groupName: 'x'.repeat(61) })).toBeUndefined();
    expect(readSessionGroup(null)).toBeUndefined();
  });

  it('read transport settings from anything, keeping what is well formed', () => {
    expect(readTransportPrefs('nonsense')).toEqual({ signaling: [], iceServers: [] });
    expect(readTransportPrefs({ signaling: ['ws://a', 5, 'http://b'], iceServers: [null, { urls: 'stun:x' }] })).toEqual({ signaling: ['ws://a'], iceServers: [{ urls: 'stun:x' }] });
  });
});
