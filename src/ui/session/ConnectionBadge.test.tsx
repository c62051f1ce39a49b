import { describe, expect, it } from 'vitest';
import type { ConnectionStatus } from '../../sync/sessionConnection.ts';
import { describeConnection } from './ConnectionBadge.tsx';

const status = (over: Partial<ConnectionStatus>): ConnectionStatus => ({ devices: 0, windows: 0, signaling: 'connected', wrongSecret: false, ...over });

describe('describeConnection', () => {
  it('counts the devices and this device’s windows', () => {
    expect(describeConnection(status({ devices: 1 }))).toBe('1 other device connected');
    expect(describeConnection(status({ devices: 3, windows: 1 }))).toBe('3 other devices connected · 1 window on this device');
    expect(describeConnection(status({ windows: 2 }))).toBe('2 windows on this device');
  });

  it('says calmly what it is doing when nobody is connected yet, or the server is gone', () => {
    expect(describeConnection(status({ signaling: 'connecting' }))).toBe('Connecting…');
    expect(describeConnection(status({}))).toBe('Waiting for other devices');
    expect(describeConnection(status({ signaling: 'lost' }))).toBe('Reconnecting…');
    expect(describeConnection(status({ signaling: 'lost', devices: 2 }))).toBe('2 other devices connected · reconnecting to find more');
    expect(describeConnection(status({ signaling: 'off' }))).toBe('This device only');
  });
});
