import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mulberry32 } from '../../test/helpers/testNetwork.ts';
import { testModule } from '../../test/helpers/testModule.ts';
import type { Module } from '../core/module.ts';
import { MODULE_FORMAT } from '../core/module.ts';
import type { FieldProblem } from '../core/storedRecord.ts';
import type { ActionResult, SessionChange, SessionModule, SessionSnapshot } from '../core/session.ts';
import { MAX_NAME_LENGTH, SESSION_SHAPE, addPerson, applyChange, createSession, join, movePage, setControlMode, setPresent, startClock } from '../core/session.ts';
import type { SessionRead } from './sessionDoc.ts';
import { applySessionChange, readSession, seedSession, sessionMaps } from './sessionDoc.ts';

const NOW = 1_700_000_000_000;

const makeModule = (pageCount = 5) => testModule(pageCount, { version: 3 });

function sessionModuleOf(content: Module): SessionModule {
  return { id: content.id, version: content.version, title: content.title, mindset: content.mindset, pageCount: content.pages.length };
}

function newSession(content = makeModule()): SessionSnapshot {
  return createSession({ module: sessionModuleOf(content), creator: { id: 'alice', name: 'Alice' }, now: NOW });
}

/** A document seeded with a fresh session by 'alice'. */
function seededDoc(content = makeModule()): { doc: Y.Doc; session: SessionSnapshot; content: Module } {
  const doc = new Y.Doc();
  const session = newSession(content);
  seedSession(doc, session, content);
  return { doc, session, content };
}

/** The action's change; fails the test if the rules refused it. */
function changeOf(result: ActionResult): SessionChange {
  if (!result.ok) throw new Error(`the action was refused: ${result.reason}`);
  return result.change;
}

function okRead(read: SessionRead): Extract<SessionRead, { state: 'ok' }> {
  if (read.state !== 'ok') throw new Error(`expected a readable session, got ${JSON.stringify(read)}`);
  return read;
}

/** A hostile peer starts from a copy of `doc`, writes with `write`, and its update reaches `doc`. */
function fromHostilePeer(doc: Y.Doc, write: (maps: ReturnType<typeof sessionMaps>) => void): void {
  const hostile = new Y.Doc();
  Y.applyUpdate(hostile, Y.encodeStateAsUpdate(doc));
  hostile.transact(() => write(sessionMaps(hostile)));
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(hostile, Y.encodeStateVector(doc)));
}

/** A series of actions, applied to a snapshot as the rules say. */
function playedSession(): { start: SessionSnapshot; changes: SessionChange[]; end: SessionSnapshot } {
  const start = newSession();
  let session = start;
  const changes: SessionChange[] = [];
  const play = (change: SessionChange) => {
    changes.push(change);
    session = applyChange(session, change);
  };
  play(changeOf(join(session, { id: 'bob', name: '  Bob   Builder ' })));
  play(changeOf(addPerson(session, { id: 'carol', name: 'Carol', by: 'alice' })));
  play(changeOf(join(session, { id: 'dave', name: 'Dave' })));
  play(changeOf(movePage(session, { to: 1, by: 'alice', now: NOW + 1000, moveId: 'm1' })));
  play(changeOf(setPresent(session, { id: 'bob', present: false, by: 'bob' })));
  play(changeOf(setControlMode(session, { mode: 'anyone', by: 'alice' })));
  play(changeOf(movePage(session, { to: 3, by: 'dave', now: NOW + 2000, moveId: 'm2' })));
  play(changeOf(startClock(session, { now: NOW + 3000, by: 'alice' })));
  return { start, changes, end: session };
}

