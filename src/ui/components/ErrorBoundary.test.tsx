import { signal } from '@preact/signals';
import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppServices } from '../../app/context.ts';
import { AppContext } from '../../app/context.ts';
import { AppHeader } from './AppHeader.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { ScreenProblem } from './ScreenProblem.tsx';

afterEach(() => vi.restoreAllMocks());

/** A screen that throws while drawing as long as `broken` says so. */
const broken = signal(true);
function FaultyScreen() {
  if (broken.value) throw new RangeError('Invalid time value');
  return <h1>The journal</h1>;
}

/** The app's frame as App.tsx builds it: the header, and the route's screen behind the boundary. */
function frame(reload = vi.fn()) {
  const path = signal('/journal');
  const router = { path, navigate: vi.fn((to: string) => (path.value = to)) };
  const services = { router } as unknown as AppServices;
  function Frame() {
    return (
      <AppContext.Provider value={services}>
        <AppHeader />
        <main>
          <ErrorBoundary resetKey={path.value} fallback={(error, retry) => <ScreenProblem error={error} retry={retry} reload={reload} />}>
            {path.value === '/journal' ? <FaultyScreen /> : <h1>The library</h1>}
          </ErrorBoundary>
        </main>
      </AppContext.Provider>
    );
  }
  return { view: render(<Frame />), router, reload };
}

describe('the app-level error boundary', () => {
  it('shows what went wrong and a way back instead of a blank page, keeping the header', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken.value = true;
    const { reload } = frame();
    const alert = screen.getByRole('alert');
    expect(screen.getByRole('heading', { level: 1, name: 'This screen could not be shown' })).toBeTruthy();
    expect(alert.textContent).toContain('RangeError: Invalid time value');
    expect(alert.textContent).toContain('What was already saved on this device is kept.');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Journal' })).toBeTruthy();
    expect(console.error).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Reload the app' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('goes to the library, which draws again', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken.value = true;
    const { router } = frame();
    fireEvent.click(screen.getByRole('button', { name: 'Go to the library' }));
    expect(router.navigate).toHaveBeenCalledWith('/');
    expect(screen.getByRole('heading', { level: 1, name: 'The library' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tries the screen again when the route changes, and shows it once it draws', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken.value = true;
    const { router } = frame();
    screen.getByRole('alert');
    broken.value = false;
    router.navigate('/');
    await screen.findByRole('heading', { level: 1, name: 'The library' });
    router.navigate('/journal');
    await screen.findByRole('heading', { level: 1, name: 'The journal' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows text that was thrown as text, never as markup', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Hostile(): never {
      throw new Error('<img src=x onerror="window.pwned=1">');
    }
    const { container } = render(
      <ErrorBoundary fallback={(error) => <p>{String((error as Error).message)}</p>}>
        <Hostile />
      </ErrorBoundary>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror="window.pwned=1">')).toBeTruthy();
  });
});
