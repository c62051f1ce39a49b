import { describe, expect, it } from 'vitest';
import { countPeers, devicesByPeer, linksByPeer } from './sessionConnection.ts';

describe('countPeers', () => {
  it('counts devices over WebRTC and windows over BroadcastChannel', () => {
    expect(countPeers(['ana', 'ben'], ['projector'])).toEqual({ devices: 2, windows: 1 });
    expect(countPeers([], [])).toEqual({ devices: 0, windows: 0 });
  });

  it('counts a window of this browser that is also reached over WebRTC as a window only', () => {
    expect(countPeers(['ana', 'projector'], ['projector'])).toEqual({ devices: 1, windows: 1 });
    expect(countPeers(['projector'], ['projector'])).toEqual({ devices: 0, windows: 1 });
  });

  it('counts a laptop with a projector window of its own as one device', () => {
    const deviceOf = new Map([['lee-main', 'lee'], ['lee-projector', 'lee'], ['ana-main', 'ana']]);
    expect(countPeers(['lee-main', 'lee-projector', 'ana-main'], [], deviceOf, 'me')).toEqual({ devices: 2, windows: 0 });
    // A peer whose device is not known yet is a device of its own.
    expect(countPeers(['lee-main', 'stranger'], [], deviceOf, 'me')).toEqual({ devices: 2, windows: 0 });
  });

  it('counts a window of this device reached only over WebRTC as a window', () => {
    const deviceOf = new Map([['my-projector', 'me'], ['ana-main', 'ana']]);
    expect(countPeers(['my-projector', 'ana-main'], [], deviceOf, 'me')).toEqual({ devices: 1, windows: 1 });
  });
});

describe('devicesByPeer', () => {
  it('maps each peer to the device it names, and ignores states of any other shape', () => {
    const states = [
      { device: { id: 'lee', peer: 'lee-main' } },
      { device: { id: 'lee', peer: 'lee-projector' } },
      { device: { id: 7, peer: 'odd' } },
      { device: 'ana' },
      null,
      {},
      'text',
    ];
    expect([...devicesByPeer(states)]).toEqual([['lee-main', 'lee'], ['lee-projector', 'lee']]);
  });
});

describe('linksByPeer', () => {
  it('gives each peer’s list of connections, undefined where it is missing or malformed', () => {
    const states = [
      { device: { id: 'lee', peer: 'lee-main', links: ['ana-main'] } },
      { device: { id: 'ana', peer: 'ana-main', links: ['lee-main', 7] } },
      { device: { id: 'old', peer: 'old-app' } },
      { device: { id: 'x', peer: '', links: [] } },
      null,
      'text',
    ];
    expect([...linksByPeer(states)]).toEqual([['lee-main', ['ana-main']], ['ana-main', undefined], ['old-app', undefined]]);
  });
});
