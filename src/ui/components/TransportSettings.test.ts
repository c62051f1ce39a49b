import { describe, expect, it } from 'vitest';
import { checkTransport, formatIceLine, parseIceLine, transportProblemWords } from './TransportSettings.tsx';

describe('the connection settings', () => {
  it('accepts our own signaling servers and ICE servers, a relay with its user name and password', () => {
    expect(checkTransport(['wss://signal.example.com/signal', 'ws://192.168.1.20:4173/signal'], ['turns:relay.example.com:5349 room secret-pass', 'turn:relay.example.com:3478'])).toBeUndefined();
  });

  it('names the line that is wrong, and why', () => {
    expect(checkTransport(['https://signal.example.com'], [])).toEqual({ code: 'badSignaling', line: 'https://signal.example.com' });
    expect(checkTransport([], ['relay.example.com'])).toEqual({ code: 'badIce', line: 'relay.example.com' });
    expect(checkTransport([], ['turn:relay.example.com alone'])).toEqual({ code: 'iceCredentials', line: 'turn:relay.example.com alone' });
    expect(checkTransport([], ['turn:relay.example.com a b c'])).toEqual({ code: 'iceCredentials', line: 'turn:relay.example.com a b c' });
    expect(checkTransport([], ['stun:relay.example.com a b'])).toEqual({ code: 'iceNotRelay', line: 'stun:relay.example.com a b' });
  });

  it('words each problem with its line', () => {
    const words = (signaling: string[], ice: string[]) => transportProblemWords(checkTransport(signaling, ice)!);
    expect(words(['https://signal.example.com'], [])).toBe('“https://signal.example.com” is not a signaling address: it starts with ws:// or wss://.');
    expect(words([], ['relay.example.com'])).toBe('“relay.example.com” is not an ICE server address: it starts with stun, turn or turns, then a colon.');
    expect(words([], ['turn:relay.example.com alone'])).toBe('“turn:relay.example.com alone”: after the address, give both a user name and a password, or neither.');
    expect(words([], ['stun:relay.example.com a b'])).toBe('“stun:relay.example.com a b”: only a turn or turns server takes a user name and password.');
  });

  it('reads a line into an ICE server and writes it back the same', () => {
    expect(parseIceLine('turn:relay.example.com:3478 room secret-pass')).toEqual({ urls: 'turn:relay.example.com:3478', username: 'room', credential: 'secret-pass' });
    expect(parseIceLine('turn:relay.example.com:3478')).toEqual({ urls: 'turn:relay.example.com:3478' });
    for (const line of ['turn:relay.example.com:3478 room secret-pass', 'turns:relay.example.com']) expect(formatIceLine(parseIceLine(line))).toBe(line);
  });
});
