import { describe, expect, it } from 'vitest';
import { ROOM_BYTES, formatJoinLink, formatRoomFragment, newRoomKey, parseRoomFragment, toBase64Url } from './roomLink.ts';
import type { ParsedLink, RoomKey, RoomLinkProblem } from './roomLink.ts';

/** A fake random source that hands out consecutive bytes (0, 1, 2, …) and records the lengths asked for. */
function countingBytes(): { source: (length: number) => Uint8Array; asked: number[] } {
  let next = 0;
  const asked: number[] = [];
  return {
    asked,
    source: (length: number) => {
      asked.push(length);
      const bytes = new Uint8Array(length);
      for (let i = 0; i < length; i++) bytes[i] = next++ & 0xff;
      return bytes;
    },
  };
}

// Worked out by hand: 00 01 02 -> AAEC, 03 04 05 -> AwQF, 06 07 08 -> BgcI, 09 0a 0b -> CQoL,
// 0c 0d 0e -> DA0O, 0f -> Dw (padding dropped).
const ROOM_0_15 = 'AAECAwQFBgcICQoLDA0ODw';
// 10 11 12 -> EBES, 13 14 15 -> ExQV, 16 17 18 -> FhcY, 19 1a 1b -> GRob, 1c 1d 1e -> HB0e, 1f -> Hw.
const SECRET_16_31 = 'EBESExQVFhcYGRobHB0eHw';

const ROOM: RoomKey = { roomId: ROOM_0_15, secret: SECRET_16_31 };

function problemOf(parsed: ParsedLink): RoomLinkProblem['problem'] {
  if (parsed.ok) throw new Error(`expected a problem, got room ${parsed.room.roomId}`);
  return parsed.problem;
}