describe('seedSession and readSession', () => {
  it('reads back a new session as created', () => {
    const { doc, session, content } = seededDoc();
    expect(readSession(doc)).toEqual({ state: 'ok', session, content });
  });

  it('reads back a session with people, moves and readers as seeded', () => {
    const { end } = playedSession();
    expect(end.moves).toHaveLength(2);
    expect(end.participants).toHaveLength(4);
    const content = makeModule();
    const doc = new Y.Doc();
    seedSession(doc, end, content);
    expect(readSession(doc)).toEqual({ state: 'ok', session: end, content });
  });

  it('reads the same snapshot as applyChange after the same changes, on this peer and another', () => {
    const { start, changes, end } = playedSession();
    const content = makeModule();
    const doc = new Y.Doc();
    seedSession(doc, start, content);
    for (const change of changes) applySessionChange(doc, change);
    expect(okRead(readSession(doc)).session).toEqual(end);

    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(readSession(other)).toEqual({ state: 'ok', session: end, content });
  });

  it('writes each change in one transaction', () => {
    const { start, changes } = playedSession();
    const doc = new Y.Doc();
    seedSession(doc, start, makeModule());
    let updates = 0;
    doc.on('update', () => updates++);
    for (const change of changes) applySessionChange(doc, change, 'test');
    expect(updates).toBe(changes.length);
  });

  it('refuses to seed a document that already holds a session, and leaves it as it was', () => {
    const { doc } = seededDoc();
    const before = Y.encodeStateAsUpdate(doc);
    const other = createSession({ module: sessionModuleOf(makeModule()), creator: { id: 'mallory', name: 'Mallory' }, now: NOW + 1 });
    expect(() => seedSession(doc, other, makeModule())).toThrow(/already holds a session/);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(okRead(readSession(doc)).session.creatorId).toBe('alice');
  });

  it("reads 'empty' from a fresh document", () => {
    expect(readSession(new Y.Doc())).toEqual({ state: 'empty' });
  });

  it("reads 'newer' when the shape is above SESSION_SHAPE", () => {
    expect(SESSION_SHAPE).toBe(3);
    const doc = new Y.Doc();
    sessionMaps(doc).session.set('shape', 4);
    expect(readSession(doc)).toEqual({ state: 'newer', shape: 4 });

    const { doc: seeded } = seededDoc();
    fromHostilePeer(seeded, (maps) => maps.session.set('shape', SESSION_SHAPE + 1));
    expect(readSession(seeded)).toEqual({ state: 'newer', shape: SESSION_SHAPE + 1 });
  });

  it.each([1, 2])('opens a shape %i document, from an older app', (shape) => {
    const { doc } = seededDoc();
    sessionMaps(doc).session.set('shape', shape);
    const read = okRead(readSession(doc));
    expect(read.session.shape).toBe(shape);
    expect(read.session.module.id).toBe(okRead(readSession(seededDoc().doc)).session.module.id);
  });

  it.each([['1'], [0], [1.5], [-1], [null], [{ v: 1 }]])("reads 'invalid' when the shape is %j", (shape) => {
    const { doc } = seededDoc();
    fromHostilePeer(doc, (maps) => maps.session.set('shape', shape));
    expect(readSession(doc)).toEqual({ state: 'invalid', problem: { code: 'noShape' } });
  });

  it.each<[string, unknown, FieldProblem]>([
    ['text', 'a module', { field: '', problem: { code: 'notRecord' } }],
    ['a number', 42, { field: '', problem: { code: 'notRecord' } }],
    ['an empty record', {}, { field: 'format', problem: { code: 'notWhole', min: 1, max: MODULE_FORMAT } }],
    ['a list', [makeModule()], { field: '', problem: { code: 'notRecord' } }],
    ['a module without pages', { ...makeModule(), pages: [] }, { field: 'pages', problem: { code: 'emptyList' } }],
    ['a module with a bad id', { ...makeModule(), id: 'Not An Id' }, { field: 'id', problem: { code: 'notModuleId' } }],
    ['a module of a newer format', { ...makeModule(), format: MODULE_FORMAT + 1 }, { field: 'format', problem: { code: 'newerFormat', found: MODULE_FORMAT + 1, reads: MODULE_FORMAT } }],
  ])("reads 'invalid' when the content is %s, with what is wrong with it", (_, content, problem) => {
    const { doc } = seededDoc();
    fromHostilePeer(doc, (maps) => maps.session.set('content', content));
    expect(readSession(doc)).toEqual({ state: 'invalid', problem: { code: 'unreadableModule', problem } });
  });

  it("reads 'invalid' when the content is missing", () => {
    const { doc } = seededDoc();
    fromHostilePeer(doc, (maps) => maps.session.delete('content'));
    expect(readSession(doc).state).toBe('invalid');
  });
});

