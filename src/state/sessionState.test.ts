import { effect } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { testModule } from '../../test/helpers/testModule.ts';
import type { SessionConnection } from '../sync/sessionConnection.ts';
import { createSessionState } from './sessionState.ts';

const NOW = 1_700_000_000_000;

/** Six pages of five minutes, for a 90-minute session. */
const makeModule = (minutes = 90) => testModule(6, { minutes });

function connectionOf(doc: Y.Doc): SessionConnection {
  return {
    doc,
    status: () => ({ devices: 0, windows: 0, signaling: 'off', wrongSecret: false }) as ReturnType<SessionConnection['status']>,
    onStatus: () => () => undefined,
    webrtcConnections: () => 0,
    destroy: async () => undefined,
  };
}

/** Two devices' states over two documents joined by hand, in a session of `module`; `later` holds what `defer` was given. */
function twoDevices(module = makeModule()) {
  const docs = [new Y.Doc(), new Y.Doc()] as const;
  docs[0].on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(docs[1], update, 'remote'));
  docs[1].on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(docs[0], update, 'remote'));
  const later: Array<() => void> = [];
  let ids = 0;
  const make = (doc: Y.Doc, deviceId: string) =>
    createSessionState({ connection: connectionOf(doc), deviceId, role: 'participant', now: () => NOW, newId: () => `id-${ids++}`, defer: (fn) => later.push(fn) });
  const fay = make(docs[0], 'fay');
  const ana = make(docs[1], 'ana');
  fay.seed(module, 'Fay');
  ana.join('Ana');
  later.splice(0).forEach((fn) => fn());
  if (fay.read.value.state !== 'ok' || ana.read.value.state !== 'ok') throw new Error(`the session does not read: ${JSON.stringify(fay.read.value)}`);
  return { fay, ana, later, docs };
}

