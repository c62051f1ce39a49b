// Runs a task when the browser is idle, or soon where it has no idle callback.

/** Schedules `task` for an idle moment. */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 2000 });
  else setTimeout(task, 50);
}
