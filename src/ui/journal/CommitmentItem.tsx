// One of my commitments: what, by when, how I will know, its status and note, and the way to
// update them at any time.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { Commitment, CommitmentStatus } from '../../core/journal/types.ts';
import { t } from '../../i18n/i18n.ts';
import { dueWords, formatCalendarDate } from './formatDate.ts';
import { statusWords } from './journalWords.ts';
import { StatusForm } from './StatusForm.tsx';

/** A commitment, with its status form when opened. Given `daysLeft` ("Due soon"), it is shown short. */
export function CommitmentItem({ commitment, idPrefix, daysLeft, onUpdate, onNote }: { commitment: Commitment; idPrefix: string; daysLeft?: number; onUpdate: (id: string, status: CommitmentStatus, note: string) => Promise<boolean>; onNote: (id: string, note: string) => Promise<boolean> }) {
  const [editing, setEditing] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Back from the form, keyboard focus returns to the button that opened it.
  useEffect(() => {
    if (wasEditing.current && !editing) opener.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const c = commitment;
  return (
    <li class="commitment">
      <p class="commitment-what">{c.what}</p>
      <p class="commitment-meta">
        <span class={`status-tag status-${c.status}`}>{statusWords(c.status)}</span>
        <span>{t('journal.byDate', { date: formatCalendarDate(c.byWhen) })}</span>
        {daysLeft !== undefined && <span class={daysLeft < 0 ? 'overdue' : 'due'}>{dueWords(daysLeft)}</span>}
      </p>
      {daysLeft === undefined && c.howKnow.trim() && <p class="commitment-detail">{t('journal.howKnow', { text: c.howKnow })}</p>}
      {/* While the form is open, its note field shows the note (stored as typed). */}
      {daysLeft === undefined && !editing && c.note.trim() && <p class="commitment-detail commitment-note">{t('journal.note', { text: c.note })}</p>}
      {editing ? (
        <StatusForm commitment={c} idPrefix={`${idPrefix}-${c.id}`} onSave={(status, note) => onUpdate(c.id, status, note)} onNote={(note) => onNote(c.id, note)} onClose={() => setEditing(false)} />
      ) : (
        <button type="button" ref={opener} class="quiet-button" aria-label={t('journal.updateStatusOf', { what: c.what })} onClick={() => setEditing(true)}>
          {t('journal.updateStatus')}
        </button>
      )}
    </li>
  );
}
