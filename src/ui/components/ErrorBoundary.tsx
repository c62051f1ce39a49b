// Catches a render-time error below it, so that one faulty part shows a calm message in its place
// instead of leaving the screen blank; what is around it keeps working.

import type { ComponentChildren, VNode } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useErrorBoundary } from 'preact/hooks';

/** A readable line for what was thrown. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message ? `${error.name}: ${error.message}` : error.name;
  return String(error);
}

/**
 * Shows `children`, or `fallback` once one of them throws while rendering. A change of
 * `resetKey` (the route, say) tries the children again.
 */
export function ErrorBoundary({ children, fallback, resetKey }: { children: ComponentChildren; fallback: (error: unknown, retry: () => void) => VNode; resetKey?: unknown }) {
  const [error, retry] = useErrorBoundary((caught: unknown) => console.error(caught));
  const shownFor = useRef(resetKey);
  useEffect(() => {
    if (shownFor.current === resetKey) return;
    shownFor.current = resetKey;
    if (error) retry();
  }, [resetKey]);
  return error ? fallback(error, retry) : <>{children}</>;
}
