import { describe, expect, it } from 'vitest';
import { countPeers } from './sessionConnection.ts';

describe('countPeers', () => {
  it('counts devices over WebRTC and windows over BroadcastChannel', () => {
    expect(countPeers(['ana', 'ben'], ['projector'])).toEqual({ devices: 2, windows: 1 });
    expect(countPeers([], [])).toEqual({ devices: 0, windows: 0 });
  });

  it('counts a window of this browser that is also reached over WebRTC as a window only', () => {
    expect(countPeers(['ana', 'projector'], ['projector'])).toEqual({ devices: 1, windows: 1 });
    expect(countPeers(['projector'], ['projector'])).toEqual({ devices: 0, windows: 1 });
  });
});
