import { signal } from '@preact/signals';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { SessionSnapshot } from '../../core/session.ts';
import { createSession } from '../../core/session.ts';
import type { RoundtableDb } from '../../storage/db.ts';
import { createDb } from '../../storage/db.ts';
import { createJournalRepo } from '../../storage/journalRepo.ts';
import { createTakeawayState } from '../../state/takeawayState.ts';
import { readSharedTakeaways, shareTakeaway } from '../../sync/sessionDoc.ts';
import { SharedTakeaways } from './SharedTakeaways.tsx';
import { TakeawayPad } from './TakeawayPad.tsx';

const opened: RoundtableDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** The pad's state on a device that sits in the session as "Me", or (`named: false`) has no place in it. */
async function padState({ named = true } = {}) {
  const db = createDb(`takeaway-pad-${opened.length}-${Date.now()}`);
  opened.push(db);
  let ids = 0;
  const doc = new Y.Doc();
  const session = createSession({ module: { id: 'm', version: 1, title: 'M', mindset: 'action', pageCount: 1 }, creator: { id: named ? 'me' : 'someone-else', name: named ? 'Me' : 'Fay' }, now: 1000 });
  const state = createTakeawayState({ db, repo: createJournalRepo(db), doc, session: signal<SessionSnapshot | undefined>(session), roomId: 'r', deviceId: 'me', role: 'participant', now: () => 1000, newId: () => `id-${++ids}` });
  await state.ready;
  return { db, doc, state };
}

describe('the takeaway pad', () => {
  it('keeps the same field (and so the focus) as the draft becomes a takeaway, and saves what is typed', async () => {
    const { db, state } = await padState();
    render(<TakeawayPad takeaways={state} />);
    const draft = screen.getByLabelText('New takeaway') as HTMLTextAreaElement;
    draft.focus();
    fireEvent.input(draft, { target: { value: 'L' } });
    fireEvent.input(draft, { target: { value: 'Li' } });
    const first = screen.getByLabelText('Takeaway 1');
    expect(first).toBe(draft);
    expect(document.activeElement).toBe(draft);
    expect(screen.getByLabelText('Another takeaway')).not.toBe(draft);
    await waitFor(async () => expect((await db.takeaways.toArray()).map((t) => t.text)).toEqual(['Li']));
    await screen.findByText('Saved on this device');
    expect(screen.getByRole('button', { name: 'Share with my name (Takeaway 1)' })).toBeTruthy();
  });

  it('says when the session has no name for me, and offers to share anonymously instead', async () => {
    const { doc, state } = await padState({ named: false });
    render(<TakeawayPad takeaways={state} />);
    fireEvent.input(screen.getByLabelText('New takeaway'), { target: { value: 'A thought' } });
    await screen.findByText('The session has no name for you, so this can be shared only anonymously.');
    expect(screen.queryByRole('button', { name: /^Share with my name/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Share anonymously (Takeaway 1)' }));
    await screen.findByText(/^Shared anonymously\./);
    await waitFor(() => expect(readSharedTakeaways(doc)).toMatchObject([{ text: 'A thought', authorId: null, authorName: null }]));
  });

  it('shows shared text as text, never as markup', async () => {
    const { doc, state } = await padState();
    shareTakeaway(doc, { id: 's1', text: '<img src=x onerror="window.hacked=1"><b>bold</b>', authorId: null, authorName: null, sharedAt: 1 });
    const { container } = render(<SharedTakeaways entries={state.shared.value} meId="me" mySharedIds={new Set()} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByText('<img src=x onerror="window.hacked=1"><b>bold</b>')).toBeTruthy();
    expect(screen.getByText('Anonymous')).toBeTruthy();
  });
});