describe('session state', () => {
  it('shows a local move on the next deferred turn, and a remote one at once', () => {
    const { fay, ana, later } = twoDevices();
    const moved = fay.next();
    expect(fay.notice.value).toBeUndefined();
    expect(moved).toBe(true);
    expect(ana.page.value).toBe(1);
    expect(fay.page.value).toBe(0);
    later.splice(0).forEach((fn) => fn());
    expect(fay.page.value).toBe(1);
  });

  it('acts on the document as it is, so that two quick presses move two pages', () => {
    const { fay, ana, later } = twoDevices();
    fay.next();
    fay.next();
    expect(ana.page.value).toBe(2);
    later.splice(0).forEach((fn) => fn());
    expect(fay.page.value).toBe(2);
    expect(fay.session.value?.moves.map((m) => [m.from, m.to])).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('does not wake what reads the roster or the reader when only an unrelated part changes', () => {
    const { fay, later } = twoDevices();
    let rosterRuns = 0;
    let modeRuns = 0;
    const stopRoster = effect(() => {
      void fay.participants.value;
      rosterRuns++;
    });
    const stopMode = effect(() => {
      void fay.controlMode.value;
      modeRuns++;
    });
    fay.next();
    later.splice(0).forEach((fn) => fn());
    fay.startClock();
    later.splice(0).forEach((fn) => fn());
    expect([rosterRuns, modeRuns]).toEqual([1, 1]);
    fay.addPerson('Cleo');
    later.splice(0).forEach((fn) => fn());
    expect(rosterRuns).toBe(2);
    fay.setControlMode('anyone');
    later.splice(0).forEach((fn) => fn());
    expect(modeRuns).toBe(2);
    stopRoster();
    stopMode();
  });

  it('does not wake what chooses the view, or reads the module, when a page moves', () => {
    const { fay, ana } = twoDevices();
    let viewRuns = 0;
    let contentRuns = 0;
    const stopView = effect(() => {
      void ana.readState.value;
      viewRuns++;
    });
    const stopContent = effect(() => {
      void ana.content.value;
      contentRuns++;
    });
    fay.next();
    fay.startClock();
    expect(ana.page.value).toBe(1);
    expect([viewRuns, contentRuns]).toEqual([1, 1]);
    stopView();
    stopContent();
  });

  it('plans the meeting from the module’s pages, to fit its 90 minutes', () => {
    const { fay, ana } = twoDevices();
    // No group, so no check-in: 90 - 12 closing - 3 close = 75 over six pages of 5: 12.5 each,
    // whole parts 6 × 12 = 72, and the 3 minutes left go to the first three pages.
    for (const device of [fay, ana]) expect(device.plan.value).toEqual({ checkInMinutes: 0, pageMinutes: [13, 13, 13, 12, 12, 12], closingMinutes: 12, closeMinutes: 3, totalMinutes: 90 });
  });

  it('plans a meeting of the length its module suggests', () => {
    const { fay, ana } = twoDevices(makeModule(60));
    // 60 minutes: the closing round 12 × 60/90 = 8, the close 3 × 60/90 = 2, and the pages share
    // 50: six pages of 5 get 8.33 each, whole parts 6 × 8 = 48, the 2 left to the first two.
    for (const device of [fay, ana]) expect(device.plan.value).toEqual({ checkInMinutes: 0, pageMinutes: [9, 9, 8, 8, 8, 8], closingMinutes: 8, closeMinutes: 2, totalMinutes: 60 });
  });

  it('gives the check-in time only once the meeting has one, and keeps it after', () => {
    const { fay, ana, later } = twoDevices();
    fay.setPhase('checkin');
    later.splice(0).forEach((fn) => fn());
    // 90 - 10 check-in - 12 closing - 3 close = 65 over six pages of 5: 10.83 each, whole parts
    // 6 × 10 = 60, and the 5 minutes left go to the first five pages.
    const withCheckIn = { checkInMinutes: 10, pageMinutes: [11, 11, 11, 11, 11, 10], closingMinutes: 12, closeMinutes: 3, totalMinutes: 90 };
    for (const device of [fay, ana]) expect(device.plan.value).toEqual(withCheckIn);
    fay.setPhase('pages');
    later.splice(0).forEach((fn) => fn());
    for (const device of [fay, ana]) expect(device.plan.value).toEqual(withCheckIn);
  });

  it('lets the projector window of a device that moves the pages move them too, and no other projector', () => {
    const { fay, ana, later, docs } = twoDevices();
    const projector = (doc: Y.Doc, deviceId: string) => createSessionState({ connection: connectionOf(doc), deviceId, role: 'projector', now: () => NOW, newId: () => `p-${deviceId}`, defer: (fn) => later.push(fn) });
    // The facilitator's own projector window runs under her device's id; a room screen has its own.
    const faysScreen = projector(docs[0], 'fay');
    const roomScreen = projector(docs[1], 'room-screen');
    expect([faysScreen.canControl.value, roomScreen.canControl.value]).toEqual([true, false]);
    expect(roomScreen.next()).toBe(false);
    expect(ana.page.value).toBe(0);
    expect(faysScreen.next()).toBe(true);
    expect(ana.page.value).toBe(1);
    // Once anyone may move the pages, Ana's projector window may too; the room's screen, never.
    fay.setControlMode('anyone');
    later.splice(0).forEach((fn) => fn());
    expect([projector(docs[1], 'ana').canControl.value, roomScreen.canControl.value]).toEqual([true, false]);
  });
});

/** A connection whose room (the devices present) the test sets, with the listeners it tells. */
function roomConnectionOf(doc: Y.Doc, present: string[]) {
  let devices = new Set(present);
  const listeners = new Set<(status: ReturnType<SessionConnection['status']>) => void>();
  const status = () => ({ devices: devices.size, windows: 0, signaling: 'connected', wrongSecret: false }) as ReturnType<SessionConnection['status']>;
  const connection: SessionConnection = {
    ...connectionOf(doc),
    status,
    onStatus: (listener) => (listeners.add(listener), listener(status()), () => listeners.delete(listener)),
    presentDevices: () => devices,
  };
  return {
    connection,
    setPresent(next: string[]) {
      devices = new Set(next);
      for (const listener of listeners) listener(status());
    },
  };
}

describe('a refused action', () => {
  it('leaves its reason as a code with its figures, until an action goes through', () => {
    const { fay, ana } = twoDevices();
    expect(ana.next()).toBe(false);
    expect(ana.notice.value).toMatchObject({ reason: 'onlyFacilitatorMovesPages' });
    expect(fay.goTo(9)).toBe(false);
    expect(fay.notice.value).toMatchObject({ reason: 'noSuchPage', page: 10, pageCount: 6 });
    expect(fay.next()).toBe(true);
    expect(fay.notice.value).toBeUndefined();
  });
});

describe('a creator who gave no name', () => {
  it('is stored nameless, and known as the session’s creator', () => {
    const doc = new Y.Doc();
    const fay = createSessionState({ connection: connectionOf(doc), deviceId: 'fay', role: 'participant', now: () => NOW, newId: () => 'id' });
    fay.seed(makeModule(), '');
    expect(fay.participants.value).toEqual([{ id: 'fay', name: '', seat: 0, present: true, hasDevice: true }]);
    expect(fay.creatorId.value).toBe('fay');
    expect(fay.needsJoin.value).toBe(false);
  });
});

describe('taking over facilitation', () => {
  const WAIT = 120_000;
  /** Fay facilitates, Ana and Ben join, over three documents; Ana's and Ben's rooms are set by the test, and time moves only when told. */
  function threeDevices() {
    const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
    for (const from of docs) from.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && docs.forEach((to) => to !== from && Y.applyUpdate(to, update, 'remote')));
    let clock = NOW;
    const pending: Array<{ at: number; fn: () => void }> = [];
    const timers = { setTimeout: (fn: () => void, ms: number) => pending.push({ at: clock + ms, fn }) - 1, clearTimeout: (h: unknown) => void (pending[h as number] = { at: Infinity, fn: () => undefined }) };
    const advance = (ms: number) => {
      clock += ms;
      for (const t of pending) {
        if (t.at > clock) continue;
        t.at = Infinity;
        t.fn();
      }
    };
    const make = (doc: Y.Doc, deviceId: string, present: string[]) => {
      const room = roomConnectionOf(doc, present);
      const state = createSessionState({ connection: room.connection, deviceId, role: 'participant', now: () => clock, newId: () => `id-${clock}`, timers, takeoverAfterMs: WAIT });
      return { state, setPresent: room.setPresent };
    };
    const fay = make(docs[0]!, 'fay', ['ana', 'ben']);
    const ana = make(docs[1]!, 'ana', ['fay', 'ben']);
    const ben = make(docs[2]!, 'ben', ['fay', 'ana']);
    fay.state.seed(makeModule(), 'Fay');
    ana.state.join('Ana');
    ben.state.join('Ben');
    return { fay, ana, ben, advance, docs };
  }

  it('is offered only once this device has missed the facilitator for the whole wait, and moves nobody by itself', () => {
    const { ana, ben, advance } = threeDevices();
    expect(ana.state.canTakeOver.value).toBe(false);
    ana.setPresent(['ben']);
    ben.setPresent(['ana']);
    advance(WAIT - 1);
    expect(ana.state.canTakeOver.value).toBe(false);
    expect(ana.state.takeOver()).toBe(false);
    advance(1);
    expect(ana.state.canTakeOver.value).toBe(true);
    expect(ben.state.canTakeOver.value).toBe(true);
    expect(ana.state.facilitatorId.value).toBe('fay');
    expect(ana.state.takeOver()).toBe(true);
    // Ben sees who took it, and is offered nothing more: Ana is here.
    expect(ben.state.facilitatorId.value).toBe('ana');
    expect(ben.state.canTakeOver.value).toBe(false);
    expect(ben.state.facilitatorNews.value).toEqual({ from: 'fay', to: 'ana' });
    expect(ana.state.isFacilitator.value).toBe(true);
    expect(ana.state.facilitatorNews.value).toBeUndefined();
  });

  it('never moves the role through shorter drops', () => {
    const { ana, advance } = threeDevices();
    for (let i = 0; i < 5; i++) {
      ana.setPresent(['ben']);
      advance(WAIT - 1000);
      ana.setPresent(['fay', 'ben']);
      advance(1000);
    }
    expect(ana.state.canTakeOver.value).toBe(false);
    expect(ana.state.facilitatorId.value).toBe('fay');
  });

  it('is not offered when anyone can move the pages, nor to the facilitator', () => {
    const { fay, ana, advance } = threeDevices();
    fay.state.setControlMode('anyone');
    ana.setPresent(['ben']);
    fay.setPresent([]);
    advance(WAIT);
    expect(ana.state.canTakeOver.value).toBe(false);
    expect(fay.state.canTakeOver.value).toBe(false);
  });

  it('tells the old facilitator who facilitates now when they are back', () => {
    const { fay, ana, advance } = threeDevices();
    ana.setPresent(['ben']);
    advance(WAIT);
    ana.state.takeOver();
    expect(fay.state.facilitatorNews.value).toEqual({ from: 'fay', to: 'ana' });
    expect(fay.state.isFacilitator.value).toBe(false);
    fay.state.dismissFacilitatorNews();
    expect(fay.state.facilitatorNews.value).toBeUndefined();
  });

  it('tells nobody anything new after a hand-over on the device that made it', () => {
    const { fay, ana } = threeDevices();
    fay.state.handOver('ana');
    expect(fay.state.facilitatorNews.value).toBeUndefined();
    expect(ana.state.facilitatorNews.value).toEqual({ from: 'fay', to: 'ana' });
  });
});