describe('whether the meeting had a check-in', () => {
  it('is written and read back, and read from the step for a document written before the field', () => {
    const { doc } = seededDoc();
    expect(okRead(readSession(doc)).session.checkedIn).toBe(false);
    applySessionChange(doc, { phase: 'checkin', checkedIn: true });
    applySessionChange(doc, { phase: 'pages' });
    expect(okRead(readSession(doc)).session.checkedIn).toBe(true);

    const older = seededDoc().doc;
    sessionMaps(older).session.delete('checkedIn');
    sessionMaps(older).session.set('phase', 'checkin');
    expect(okRead(readSession(older)).session.checkedIn).toBe(true);
    fromHostilePeer(older, (maps) => maps.session.set('checkedIn', 'yes'));
    sessionMaps(older).session.set('phase', 'pages');
    expect(okRead(readSession(older)).session.checkedIn).toBe(false);
  });
});

describe('the meeting length', () => {
  it('is written and read back, and a document from before the field plans 90 minutes', () => {
    const { doc } = seededDoc();
    expect(okRead(readSession(doc)).session.meetingMinutes).toBe(90);
    applySessionChange(doc, { meetingMinutes: 60 });
    expect(okRead(readSession(doc)).session.meetingMinutes).toBe(60);
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(okRead(readSession(other)).session.meetingMinutes).toBe(60);

    const older = seededDoc().doc;
    sessionMaps(older).session.delete('meetingMinutes');
    expect(okRead(readSession(older)).session.meetingMinutes).toBe(90);
  });

  it('reads a length no facilitator could choose, from a hostile peer, as 90 minutes', () => {
    for (const bad of ['60', 5, 100_000, 60.5, -90, null, { minutes: 60 }]) {
      const { doc } = seededDoc();
      fromHostilePeer(doc, (maps) => maps.session.set('meetingMinutes', bad));
      expect(okRead(readSession(doc)).session.meetingMinutes, JSON.stringify(bad)).toBe(90);
    }
  });
});

describe('a session this device has read well', () => {
  it.each([
    ['garbage content', (maps: ReturnType<typeof sessionMaps>) => maps.session.set('content', 'a module')],
    ['its content deleted', (maps: ReturnType<typeof sessionMaps>) => maps.session.delete('content')],
    ['a garbage shape', (maps: ReturnType<typeof sessionMaps>) => maps.session.set('shape', '1')],
    ['its shape deleted', (maps: ReturnType<typeof sessionMaps>) => maps.session.delete('shape')],
  ])('goes on with the module it read when a peer writes %s', (_, spoil) => {
    const { doc } = seededDoc();
    const before = okRead(readSession(doc));
    fromHostilePeer(doc, spoil);
    const after = okRead(readSession(doc));
    expect(after.content).toBe(before.content);
    expect(after.session.module).toEqual(before.session.module);
    expect(after.session.shape).toBe(SESSION_SHAPE);
  });

  it('still says "newer" when a newer shape arrives', () => {
    const { doc } = seededDoc();
    okRead(readSession(doc));
    fromHostilePeer(doc, (maps) => maps.session.set('shape', SESSION_SHAPE + 1));
    expect(readSession(doc)).toEqual({ state: 'newer', shape: SESSION_SHAPE + 1 });
  });
});

