// My takeaways and commitments in a live session. Takeaways are private: they are saved on
// this device as they are typed and enter the shared document only when their author shares
// one. Also: the group's shared takeaways (copied into the journal), the closing round's
// commitments, the check-in on earlier ones, and the session record's group and pages.

import type { ReadonlySignal } from '@preact/signals';
import { batch, computed, effect, signal } from '@preact/signals';
import type * as Y from 'yjs';
import { localDate } from '../core/journal/dates.ts';
import { whenIdle } from '../lib/idle.ts';
import type { JoinRole } from '../core/roomLink.ts';
import type { SessionGroup, SessionSnapshot } from '../core/session.ts';
import type { CommitmentDraft, SharedCheckIn, SharedTakeaway } from '../core/takeaways.ts';
import { MAX_COMMITMENT_TEXT, MAX_NOTE_LENGTH, MAX_TAKEAWAY_LENGTH, canAddCommitment, checkInCommitments, clip, defaultByWhen, pagesCovered } from '../core/takeaways.ts';
import type { CommitmentRecord, CommitmentStatus, RoundtableDb, TakeawayRecord } from '../storage/db.ts';
import { groupMetBefore, updateSessionRecord } from '../storage/deviceRepo.ts';
import type { JournalRepo } from '../storage/journalRepo.ts';
import { isQuotaError } from '../storage/journalRepo.ts';
import { readNextMeeting, readSharedCheckIns, readSharedTakeaways, readWithdrawn, sessionMaps, setNextMeeting, shareCheckIn, shareTakeaway, withdrawCheckIn, withdrawTakeaway } from '../sync/sessionDoc.ts';

/** What the takeaway state needs from outside. */
export interface TakeawayDeps {
  db: RoundtableDb;
  repo: JournalRepo;
  doc: Y.Doc;
  /** The live session as read from the document; undefined until it is there. */
  session: ReadonlySignal<SessionSnapshot | undefined>;
  roomId: string;
  deviceId: string;
  role: JoinRole;
  now: () => number;
  newId: () => string;
}

/** Where this device's writes stand. */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'full' | 'failed';

/** The takeaway state: signals to read, actions to call. */
export type TakeawayState = ReturnType<typeof createTakeawayState>;

/**
 * The group and agenda step a new session (`roomId`) starts with: the check-in when the group
 * met before, as this device knows from an earlier session of the group or a commitment made in
 * one. Whoever starts it, every participant's device then shows its own commitments.
 */
export async function startOptions({ db, repo }: { db: RoundtableDb; repo: JournalRepo }, group: SessionGroup | null, roomId: string): Promise<{ group: SessionGroup | null; phase: 'checkin' | 'pages' }> {
  if (!group) return { group: null, phase: 'pages' };
  const [met, earlier] = await Promise.all([groupMetBefore(db, group.id, roomId), repo.listCommitments({ groupId: group.id })]);
  return { group, phase: met || earlier.some((c) => c.roomId !== roomId) ? 'checkin' : 'pages' };
}

