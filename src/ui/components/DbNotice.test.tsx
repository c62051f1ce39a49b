import { signal } from '@preact/signals';
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { AppServices } from '../../app/context.ts';
import { AppContext } from '../../app/context.ts';
import type { DbNotice as DbNoticeCode } from '../../state/deviceState.ts';
import { DbNotice } from './DbNotice.tsx';

function show(notice: DbNoticeCode | undefined) {
  const services = { device: { dbNotice: signal(notice) } } as unknown as AppServices;
  return render(
    <AppContext.Provider value={services}>
      <DbNotice />
    </AppContext.Provider>,
  );
}

describe('DbNotice', () => {
  it('says nothing while storage is fine', () => {
    expect(show(undefined).container.textContent).toBe('');
  });

  it('words the state’s code, with the error storage gave', () => {
    show({ code: 'updatedElsewhere' });
    expect(screen.getByRole('alert', { name: 'Please reload this tab' }).textContent).toContain('Roundtable was updated in another tab. Reload this tab to keep working: nothing you saved is lost.');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });

  it('tells the error that kept storage from opening', () => {
    show({ code: 'cannotOpen', error: 'UnknownError' });
    expect(screen.getByRole('alert').textContent).toContain('Roundtable could not open its storage on this device (UnknownError). Reload to try again.');
  });
});
