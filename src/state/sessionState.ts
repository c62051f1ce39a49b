// A live session as the screens see it: the shared session read from its document, this
// device's place in it, the connection, and the actions people take. Every action goes
// through the pure rules in core; a refused one leaves its reason in `notice`, as a code with
// its figures that the interface words.

import type { ReadonlySignal } from '@preact/signals';
import { batch, computed, effect, signal } from '@preact/signals';
import type { MeetingPlan } from '../core/agenda.ts';
import { planMeeting } from '../core/agenda.ts';
import type { Module } from '../core/module.ts';
import type { JoinRole } from '../core/roomLink.ts';
import type { ActionResult, ControlMode, Participant, SessionRefusal, SessionSnapshot } from '../core/session.ts';
import * as rules from '../core/session.ts';
import { takeOver, TAKEOVER_AFTER_MS } from '../core/takeover.ts';
import type { ConnectionStatus, SessionConnection } from '../sync/sessionConnection.ts';
import type { SessionRead } from '../sync/sessionDoc.ts';
import { applySessionChange, readSession, seedSession } from '../sync/sessionDoc.ts';
import type { Timers } from './facilitatorWatch.ts';
import { createFacilitatorWatch } from './facilitatorWatch.ts';

/**
 * A computed signal that keeps its previous value while the new one is equal to it, so that a
 * component reading it re-renders only when what it shows has changed, not on every update of
 * the document.
 */
function stable<T>(read: () => T, equal: (a: T, b: T) => boolean): ReadonlySignal<T> {
  let last: { value: T } | undefined;
  return computed(() => {
    const next = read();
    if (last && equal(last.value, next)) return last.value;
    last = { value: next };
    return next;
  });
}

const samePerson = (a: Participant | undefined, b: Participant | undefined): boolean =>
  a === b || (!!a && !!b && a.id === b.id && a.name === b.name && a.seat === b.seat && a.present === b.present && a.hasDevice === b.hasDevice);
const samePeople = (a: Participant[] | undefined, b: Participant[] | undefined): boolean =>
  a === b || (!!a && !!b && a.length === b.length && a.every((p, i) => samePerson(p, b[i])));
const sameShallow = <T extends object>(a: T | null | undefined, b: T | null | undefined): boolean =>
  a === b || (!!a && !!b && Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => (b as Record<string, unknown>)[k] === v));

/** What the session state needs from outside. */
export interface SessionDeps {
  connection: SessionConnection;
  deviceId: string;
  role: JoinRole;
  now: () => number;
  newId: () => string;
  /**
   * Runs `fn` soon, after the work already queued. This device's own changes reach its screen
   * through it, so that they are sent to the other devices before this one spends time
   * drawing them. By default, at once.
   */
  defer?: (fn: () => void) => void;
  /** Timers for the wait before facilitation may be taken over; without them it is never offered. */
  timers?: Timers;
  /** How long the facilitator's device must be gone before others may take over; TAKEOVER_AFTER_MS by default. */
  takeoverAfterMs?: number;
}

/** A change of facilitator this device did not make itself, by participant id. */
export interface FacilitatorNews {
  from: string;
  to: string;
}

/** The session state: signals to read, actions to call. */
export type SessionState = ReturnType<typeof createSessionState>;