describe('toBase64Url', () => {
  it('encodes bytes as base64url without padding', () => {
    expect(toBase64Url(new Uint8Array([]))).toBe('');
    expect(toBase64Url(new Uint8Array([0]))).toBe('AA');
    expect(toBase64Url(new Uint8Array([0, 1]))).toBe('AAE');
    expect(toBase64Url(new Uint8Array([0, 1, 2]))).toBe('AAEC');
  });

  it("uses '-' and '_' where plain base64 has '+' and '/'", () => {
    // fb ff bf = 111110 111111 111110 111111 = 62 63 62 63.
    expect(toBase64Url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
    // ff = 111111 11(0000) = 63 48.
    expect(toBase64Url(new Uint8Array([0xff]))).toBe('_w');
  });
});

describe('newRoomKey', () => {
  it('asks for 16 bytes for the id and 16 for the secret, and encodes them as 22-character base64url', () => {
    const random = countingBytes();
    const room = newRoomKey(random.source);
    expect(ROOM_BYTES).toBe(16);
    expect(random.asked).toEqual([16, 16]);
    expect(room).toEqual({ roomId: ROOM_0_15, secret: SECRET_16_31 });
    expect(room.roomId).toHaveLength(22);
    expect(room.secret).toHaveLength(22);
  });

  it('keeps url-unsafe characters out of the id and secret', () => {
    // Five times fb ff bf ("-_-_") then ff ("_w").
    const bytes = new Uint8Array([0xfb, 0xff, 0xbf, 0xfb, 0xff, 0xbf, 0xfb, 0xff, 0xbf, 0xfb, 0xff, 0xbf, 0xfb, 0xff, 0xbf, 0xff]);
    const room = newRoomKey(() => bytes);
    expect(room.roomId).toBe('-_-_-_-_-_-_-_-_-_-__w');
    expect(room.roomId).toHaveLength(22);
    expect(room.secret).toBe(room.roomId);
    expect(room.roomId).not.toMatch(/[+/=]/);
  });

  it('makes a link that reads back to the same room', () => {
    const room = newRoomKey(countingBytes().source);
    const parsed = parseRoomFragment(formatRoomFragment(room));
    expect(parsed).toEqual({ ok: true, room, role: 'participant' });
  });
});

describe('formatting join links', () => {
  it('puts the room and key in the fragment of /session', () => {
    expect(formatRoomFragment(ROOM)).toBe(`room=${ROOM_0_15}&key=${SECRET_16_31}`);
    expect(formatRoomFragment(ROOM, 'participant')).toBe(`room=${ROOM_0_15}&key=${SECRET_16_31}`);
    expect(formatRoomFragment(ROOM, 'projector')).toBe(`room=${ROOM_0_15}&key=${SECRET_16_31}&as=projector`);
    expect(formatJoinLink('https://roundtable.example', ROOM)).toBe(`https://roundtable.example/session#room=${ROOM_0_15}&key=${SECRET_16_31}`);
    expect(formatJoinLink('https://roundtable.example', ROOM, 'projector')).toBe(
      `https://roundtable.example/session#room=${ROOM_0_15}&key=${SECRET_16_31}&as=projector`,
    );
  });

  it('round-trips through a real URL for both roles', () => {
    for (const role of ['participant', 'projector'] as const) {
      const link = formatJoinLink('https://roundtable.example', ROOM, role);
      const url = new URL(link);
      expect(url.pathname).toBe('/session');
      expect(parseRoomFragment(url.hash)).toEqual({ ok: true, room: ROOM, role });
      // Without the '#' as well.
      expect(parseRoomFragment(url.hash.slice(1))).toEqual({ ok: true, room: ROOM, role });
    }
  });

  it('never puts the secret anywhere but after "key=" in the fragment', () => {
    for (const role of ['participant', 'projector'] as const) {
      const link = formatJoinLink('https://roundtable.example:8443', ROOM, role);
      const hashAt = link.indexOf('#');
      expect(hashAt).toBeGreaterThan(0);
      const beforeFragment = link.slice(0, hashAt);
      const fragment = link.slice(hashAt + 1);
      expect(beforeFragment).not.toContain(SECRET_16_31);

      const url = new URL(link);
      expect(url.origin).not.toContain(SECRET_16_31);
      expect(url.pathname).not.toContain(SECRET_16_31);
      expect(url.search).toBe('');

      // Exactly one occurrence, and it is the value of key=.
      expect(fragment.split(SECRET_16_31)).toHaveLength(2);
      expect(fragment.indexOf(SECRET_16_31)).toBe(fragment.indexOf('key=') + 'key='.length);
      expect(new URLSearchParams(fragment).get('key')).toBe(SECRET_16_31);
      expect(new URLSearchParams(fragment).get('room')).toBe(ROOM_0_15);
    }
  });
});

describe('parseRoomFragment', () => {
  const room = ROOM_0_15;
  const key = SECRET_16_31;

  it("accepts fragments with or without the '#', in any order, with stray spaces", () => {
    expect(parseRoomFragment(`#room=${room}&key=${key}`)).toEqual({ ok: true, room: ROOM, role: 'participant' });
    expect(parseRoomFragment(`room=${room}&key=${key}`)).toEqual({ ok: true, room: ROOM, role: 'participant' });
    expect(parseRoomFragment(`key=${key}&room=${room}`)).toEqual({ ok: true, room: ROOM, role: 'participant' });
    expect(parseRoomFragment(`#  room=${room}&key=${key}&as=projector \n`)).toEqual({ ok: true, room: ROOM, role: 'projector' });
    expect(parseRoomFragment(`room=${room}&key=${key}&as=participant`)).toEqual({ ok: true, room: ROOM, role: 'participant' });
  });

  it('explains an empty link', () => {
    for (const empty of ['', '#', '   ', '#  ']) {
      expect(problemOf(parseRoomFragment(empty))).toBe('noRoom');
    }
  });

  it('explains a link without room=', () => {
    expect(problemOf(parseRoomFragment(`key=${key}`))).toBe('noRoomPart');
    expect(problemOf(parseRoomFragment(`#room=&key=${key}`))).toBe('noRoomPart');
    expect(problemOf(parseRoomFragment('hello'))).toBe('noRoomPart');
  });

  it('explains a link without key= (cut short when copied)', () => {
    expect(problemOf(parseRoomFragment(`room=${room}`))).toBe('noKeyPart');
    expect(problemOf(parseRoomFragment(`room=${room}&key=`))).toBe('noKeyPart');
    expect(problemOf(parseRoomFragment(`#room=${room}&ke`))).toBe('noKeyPart');
  });

  it('explains a malformed room: bad characters, too short, too long', () => {
    const bad = [
      `room=${room.slice(0, 10)}.${room.slice(11)}&key=${key}`,
      `room=${room.slice(0, 10)}%2F${room.slice(11)}&key=${key}`,
      `room=${room.slice(0, 10)}+${room.slice(11)}&key=${key}`,
      `room=${room.slice(0, 21)}&key=${key}`,
      `room=${'a'.repeat(65)}&key=${key}`,
    ];
    for (const fragment of bad) {
      expect(problemOf(parseRoomFragment(fragment))).toBe('badRoom');
    }
    // The edges: 22 and 64 characters are fine.
    expect(parseRoomFragment(`room=${'a'.repeat(22)}&key=${key}`).ok).toBe(true);
    expect(parseRoomFragment(`room=${'a'.repeat(64)}&key=${key}`).ok).toBe(true);
  });

  it('explains a malformed key: bad characters, too short, too long', () => {
    const bad = [
      `room=${room}&key=${key.slice(0, 5)}!${key.slice(6)}`,
      `room=${room}&key=${key.slice(0, 5)}%3D${key.slice(6)}`,
      `room=${room}&key=${key.slice(0, 21)}`,
      `room=${room}&key=${'K'.repeat(129)}`,
    ];
    for (const fragment of bad) {
      expect(problemOf(parseRoomFragment(fragment))).toBe('badKey');
    }
    expect(parseRoomFragment(`room=${room}&key=${'K'.repeat(22)}`).ok).toBe(true);
    expect(parseRoomFragment(`room=${room}&key=${'K'.repeat(128)}`).ok).toBe(true);
  });

  it('explains an unknown role, quoting at most 20 characters of it', () => {
    expect(parseRoomFragment(`room=${room}&key=${key}&as=admin`)).toEqual({ ok: false, problem: 'unknownRole', role: 'admin' });
    expect(parseRoomFragment(`room=${room}&key=${key}&as=`)).toEqual({ ok: false, problem: 'unknownRole', role: '' });
    expect(parseRoomFragment(`room=${room}&key=${key}&as=${'x'.repeat(30)}`)).toEqual({ ok: false, problem: 'unknownRole', role: 'x'.repeat(20) });
  });

  it('does not echo the secret in any problem', () => {
    const fragments = [`room=${room}&key=${key}&as=admin`, `room=${room.slice(0, 21)}&key=${key}`, `room=bad!&key=${key}`];
    for (const fragment of fragments) {
      expect(JSON.stringify(parseRoomFragment(fragment))).not.toContain(key);
    }
  });
});