describe('the session group', () => {
  it('is seeded and read back, and a garbage group reads as none', () => {
    const content = makeModule();
    const session = { ...newSession(), group: { id: 'g1', name: 'North table' } };
    const doc = new Y.Doc();
    seedSession(doc, session, content);
    expect(okRead(readSession(doc)).session.group).toEqual({ id: 'g1', name: 'North table' });
    for (const garbage of [42, 'g1', { id: '', name: 'x' }, { id: 'g1' }, { id: 'g1', name: 7 }, null]) {
      fromHostilePeer(doc, (maps) => maps.session.set('group', garbage));
      expect(okRead(readSession(doc)).session.group).toBeNull();
    }
  });

  it('keeps a group without a name nameless, for each device to word', () => {
    const { doc } = seededDoc();
    fromHostilePeer(doc, (maps) => maps.session.set('group', { id: 'g1', name: ' \n ' }));
    expect(okRead(readSession(doc)).session.group).toEqual({ id: 'g1', name: '' });
  });
});

describe('readSession, with what a hostile peer wrote', () => {
  it('skips participants that are not participants', () => {
    const { doc, session } = seededDoc();
    const good = { id: 'bob', name: 'Bob', seat: 1, present: true, hasDevice: true };
    fromHostilePeer(doc, (maps) => {
      maps.participants.set('bob', good);
      maps.participants.set('number', 42);
      maps.participants.set('text', 'Eve');
      maps.participants.set('list', [{ id: 'list', name: 'List', seat: 2 }]);
      maps.participants.set('null', null);
      maps.participants.set('no-name', { id: 'no-name', seat: 3, present: true, hasDevice: true });
      maps.participants.set('number-name', { id: 'number-name', name: 7, seat: 3 });
      maps.participants.set('blank-name', { id: 'blank-name', name: ' \n\t ', seat: 3 });
      maps.participants.set('wrong-id', { id: 'someone-else', name: 'Wrong', seat: 4 });
      maps.participants.set('no-id', { name: 'No id', seat: 4 });
      maps.participants.set('x'.repeat(101), { id: 'x'.repeat(101), name: 'Long id', seat: 5 });
      maps.participants.set('no-seat', { id: 'no-seat', name: 'No seat' });
      maps.participants.set('text-seat', { id: 'text-seat', name: 'Text seat', seat: '1' });
      maps.participants.set('nan-seat', { id: 'nan-seat', name: 'NaN seat', seat: Number.NaN });
      maps.participants.set('infinite-seat', { id: 'infinite-seat', name: 'Far seat', seat: Number.POSITIVE_INFINITY });
    });
    expect(okRead(readSession(doc)).session.participants).toEqual([...session.participants, good]);
  });

  it('reads the creator without a name (as stored when they gave none), and nobody else', () => {
    const content = makeModule();
    const doc = new Y.Doc();
    seedSession(doc, createSession({ module: sessionModuleOf(content), creator: { id: 'alice', name: '' }, now: NOW }), content);
    fromHostilePeer(doc, (maps) => maps.participants.set('eve', { id: 'eve', name: '', seat: 1, present: true, hasDevice: true }));
    expect(okRead(readSession(doc)).session.participants).toEqual([{ id: 'alice', name: '', seat: 0, present: true, hasDevice: true }]);
  });

  it('reads only true as present and as having a device', () => {
    const { doc } = seededDoc();
    fromHostilePeer(doc, (maps) => maps.participants.set('eve', { id: 'eve', name: 'Eve', seat: 1, present: 'yes', hasDevice: 1, admin: true }));
    const eve = okRead(readSession(doc)).session.participants.find((p) => p.id === 'eve');
    expect(eve).toEqual({ id: 'eve', name: 'Eve', seat: 1, present: false, hasDevice: false });
  });

  it('cuts a 100 000-character name to MAX_NAME_LENGTH', () => {
    const { doc } = seededDoc();
    fromHostilePeer(doc, (maps) => maps.participants.set('eve', { id: 'eve', name: 'E'.repeat(100_000), seat: 1, present: true, hasDevice: true }));
    const eve = okRead(readSession(doc)).session.participants.find((p) => p.id === 'eve');
    expect(eve?.name).toBe('E'.repeat(MAX_NAME_LENGTH));
  });

  it('tidies the spaces of a name', () => {
    const { doc } = seededDoc();
    fromHostilePeer(doc, (maps) => maps.participants.set('eve', { id: 'eve', name: '  Eve \n\n  Evans  ', seat: 1 }));
    expect(okRead(readSession(doc)).session.participants.find((p) => p.id === 'eve')?.name).toBe('Eve Evans');
  });

  it('leaves no space at the end of a name it cuts', () => {
    // A name whose cut falls just after a space must still come out trimmed.
    const { doc } = seededDoc();
    fromHostilePeer(doc, (maps) => maps.participants.set('eve', { id: 'eve', name: `${'E'.repeat(MAX_NAME_LENGTH - 1)} Evans`, seat: 1 }));
    expect(okRead(readSession(doc)).session.participants.find((p) => p.id === 'eve')?.name).toBe('E'.repeat(MAX_NAME_LENGTH - 1));
  });

  it('skips readers of out-of-range pages and readers that are not ids', () => {
    const { doc } = seededDoc(makeModule(5));
    fromHostilePeer(doc, (maps) => {
      maps.readers.set('4', 'bob');
      maps.readers.set('5', 'eve');
      maps.readers.set('-1', 'eve');
      maps.readers.set('1000000', 'eve');
      maps.readers.set('1', 42);
      maps.readers.set('2', '');
      maps.readers.set('3', 'x'.repeat(101));
    });
    expect(okRead(readSession(doc)).session.readers).toEqual({ 0: 'alice', 4: 'bob' });
  });

  it.each([['abc'], ['1.5'], ['NaN'], ['Infinity'], ['two']])('skips a reader under the non-numeric key %j', (key) => {
    const { doc } = seededDoc();
    fromHostilePeer(doc, (maps) => maps.readers.set(key, 'eve'));
    expect(okRead(readSession(doc)).session.readers).toEqual({ 0: 'alice' });
  });

  it('skips readers under keys that only Number() takes for a page index, rather than take them for page 0', () => {
    // Number(key) is 0 for each of these keys, yet none is how a page index is written.
    const aliases = ['', ' ', '\n', '0x0', '-0', '00', '0e0', '+0'];
    for (const key of aliases) {
      const { doc } = seededDoc();
      fromHostilePeer(doc, (maps) => maps.readers.set(key, 'eve'));
      expect(okRead(readSession(doc)).session.readers, `readers key ${JSON.stringify(key)}`).toEqual({ 0: 'alice' });
    }
  });

  it('reads the same readers on every peer when a hostile peer writes an alias of a page index', () => {
    const alice = new Y.Doc();
    alice.clientID = 1;
    const content = makeModule();
    seedSession(alice, newSession(content), content);
    const hostile = new Y.Doc();
    hostile.clientID = 2;
    Y.applyUpdate(hostile, Y.encodeStateAsUpdate(alice));
    sessionMaps(hostile).readers.set('', 'eve');
    Y.applyUpdate(alice, Y.encodeStateAsUpdate(hostile, Y.encodeStateVector(alice)));
    // A device that joins later gets both entries at once, in another order.
    const late = new Y.Doc();
    Y.applyUpdate(late, Y.encodeStateAsUpdate(alice));
    expect(Y.encodeStateAsUpdate(late)).toEqual(Y.encodeStateAsUpdate(alice));
    expect(okRead(readSession(late)).session.readers).toEqual(okRead(readSession(alice)).session.readers);
  });

  it.each([
    [99, 4],
    [5, 4],
    [-5, 0],
  ])('clamps the page %j into the module (to %j)', (page, expected) => {
    const { doc } = seededDoc(makeModule(5));
    fromHostilePeer(doc, (maps) => maps.session.set('page', page));
    expect(okRead(readSession(doc)).session.page).toBe(expected);
  });

  it.each([['two'], [1.5], [null], [[2]]])('reads page 0 when the page is %j', (page) => {
    const { doc } = seededDoc(makeModule(5));
    applySessionChange(doc, { page: 3 });
    fromHostilePeer(doc, (maps) => maps.session.set('page', page));
    expect(okRead(readSession(doc)).session.page).toBe(0);
  });

  it.each([['ANYONE'], ['everyone'], [1], [null], [{ mode: 'anyone' }]])("falls back to 'facilitator' when the control mode is %j", (mode) => {
    const { doc } = seededDoc();
    applySessionChange(doc, { controlMode: 'anyone' });
    expect(okRead(readSession(doc)).session.controlMode).toBe('anyone');
    fromHostilePeer(doc, (maps) => maps.session.set('controlMode', mode));
    expect(okRead(readSession(doc)).session.controlMode).toBe('facilitator');
  });

  it('skips moves that are not moves, and keeps the good ones in order', () => {
    const { doc } = seededDoc();
    const first = { id: 'm1', from: 0, to: 1, at: NOW, by: 'alice' };
    const second = { id: 'm2', from: 1, to: 2, at: NOW + 1, by: 'alice' };
    applySessionChange(doc, { page: 1, move: first });
    fromHostilePeer(doc, (maps) =>
      maps.moves.push([
        42,
        'move',
        null,
        [first],
        { ...second, id: '' },
        { ...second, id: 'x'.repeat(101) },
        { ...second, by: 7 },
        { ...second, from: 1.5 },
        { ...second, to: '2' },
        { ...second, at: -1 },
        { ...second, at: Number.NaN },
        { from: 1, to: 2, at: NOW, by: 'alice' },
        second,
      ]),
    );
    expect(okRead(readSession(doc)).session.moves).toEqual([first, second]);
  });

  it('falls back to defaults for a bad clock, phase, end, creation time and facilitator', () => {
    const { doc, session } = seededDoc();
    fromHostilePeer(doc, (maps) => {
      maps.session.set('clock', { startedAt: 'soon', pausedAt: -1, pausedMs: Number.POSITIVE_INFINITY });
      maps.session.set('phase', 'party');
      maps.session.set('endedAt', 'never');
      maps.session.set('createdAt', -3);
      maps.session.set('facilitatorId', 12);
    });
    const read = okRead(readSession(doc)).session;
    expect(read.clock).toEqual({ startedAt: null, pausedAt: null, pausedMs: 0 });
    expect(read.phase).toBe('pages');
    expect(read.endedAt).toBeNull();
    expect(read.createdAt).toBe(0);
    expect(read.facilitatorId).toBe(session.creatorId);
  });

  it("takes the module's fields from the checked content, not from what a peer claims", () => {
    const { doc, content } = seededDoc(makeModule(5));
    fromHostilePeer(doc, (maps) => maps.session.set('module', { id: 'other', version: 99, title: 'Spoof', mindset: 'action', pageCount: 1000 }));
    expect(okRead(readSession(doc)).session.module).toEqual({ ...sessionModuleOf(content), mindset: 'action' });
    fromHostilePeer(doc, (maps) => maps.session.set('module', { mindset: 'chaos' }));
    expect(okRead(readSession(doc)).session.module).toEqual(sessionModuleOf(content));
  });

  it.each([[1], [2], [3], [4], [5]])('refuses an update of random bytes (seed %i) and stays readable and unchanged', (seed) => {
    const { doc } = seededDoc();
    applySessionChange(doc, changeOf(join(okRead(readSession(doc)).session, { id: 'bob', name: 'Bob' })));
    const before = Y.encodeStateAsUpdate(doc);
    const read = readSession(doc);

    const random = mulberry32(seed);
    const garbage = Uint8Array.from({ length: 64 + seed * 16 }, () => Math.floor(random() * 256));
    expect(() => Y.applyUpdate(doc, garbage)).toThrow();

    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(readSession(doc)).toEqual(read);
    expect(doc.store.pendingStructs).toBeNull();
    // And it still takes good updates.
    applySessionChange(doc, changeOf(join(okRead(read).session, { id: 'carol', name: 'Carol' })));
    expect(okRead(readSession(doc)).session.participants.map((p) => p.id)).toEqual(['alice', 'bob', 'carol']);
  });
});
