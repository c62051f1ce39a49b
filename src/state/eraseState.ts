// The state of a "Delete all my data" panel: nothing is deleted before the person confirms.
// Kept apart from the journal state so that the settings screen loads only this.

import { signal } from '@preact/signals';
import type { EraseReport } from '../storage/journalRepo.ts';

/** The phases of "Delete all my data": asked, confirmed, finished. */
export type ErasePhase = 'idle' | 'confirming' | 'deleting' | 'done' | 'failed';

/** The state of the "Delete all my data" panel, wherever it shows. */
export type EraseState = ReturnType<typeof createEraseState>;

/** Creates the state of a "Delete all my data" panel over `erase`. */
export function createEraseState({ erase }: { erase: () => Promise<EraseReport> }) {
  const phase = signal<ErasePhase>('idle');
  const report = signal<EraseReport | undefined>(undefined);
  const problem = signal<string | undefined>(undefined);
  return {
    phase,
    report,
    problem,
    ask(): void {
      phase.value = 'confirming';
    },
    cancel(): void {
      phase.value = 'idle';
    },
    /** Deletes, once confirmed. */
    async confirm(): Promise<void> {
      if (phase.value !== 'confirming') return;
      phase.value = 'deleting';
      try {
        report.value = await erase();
        phase.value = 'done';
      } catch (error) {
        problem.value = error instanceof Error ? error.message : String(error);
        phase.value = 'failed';
      }
    },
  };
}
