import { fireEvent, render, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../app/context.ts';
import { AppContext } from '../../app/context.ts';
import { createRouter } from '../../app/router.ts';
import { activate, loadPart } from '../../i18n/i18n.ts';
import { sampleJournal } from '../../core/journal/testJournal.ts';
import type { RoundtableDb } from '../../storage/db.ts';
import { createDb } from '../../storage/db.ts';
import { createDeviceState } from '../../state/deviceState.ts';
import { createJournalRepo } from '../../storage/journalRepo.ts';
import { JournalView } from './JournalView.tsx';

const XSS = '<img src=x onerror="window.pwned=1"> <b>bold</b>';
let count = 0;
const opened: RoundtableDb[] = [];

afterEach(async () => {
  await activate('en');
  for (const db of opened.splice(0)) await db.delete();
});

async function show(seed = true) {
  const db = createDb(`journal-view-test-${++count}-${Date.now()}`);
  opened.push(db);
  if (seed) {
    const data = sampleJournal();
    data.takeaways[0]!.text = XSS;
    await createJournalRepo(db).importJournal(data);
  }
  const device = createDeviceState({ db, storage: undefined });
  const services = { db, router: createRouter(window), device } as unknown as AppServices;
  const view = render(
    <AppContext.Provider value={services}>
      <JournalView />
    </AppContext.Provider>,
  );
  return { db, view, device };
}

describe('JournalView', () => {
  it('says how to keep the journal where the browser will not keep the app for use offline', async () => {
    const { view, device } = await show();
    await view.findByRole('heading', { level: 2, name: 'Feedback both ways' });
    expect(view.getByText(/They stay on this device, and work offline\./)).toBeTruthy();
    expect(view.queryByRole('status', { name: 'This browser does not keep Roundtable for use offline at this address' })).toBeNull();

    device.cannotKeepOffline();
    const note = await view.findByRole('status', { name: 'This browser does not keep Roundtable for use offline at this address' });
    expect(note.textContent).toContain(`opens here only while ${location.host} can be reached`);
    expect(note.textContent).toContain('export it as JSON and import that file into Roundtable on your own laptop');
    expect(view.queryByText(/work offline\./)).toBeNull();
    expect(view.getByText(/They stay in this browser\./)).toBeTruthy();
  });

  it('greets an empty journal kindly, with import still at hand', async () => {
    const { view } = await show(false);
    await view.findByRole('heading', { name: 'Your journal is empty for now' });
    expect(view.getByRole('link', { name: 'Pick a module in the library' }).getAttribute('href')).toBe('/');
    expect(view.getByLabelText('Import a journal (JSON)')).toBeTruthy();
  });

  it('lists sessions newest first, and shows people’s text as text', async () => {
    const { view } = await show();
    await view.findByRole('heading', { level: 2, name: 'Feedback both ways' });
    const titles = view.getAllByRole('article').map((article) => within(article).getByRole('heading', { level: 2 }).textContent);
    expect(titles).toEqual(['Feedback both ways', 'Crafting strategy', 'Leading change']);
    expect(view.getByText(XSS)).toBeTruthy();
    expect(view.container.querySelector('img, b')).toBeNull();
    expect(view.getByText('Pages covered: 1–4, 6')).toBeTruthy();
  });

  it('still opens with a bad stored record: it is reported, the rest shows', async () => {
    const { view, db } = await show();
    // A time no date can hold, as an unchecked import once stored: drawing it threw a RangeError.
    await db.sessions.update('room-feb', { joinedAt: 1e20 });
    await view.findByRole('status', { name: '1 stored record could not be read' });
    expect(view.getByText('room-feb')).toBeTruthy();
    // What is wrong is worded field by field from the record's codes.
    expect(view.getByText('room-feb').closest('li')?.textContent).toContain('joinedAt: expected a time in milliseconds from 1970 up to the year 275760, found 100000000000000000000');
    // February's notes stay, dated by their earliest (commitment c2, 14 January; ties go by room id).
    expect(view.getAllByRole('article').map((article) => within(article).getByRole('heading', { level: 2 }).textContent)).toEqual(['Crafting strategy', 'Notes from a session not on this device', 'Leading change']);
    expect((await db.sessions.get('room-feb'))!.joinedAt).toBe(1e20);
  });

  it('narrows the list by search and clears the filters', async () => {
    const { view } = await show();
    await view.findByRole('heading', { level: 2, name: 'Feedback both ways' });
    fireEvent.input(view.getByRole('searchbox', { name: 'Search' }), { target: { value: 'gift' } });
    await view.findByText('1 session match');
    expect(view.getAllByRole('article')).toHaveLength(1);
    fireEvent.click(view.getByRole('button', { name: 'Clear filters' }));
    await view.findByText('3 sessions');
  });

  it('saves a commitment’s new status and note from its form', async () => {
    const { view, db } = await show();
    await view.findByRole('heading', { level: 2, name: 'Leading change' });
    const article = view.getAllByRole('article')[2]!;
    fireEvent.click(within(article).getByRole('button', { name: 'Update status: Hold a weekly one-to-one' }));
    expect(document.activeElement).toBe(within(article).getByRole('radio', { name: 'Open' }));
    fireEvent.click(within(article).getByRole('radio', { name: 'Not yet' }));
    fireEvent.input(within(article).getByLabelText('Note (optional)'), { target: { value: 'Holidays' } });
    // The note is stored as typed, before any click; the status only once saved.
    await within(article).findByText('Note saved on this device');
    expect(await db.commitments.get('c1')).toMatchObject({ status: 'open', note: 'Holidays' });
    fireEvent.input(within(article).getByLabelText('Note (optional)'), { target: { value: 'Holidays got in the way' } });
    await waitFor(async () => expect((await db.commitments.get('c1'))!.note).toBe('Holidays got in the way'));
    fireEvent.click(within(article).getByRole('button', { name: 'Save status' }));
    // Saved, the form closes and focus returns to the button that opened it.
    const opener = await within(article).findByRole('button', { name: 'Update status: Hold a weekly one-to-one' });
    await waitFor(() => expect(document.activeElement).toBe(opener));
    expect(within(article).getByText('Note: Holidays got in the way')).toBeTruthy();
    expect(await db.commitments.get('c1')).toMatchObject({ status: 'notYet', note: 'Holidays got in the way' });
  });

  it('keeps a typed note when the form is closed without saving, and leaves the status as it was', async () => {
    const { view, db } = await show();
    await view.findByRole('heading', { level: 2, name: 'Crafting strategy' });
    const article = view.getAllByRole('article')[1]!;
    fireEvent.click(within(article).getByRole('button', { name: 'Update status: Map our competitors' }));
    fireEvent.click(within(article).getByRole('radio', { name: 'Dropped' }));
    fireEvent.input(within(article).getByLabelText('Note (optional)'), { target: { value: 'Asked the team first' } });
    await within(article).findByText('Note saved on this device');
    fireEvent.click(within(article).getByRole('button', { name: 'Close' }));
    await within(article).findByText('Note: Asked the team first');
    expect(await db.commitments.get('c3')).toMatchObject({ status: 'done', note: 'Asked the team first' });
  });

  it('speaks the interface language: its words, statuses and dates', async () => {
    await activate('fr');
    await loadPart('fr', 'later');
    const { view } = await show();
    await view.findByRole('heading', { level: 2, name: 'Feedback both ways' });
    expect(view.getByRole('heading', { level: 1, name: 'Journal' })).toBeTruthy();
    expect(view.getByRole('region', { name: 'Échéances proches' })).toBeTruthy();
    expect(view.getByText('3 séances')).toBeTruthy();
    const february = view.getAllByRole('article')[0]!;
    expect(within(february).getByText('11 février 2026')).toBeTruthy();
    expect(within(february).getByText('Fait en partie')).toBeTruthy();
    expect(within(february).getByText('D’ici le 11 mars 2026')).toBeTruthy();
    expect(within(february).getByRole('button', { name: 'Mettre à jour le statut\u00a0: Write the team charter' })).toBeTruthy();
  });

  it('deletes nothing until “Yes, delete everything”', async () => {
    const { view, db } = await show();
    await view.findByRole('heading', { level: 2, name: 'Leading change' });
    const panel = view.getByRole('region', { name: 'Delete all my data' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Delete all my data…' }));
    fireEvent.click(await within(panel).findByRole('button', { name: 'Cancel' }));
    expect(await db.takeaways.count()).toBe(4);
    fireEvent.click(within(panel).getByRole('button', { name: 'Delete all my data…' }));
    fireEvent.click(await within(panel).findByRole('button', { name: 'Yes, delete everything' }));
    // Generous: a busy machine may take more than the default second to delete.
    await view.findByRole('heading', { name: 'Your journal is empty for now' }, { timeout: 10_000 });
    expect(await db.takeaways.count()).toBe(0);
    expect(await db.sessions.count()).toBe(0);
  });
});