/** Creates the takeaway state of one open session; `ready` settles once this device's records are loaded. */
export function createTakeawayState({ db, repo, doc, session, roomId, deviceId, role, now, newId }: TakeawayDeps) {
  const participant = role === 'participant';
  const mine = signal<TakeawayRecord[]>([]);
  const draftId = signal(newId());
  const commitments = signal<CommitmentRecord[]>([]);
  const commitmentDraftId = signal(newId());
  const earlier = signal<CommitmentRecord[]>([]);
  const shared = signal<SharedTakeaway[]>(readSharedTakeaways(doc));
  const withdrawn = signal<ReadonlySet<string>>(readWithdrawn(doc).shared);
  const checkIns = signal<SharedCheckIn[]>(readSharedCheckIns(doc));
  const nextMeeting = signal<string | null>(readNextMeeting(doc));
  const saveStatus = signal<SaveStatus>('idle');
  const saveProblem = signal<string | undefined>(undefined);

  const groupId = () => session.value?.group?.id ?? '';
  const myName = () => session.value?.participants.find((p) => p.id === deviceId)?.name ?? '';

  let pending = 0;
  /** Writes that failed, by what they wrote, until a later write of the same thing is stored. */
  const failures = new Map<string, unknown>();
  const showSaveStatus = () => {
    const errors = [...failures.values()];
    const latest = errors.at(-1);
    batch(() => {
      saveStatus.value = errors.length === 0 ? (pending > 0 ? 'saving' : 'saved') : errors.some(isQuotaError) ? 'full' : 'failed';
      saveProblem.value = errors.length === 0 ? undefined : latest instanceof Error ? latest.message : String(latest);
    });
  };
  /**
   * Follows a write of `what` (a takeaway, a commitment, the session record…), so that people
   * see whether their words are stored. A failure stays in view until `what` is written again:
   * another write that works does not make it saved.
   */
  const track = (what: string, write: Promise<unknown>, { quiet = false } = {}): Promise<boolean> => {
    // A quiet write is the device's own bookkeeping, not words someone typed: it does not make
    // the line say "Saving…" or "Saved", only that storage refused it, and then that it worked.
    if (!quiet) {
      pending++;
      showSaveStatus();
    }
    return write.then(
      () => {
        if (!quiet) pending--;
        const failed = failures.delete(what);
        if (!quiet || failed) showSaveStatus();
        return true;
      },
      (error: unknown) => {
        if (!quiet) pending--;
        // Deleted first, so that the latest failure is last in the map.
        failures.delete(what);
        failures.set(what, error);
        showSaveStatus();
        return false;
      },
    );
  };

  // Each signal follows its own part of the document, so that a page move, which touches none of
  // them, re-reads and re-draws nothing of the takeaways.
  const maps = sessionMaps(doc);
  const onShared = () => (shared.value = readSharedTakeaways(doc));
  const onWithdrawn = () => (withdrawn.value = readWithdrawn(doc).shared);
  const onCheckIns = () => (checkIns.value = readSharedCheckIns(doc));
  const onSession = (event: Y.YMapEvent<unknown>) => {
    if (event.keysChanged.has('nextMeeting')) nextMeeting.value = readNextMeeting(doc);
  };
  maps.shared.observe(onShared);
  maps.withdrawn.observe(onWithdrawn);
  maps.checkins.observe(onCheckIns);
  maps.session.observe(onSession);

  const stops: (() => void)[] = [];
  if (participant) {
    // The group's shared takeaways go to the journal, as a copy that loses one only when its
    // author withdraws it: a copy of the session that lacks one takes nothing away.
    let lastShared: string | undefined;
    stops.push(
      effect(() => {
        if (!session.value) return;
        const records = shared.value.map((s) => ({ id: s.id, roomId, text: s.text, authorName: s.authorName, sharedAt: s.sharedAt }));
        const gone = withdrawn.value;
        const key = JSON.stringify([records, [...gone]]);
        if (key === lastShared) return;
        lastShared = key;
        void track('shared takeaways', repo.saveSharedTakeaways(roomId, records, gone), { quiet: true }).then((saved) => {
          if (!saved && lastShared === key) lastShared = undefined;
        });
      }),
    );
    // The session record follows the module, the group and the pages covered, for the
    // journal. It is written once the device is idle, after the new page is drawn, with what
    // the session holds then: pages moved through quickly make one write. The pages only add
    // to what the record holds (see updateSessionRecord), so a stale copy takes none away.
    let lastRecord: string | undefined;
    let latest: SessionSnapshot | undefined;
    let recordQueued = false;
    const writeRecord = () => {
      recordQueued = false;
      const s = latest;
      if (!s) return;
      const patch = { moduleId: s.module.id, moduleTitle: s.module.title, ...(s.group && { groupId: s.group.id, groupName: s.group.name }), pagesCovered: pagesCovered(s) };
      const key = JSON.stringify(patch);
      if (key === lastRecord) return;
      lastRecord = key;
      // Tracked like every other write, so that full storage is said; a failed one is tried again on the next change.
      void track('session record', updateSessionRecord(db, roomId, patch), { quiet: true }).then((saved) => {
        if (!saved && lastRecord === key) lastRecord = undefined;
      });
    };
    stops.push(
      effect(() => {
        if (!session.value) return;
        latest = session.value;
        if (recordQueued) return;
        recordQueued = true;
        whenIdle(writeRecord);
      }),
      // A session closed before the device was idle still has its record written.
      () => {
        if (recordQueued) writeRecord();
      },
    );
    // The check-in looks back on the group's earlier commitments, once the group is known.
    let loadedGroup: string | undefined;
    stops.push(
      effect(() => {
        const id = groupId();
        const since = session.value?.createdAt ?? now();
        if (!id || id === loadedGroup) return;
        loadedGroup = id;
        void repo.listCommitments({ groupId: id }).then((list) => (earlier.value = checkInCommitments(list, { roomId, since })));
      }),
    );
  }
  const dispose = () => {
    maps.shared.unobserve(onShared);
    maps.withdrawn.unobserve(onWithdrawn);
    maps.checkins.unobserve(onCheckIns);
    maps.session.unobserve(onSession);
    for (const stop of stops.splice(0)) stop();
  };
  doc.on('destroy', dispose);

  const ready: Promise<void> = participant
    ? Promise.all([repo.listTakeaways(roomId), repo.listCommitments({ roomId })]).then(([takeaways, made]) => {
        batch(() => {
          mine.value = takeaways;
          commitments.value = made;
        });
      })
    : Promise.resolve();

  const putTakeaway = (record: TakeawayRecord) => {
    mine.value = mine.value.some((t) => t.id === record.id) ? mine.value.map((t) => (t.id === record.id ? record : t)) : [...mine.value, record];
  };
  const putCommitment = (list: typeof commitments, record: CommitmentRecord) => {
    list.value = list.value.map((c) => (c.id === record.id ? record : c));
  };

  /**
   * Shares a commitment's status, or takes it back, to match its record. Without a name in the
   * session it goes with an empty one, which each device words in its own language.
   */
  const syncCheckIn = (record: CommitmentRecord) => {
    if (record.statusShared && record.status !== 'open') {
      shareCheckIn(doc, { id: record.id, authorId: deviceId, authorName: myName(), what: record.what, status: record.status, note: record.note, sharedAt: now() }, deviceId);
    } else {
      withdrawCheckIn(doc, record.id, deviceId, deviceId);
    }
  };

  return {
    ready,
    mine: mine as ReadonlySignal<TakeawayRecord[]>,
    draftId: draftId as ReadonlySignal<string>,
    shared: shared as ReadonlySignal<SharedTakeaway[]>,
    checkIns: checkIns as ReadonlySignal<SharedCheckIn[]>,
    nextMeeting: nextMeeting as ReadonlySignal<string | null>,
    commitments: commitments as ReadonlySignal<CommitmentRecord[]>,
    commitmentDraftId: commitmentDraftId as ReadonlySignal<string>,
    earlier: earlier as ReadonlySignal<CommitmentRecord[]>,
    saveStatus: saveStatus as ReadonlySignal<SaveStatus>,
    saveProblem: saveProblem as ReadonlySignal<string | undefined>,
    /** The date a new commitment is due by, unless its author picks another. */
    defaultByWhen: computed(() => defaultByWhen(nextMeeting.value, localDate(now()))),
    canAddCommitment: computed(() => canAddCommitment(commitments.value.length)),
    isFacilitator: computed(() => participant && session.value?.facilitatorId === deviceId),
    /** Whether a takeaway can go with my name: the session knows me by one. */
    canShareNamed: computed(() => myName() !== ''),

    /** Stores a takeaway's text as typed. Typing into the draft makes it a takeaway. Never touches the shared document. */
    editTakeaway(id: string, raw: string): Promise<boolean> {
      const text = clip(raw, MAX_TAKEAWAY_LENGTH);
      const existing = mine.value.find((t) => t.id === id);
      if (!existing && id !== draftId.value) return Promise.resolve(false);
      if (!existing && !text.trim()) return Promise.resolve(true);
      const at = now();
      const record: TakeawayRecord = existing ? { ...existing, text, updatedAt: at } : { id, roomId, groupId: groupId(), text, createdAt: at, updatedAt: at, shared: null };
      batch(() => {
        putTakeaway(record);
        if (!existing) draftId.value = newId();
      });
      // An emptied takeaway stays on screen while its author is at it, but not in storage.
      return track(`takeaway ${id}`, text.trim() || record.shared ? repo.saveTakeaway(record) : repo.deleteTakeaway(id));
    },

    /** Deletes one of my takeaways, withdrawing its shared copy first. */
    async removeTakeaway(id: string): Promise<void> {
      const record = mine.value.find((t) => t.id === id);
      if (!record) return;
      if (record.shared) withdrawTakeaway(doc, record.shared.sharedId, deviceId, deviceId);
      mine.value = mine.value.filter((t) => t.id !== id);
      await track(`takeaway ${id}`, repo.deleteTakeaway(id));
    },

    /**
     * Copies a takeaway into the shared session, with my name or anonymously. Its id stays on
     * this device, to withdraw it. With my name needs my name in the session: without one it
     * is refused (see `canShareNamed`), never sent anonymous in its place.
     */
    async share(id: string, anonymous: boolean): Promise<boolean> {
      const record = mine.value.find((t) => t.id === id);
      if (!record || record.shared || !record.text.trim()) return false;
      const name = myName();
      if (!anonymous && !name) return false;
      const sharedId = newId();
      const updated: TakeawayRecord = { ...record, shared: { sharedId, anonymous }, updatedAt: now() };
      putTakeaway(updated);
      // Remembered first: a shared copy this device could not withdraw would be worse than none.
      if (!(await track(`takeaway ${id}`, repo.saveTakeaway(updated)))) {
        putTakeaway({ ...updated, shared: null });
        return false;
      }
      shareTakeaway(doc, { id: sharedId, text: record.text, authorId: anonymous ? null : deviceId, authorName: anonymous ? null : name, sharedAt: now() }, deviceId);
      return true;
    },

    /** Takes my shared copy back out of the session; the private takeaway stays. */
    async withdraw(id: string): Promise<void> {
      const record = mine.value.find((t) => t.id === id);
      if (!record?.shared) return;
      withdrawTakeaway(doc, record.shared.sharedId, deviceId, deviceId);
      const updated: TakeawayRecord = { ...record, shared: null, updatedAt: now() };
      putTakeaway(updated);
      await track(`takeaway ${id}`, repo.saveTakeaway(updated));
    },

    /** Stores a commitment of the closing round as typed; typing into the draft makes it one (three at most). */
    editCommitment(id: string, patch: Partial<CommitmentDraft>): Promise<boolean> {
      const existing = commitments.value.find((c) => c.id === id);
      if (!existing && (id !== commitmentDraftId.value || !canAddCommitment(commitments.value.length))) return Promise.resolve(false);
      const at = now();
      const base: CommitmentRecord = existing ?? { id, roomId, groupId: groupId(), what: '', byWhen: defaultByWhen(nextMeeting.value, localDate(at)), howKnow: '', status: 'open', note: '', statusShared: false, createdAt: at, updatedAt: at };
      const record: CommitmentRecord = {
        ...base,
        ...(patch.what !== undefined && { what: clip(patch.what, MAX_COMMITMENT_TEXT) }),
        ...(patch.byWhen !== undefined && { byWhen: patch.byWhen }),
        ...(patch.howKnow !== undefined && { howKnow: clip(patch.howKnow, MAX_COMMITMENT_TEXT) }),
        updatedAt: at,
      };
      const empty = !record.what.trim() && !record.howKnow.trim();
      if (!existing && empty) return Promise.resolve(true);
      batch(() => {
        if (existing) putCommitment(commitments, record);
        else {
          commitments.value = [...commitments.value, record];
          commitmentDraftId.value = newId();
        }
      });
      // The journal's repository has no delete for a commitment; an emptied one goes from the table directly.
      return track(`commitment ${id}`, empty ? db.commitments.delete(id) : repo.saveCommitment(record));
    },

    /** Removes one of this session's commitments. */
    async removeCommitment(id: string): Promise<void> {
      commitments.value = commitments.value.filter((c) => c.id !== id);
      await track(`commitment ${id}`, db.commitments.delete(id));
    },

    /** Marks an earlier commitment's status, with a note; a shared status follows. */
    setStatus(id: string, status: CommitmentStatus, note?: string): Promise<boolean> {
      const record = earlier.value.find((c) => c.id === id);
      if (!record) return Promise.resolve(false);
      const updated: CommitmentRecord = { ...record, status, note: note === undefined ? record.note : clip(note, MAX_NOTE_LENGTH), updatedAt: now() };
      putCommitment(earlier, updated);
      if (updated.statusShared) syncCheckIn(updated);
      return track(`commitment ${id}`, repo.saveCommitment(updated));
    },

    /** Shares an earlier commitment's status (what, status and note) with the group, or stops sharing it. */
    shareStatus(id: string, share: boolean): Promise<boolean> {
      const record = earlier.value.find((c) => c.id === id);
      if (!record || (share && record.status === 'open')) return Promise.resolve(false);
      const updated: CommitmentRecord = { ...record, statusShared: share, updatedAt: now() };
      putCommitment(earlier, updated);
      syncCheckIn(updated);
      return track(`commitment ${id}`, repo.saveCommitment(updated));
    },

    /** Sets the next meeting's date, the default "by when" of every new commitment. The facilitator's to set. */
    setNextMeeting(date: string | null): boolean {
      if (!participant || session.value?.facilitatorId !== deviceId) return false;
      return setNextMeeting(doc, date, deviceId);
    },

    dispose,
  };
}