/** Creates the state of one open session. */
export function createSessionState({ connection, deviceId, role, now, newId, defer = (fn) => fn(), timers, takeoverAfterMs = TAKEOVER_AFTER_MS }: SessionDeps) {
  const { doc } = connection;
  const read = signal<SessionRead>(readSession(doc));
  const status = signal<ConnectionStatus>(connection.status());
  const presence = signal<ReadonlySet<string> | undefined>(connection.presentDevices?.());
  const notice = signal<SessionRefusal | undefined>(undefined);

  let refreshPending = false;
  const refresh = () => {
    refreshPending = false;
    read.value = readSession(doc);
  };
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin !== deviceId) return refresh();
    if (refreshPending) return;
    refreshPending = true;
    defer(() => {
      if (refreshPending) refresh();
    });
  };
  /** The session as the document holds it now, for actions: the shown one may lag a local change by a frame. */
  const current = (): SessionSnapshot | undefined => {
    const fresh = refreshPending ? readSession(doc) : read.value;
    return fresh.state === 'ok' ? fresh.session : undefined;
  };
  doc.on('update', onUpdate);
  const stopStatus = connection.onStatus((next) => {
    batch(() => {
      status.value = next;
      presence.value = connection.presentDevices?.();
    });
  });

  // What kind of session this is (empty, newer, damaged, readable), apart from its content: the
  // screen that chooses the view reads only this, so that a page move does not redraw every view.
  const readState = computed(() => read.value.state);
  const problem = computed(() => (read.value.state === 'invalid' ? read.value.problem : undefined));
  const session = computed(() => (read.value.state === 'ok' ? read.value.session : undefined));
  const content = computed<Module | undefined>(() => (read.value.state === 'ok' ? read.value.content : undefined));
  // Narrow, stable views of the session, so that a page move re-renders only what shows the page.
  const page = computed(() => session.value?.page);
  const phase = computed(() => session.value?.phase);
  const controlMode = computed(() => session.value?.controlMode);
  const facilitatorId = computed(() => session.value?.facilitatorId);
  // Who started the session: a nameless person is worded as its facilitator when it is them.
  const creatorId = computed(() => session.value?.creatorId);
  const module = stable(() => session.value?.module, sameShallow);
  const group = stable(() => session.value?.group, sameShallow);
  const clock = stable(() => session.value?.clock, sameShallow);
  const participants = stable(() => session.value?.participants, samePeople);
  const me = stable(() => session.value?.participants.find((p) => p.id === deviceId), samePerson);
  const reader = stable(() => (session.value ? rules.readerOf(session.value, session.value.page) : undefined), samePerson);
  const nextReader = stable(() => (session.value ? rules.nextReaderOf(session.value) : undefined), samePerson);
  // Whether this device may move the pages, in any of its windows: the projector window opened
  // from the facilitator's laptop moves them on a clicker's keys just as the laptop's view does.
  const canControl = computed(() => session.value !== undefined && rules.canControl(session.value, deviceId));
  // The agenda's plan changes only with the module, with whether the meeting has a check-in and
  // with the meeting's length.
  const hasCheckIn = computed(() => session.value?.checkedIn === true);
  const meetingMinutes = computed(() => session.value?.meetingMinutes);
  const plan = computed<MeetingPlan | undefined>(() =>
    content.value ? planMeeting({ pageMinutes: content.value.pages.map((p) => p.minutes), checkIn: hasCheckIn.value, totalMinutes: meetingMinutes.value }) : undefined,
  );
  const isFacilitator = computed(() => role === 'participant' && session.value?.facilitatorId === deviceId && session.value.phase !== 'ended');

  // Whether the facilitator's device is in the room as this device sees it; the wait before a
  // take-over runs on this device's own view, from when it first misses them.
  const facilitatorPresent = computed(() => {
    const id = facilitatorId.value;
    const seen = presence.value;
    if (id === undefined || seen === undefined || !timers || role !== 'participant') return undefined;
    return id === deviceId || seen.has(id);
  });
  const watch = timers ? createFacilitatorWatch({ present: facilitatorPresent, now, timers, afterMs: takeoverAfterMs }) : undefined;
  const takeOverInput = () => {
    const since = watch?.awaySince.value ?? null;
    // A timer may fire a moment before the clock has moved on; the watch has waited all the same.
    const at = watch?.waited.value && since !== null ? Math.max(now(), since + takeoverAfterMs) : now();
    return { by: deviceId, awaySince: since, now: at, afterMs: takeoverAfterMs };
  };
  const canTakeOver = computed(() => {
    if (!watch?.waited.value || role !== 'participant' || !session.value) return false;
    return takeOver(session.value, takeOverInput()).ok;
  });

  // A change of facilitator that came from elsewhere is told, calmly, until it is dismissed.
  const facilitatorNews = signal<FacilitatorNews | undefined>(undefined);
  let lastFacilitator: string | undefined;
  let ownFacilitatorChange: string | undefined;
  const stopNews = effect(() => {
    const id = facilitatorId.value;
    if (id === undefined) return;
    const from = lastFacilitator;
    lastFacilitator = id;
    if (from === undefined || from === id) return;
    if (ownFacilitatorChange === id) {
      ownFacilitatorChange = undefined;
      facilitatorNews.value = undefined;
      return;
    }
    facilitatorNews.value = { from, to: id };
  });

  /** Runs a rule against the current session and writes its change, or keeps its reason. */
  const act = (rule: (current: SessionSnapshot) => ActionResult): boolean => {
    const snapshot = current();
    // A session this app cannot read whole (a newer shape, damaged) is never written to.
    if (!snapshot) return false;
    const result = rule(snapshot);
    if (!result.ok) {
      notice.value = result;
      return false;
    }
    notice.value = undefined;
    applySessionChange(doc, result.change, deviceId);
    return true;
  };

  const goTo = (to: number) => act((s) => rules.movePage(s, { to, by: deviceId, now: now(), moveId: newId() }));

  return {
    read,
    readState,
    problem,
    session,
    content,
    page,
    phase,
    controlMode,
    facilitatorId,
    creatorId,
    module,
    group,
    clock,
    participants,
    status,
    notice,
    me,
    reader,
    nextReader,
    canControl,
    isFacilitator,
    /** Whether this device may take over facilitation now: the facilitator's device has been gone the whole wait. */
    canTakeOver,
    /** The last change of facilitator this device did not make, until dismissed. */
    facilitatorNews: facilitatorNews as ReadonlySignal<FacilitatorNews | undefined>,
    meetingMinutes,
    plan,
    role,
    deviceId,
    /** Whether this is the first time this device sees the session, so it should ask to join. */
    needsJoin: computed(() => role === 'participant' && session.value !== undefined && me.value === undefined),
    /** Seeds a new session. Only the device that created the room calls this, once. */
    seed(module: Module, name: string, options: { group?: rules.SessionGroup | null; phase?: 'checkin' | 'pages' } = {}): void {
      if (read.value.state !== 'empty') return;
      const moduleRef = { id: module.id, version: module.version, title: module.title, mindset: module.mindset, pageCount: module.pages.length };
      // The meeting lasts as long as the module suggests, until the facilitator says otherwise.
      seedSession(doc, rules.createSession({ module: moduleRef, creator: { id: deviceId, name }, now: now(), meetingMinutes: module.minutes, ...options }), module);
    },
    join: (name: string) => act((s) => rules.join(s, { id: deviceId, name })),
    next: () => act((s) => rules.movePage(s, { to: s.page + 1, by: deviceId, now: now(), moveId: newId() })),
    previous: () => act((s) => rules.movePage(s, { to: s.page - 1, by: deviceId, now: now(), moveId: newId() })),
    goTo,
    setPresent: (id: string, present: boolean) => act((s) => rules.setPresent(s, { id, present, by: deviceId })),
    addPerson: (name: string) => act((s) => rules.addPerson(s, { id: newId(), name, by: deviceId })),
    moveSeat: (id: string, index: number) => act((s) => rules.moveSeat(s, { id, index, by: deviceId })),
    handOver: (to: string) => {
      ownFacilitatorChange = to;
      const done = act((s) => rules.handOver(s, { to, by: deviceId }));
      if (!done) ownFacilitatorChange = undefined;
      return done;
    },
    /** Takes over facilitation from a facilitator whose device has left the room. */
    takeOver: () => {
      ownFacilitatorChange = deviceId;
      const done = act((s) => takeOver(s, takeOverInput()));
      if (!done) ownFacilitatorChange = undefined;
      return done;
    },
    dismissFacilitatorNews(): void {
      facilitatorNews.value = undefined;
    },
    setControlMode: (mode: ControlMode) => act((s) => rules.setControlMode(s, { mode, by: deviceId })),
    startClock: () => act((s) => rules.startClock(s, { now: now(), by: deviceId })),
    pauseClock: () => act((s) => rules.pauseClock(s, { now: now(), by: deviceId })),
    setPhase: (phase: rules.SessionPhase) => act((s) => rules.setPhase(s, { phase, by: deviceId })),
    setMeetingLength: (minutes: number) => act((s) => rules.setMeetingLength(s, { minutes, by: deviceId })),
    end: () => act((s) => rules.endSession(s, { now: now(), by: deviceId })),
    dismissNotice(): void {
      notice.value = undefined;
    },
    /** Closes the connection; the document stays stored on this device. */
    async close(): Promise<void> {
      doc.off('update', onUpdate);
      refreshPending = false;
      stopStatus();
      watch?.stop();
      stopNews();
      batch(() => {
        read.value = { state: 'empty' };
      });
      await connection.destroy();
    },
  };
}
