// A live session as the screens see it: the shared session read from its document, this
// device's place in it, the connection, and the actions people take. Every action goes
// through the pure rules in core; a refused one leaves its reason in `notice`.

import { batch, computed, signal } from '@preact/signals';
import type { Module } from '../core/module.ts';
import type { JoinRole } from '../core/roomLink.ts';
import type { ActionResult, ControlMode, SessionSnapshot } from '../core/session.ts';
import * as rules from '../core/session.ts';
import type { ConnectionStatus, SessionConnection } from '../sync/sessionConnection.ts';
import type { SessionRead } from '../sync/sessionDoc.ts';
import { applySessionChange, readSession, seedSession } from '../sync/sessionDoc.ts';

/** What the session state needs from outside. */
export interface SessionDeps {
  connection: SessionConnection;
  deviceId: string;
  role: JoinRole;
  now: () => number;
  newId: () => string;
}

/** The session state: signals to read, actions to call. */
export type SessionState = ReturnType<typeof createSessionState>;

/** Creates the state of one open session. */
export function createSessionState({ connection, deviceId, role, now, newId }: SessionDeps) {
  const { doc } = connection;
  const read = signal<SessionRead>(readSession(doc));
  const status = signal<ConnectionStatus>(connection.status());
  const notice = signal<string | undefined>(undefined);

  const onUpdate = () => {
    read.value = readSession(doc);
  };
  doc.on('update', onUpdate);
  const stopStatus = connection.onStatus((next) => {
    status.value = next;
  });

  const session = computed(() => (read.value.state === 'ok' ? read.value.session : undefined));
  const content = computed<Module | undefined>(() => (read.value.state === 'ok' ? read.value.content : undefined));
  const me = computed(() => session.value?.participants.find((p) => p.id === deviceId));
  const reader = computed(() => (session.value ? rules.readerOf(session.value, session.value.page) : undefined));
  const nextReader = computed(() => (session.value ? rules.nextReaderOf(session.value) : undefined));
  const canControl = computed(() => role === 'participant' && session.value !== undefined && rules.canControl(session.value, deviceId));
  const isFacilitator = computed(() => role === 'participant' && session.value?.facilitatorId === deviceId && session.value.phase !== 'ended');

  /** Runs a rule against the current session and writes its change, or keeps its reason. */
  const act = (rule: (current: SessionSnapshot) => ActionResult): boolean => {
    const current = session.value;
    // A session this app cannot read whole (a newer shape, damaged) is never written to.
    if (!current) return false;
    const result = rule(current);
    if (!result.ok) {
      notice.value = result.reason;
      return false;
    }
    notice.value = undefined;
    applySessionChange(doc, result.change, deviceId);
    return true;
  };

  const goTo = (to: number) => act((s) => rules.movePage(s, { to, by: deviceId, now: now(), moveId: newId() }));

  return {
    read,
    session,
    content,
    status,
    notice,
    me,
    reader,
    nextReader,
    canControl,
    isFacilitator,
    role,
    deviceId,
    /** Whether this is the first time this device sees the session, so it should ask to join. */
    needsJoin: computed(() => role === 'participant' && session.value !== undefined && me.value === undefined),
    /** Seeds a new session. Only the device that created the room calls this, once. */
    seed(module: Module, name: string, options: { group?: rules.SessionGroup | null; phase?: 'checkin' | 'pages' } = {}): void {
      if (read.value.state !== 'empty') return;
      const moduleRef = { id: module.id, version: module.version, title: module.title, mindset: module.mindset, pageCount: module.pages.length };
      seedSession(doc, rules.createSession({ module: moduleRef, creator: { id: deviceId, name }, now: now(), ...options }), module);
    },
    join: (name: string) => act((s) => rules.join(s, { id: deviceId, name })),
    next: () => (session.value ? goTo(session.value.page + 1) : false),
    previous: () => (session.value ? goTo(session.value.page - 1) : false),
    goTo,
    setPresent: (id: string, present: boolean) => act((s) => rules.setPresent(s, { id, present, by: deviceId })),
    addPerson: (name: string) => act((s) => rules.addPerson(s, { id: newId(), name, by: deviceId })),
    moveSeat: (id: string, index: number) => act((s) => rules.moveSeat(s, { id, index, by: deviceId })),
    handOver: (to: string) => act((s) => rules.handOver(s, { to, by: deviceId })),
    setControlMode: (mode: ControlMode) => act((s) => rules.setControlMode(s, { mode, by: deviceId })),
    startClock: () => act((s) => rules.startClock(s, { now: now(), by: deviceId })),
    pauseClock: () => act((s) => rules.pauseClock(s, { now: now(), by: deviceId })),
    setPhase: (phase: rules.SessionPhase) => act((s) => rules.setPhase(s, { phase, by: deviceId })),
    end: () => act((s) => rules.endSession(s, { now: now(), by: deviceId })),
    dismissNotice(): void {
      notice.value = undefined;
    },
    /** Closes the connection; the document stays stored on this device. */
    async close(): Promise<void> {
      doc.off('update', onUpdate);
      stopStatus();
      batch(() => {
        read.value = { state: 'empty' };
      });
      await connection.destroy();
    },
  };
}
