import { signal } from '@preact/signals';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { ImportReport, ProgramState } from '../../state/programState.ts';
import { RosterImport } from './RosterImport.tsx';

/** The parts of a program's state the import reads, with the imported texts recorded. */
function fakeState() {
  const importReport = signal<ImportReport | undefined>(undefined);
  const importCsv = vi.fn<(text: string) => Promise<ImportReport>>(async () => {
    const report: ImportReport = { ok: true, added: 1, updated: 0 };
    importReport.value = report;
    return report;
  });
  const state = { importReport, importCsv, clearImportReport: () => (importReport.value = undefined) };
  return { state: state as unknown as ProgramState, importCsv, importReport };
}

/** Picks a file of these bytes. */
function pick(bytes: number[]) {
  const input = screen.getByLabelText('Import a roster (CSV)') as HTMLInputElement;
  const file = new File([Uint8Array.from(bytes)], 'roster.csv', { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
// 氏名 / 山田 in Shift_JIS.
const SHIFT_JIS = [0x8e, 0x81, 0x96, 0xbc, ...ascii('\n'), 0x8e, 0x52, 0x93, 0x63, ...ascii('\n')];

describe('RosterImport', () => {
  it('reads a Shift_JIS file as Japanese spreadsheets write it, without asking', async () => {
    const { state, importCsv } = fakeState();
    render(<RosterImport state={state} />);
    pick(SHIFT_JIS);
    await waitFor(() => expect(importCsv).toHaveBeenCalledWith('氏名\n山田\n'));
    expect(await screen.findByText('1 added, 0 updated.')).toBeTruthy();
  });

  it('reads a UTF-8 file as UTF-8', async () => {
    const { state, importCsv } = fakeState();
    render(<RosterImport state={state} />);
    pick([...new TextEncoder().encode('Prénom,Nom\nÉlodie,Roy\n')]);
    await waitFor(() => expect(importCsv).toHaveBeenCalledWith('Prénom,Nom\nÉlodie,Roy\n'));
  });

  it('asks for the encoding of a file it cannot tell, with a preview, and imports in the one chosen', async () => {
    const { state, importCsv } = fakeState();
    render(<RosterImport state={state} />);
    // Shift_JIS with a stray byte at the end: neither valid UTF-8 nor valid Shift_JIS.
    pick([...SHIFT_JIS, 0x8e]);
    const question = await screen.findByRole('status', { name: 'Which encoding is this file in?' });
    expect(question.textContent).toContain('This file is not in UTF-8, and it does not read as Shift_JIS either.');
    expect(importCsv).not.toHaveBeenCalled();
    const utf8 = screen.getByRole('radio', { name: 'UTF-8' }) as HTMLInputElement;
    expect(utf8.checked).toBe(true);
    expect(question.querySelector('pre')!.textContent).toContain('\ufffd');

    fireEvent.click(screen.getByRole('radio', { name: 'Shift_JIS (Japanese)' }));
    expect(question.querySelector('pre')!.textContent).toBe('氏名\n山田\n\ufffd');
    expect(screen.getByText('The first lines, read as Shift_JIS (Japanese)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import as Shift_JIS (Japanese)' }));
    await waitFor(() => expect(importCsv).toHaveBeenCalledWith('氏名\n山田\n\ufffd'));
    expect(screen.queryByRole('status', { name: 'Which encoding is this file in?' })).toBeNull();
  });

  it('asks about Shift_JIS that looks like another encoding, and imports nothing on Cancel', async () => {
    const { state, importCsv } = fakeState();
    render(<RosterImport state={state} />);
    // Windows-1252 "Prénom": valid Shift_JIS, but "Pr駭om".
    pick([...ascii('Pr'), 0xe9, ...ascii('nom\nAnn\n')]);
    const question = await screen.findByRole('status', { name: 'Which encoding is this file in?' });
    expect(question.textContent).toContain('It reads as Shift_JIS, but some characters look wrong.');
    expect((screen.getByRole('radio', { name: 'Shift_JIS (Japanese)' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('status', { name: 'Which encoding is this file in?' })).toBeNull();
    expect(importCsv).not.toHaveBeenCalled();
  });

  it('words each bad row of a refused file', async () => {
    const { state, importReport } = fakeState();
    importReport.value = { ok: false, errors: [{ code: 'nameEmpty', line: 3 }, { code: 'notAnEmail', line: 4, email: 'x' }] };
    render(<RosterImport state={state} />);
    const notice = screen.getByRole('alert', { name: 'Nothing was imported' });
    expect(notice.textContent).toContain('2 rows need fixing. Correct the file and import it again.');
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['line 3: the name is empty', 'line 4: "x" is not an email address']);
  });
});
