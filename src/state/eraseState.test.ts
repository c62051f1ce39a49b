import { describe, expect, it } from 'vitest';
import { createEraseState } from './eraseState.ts';

describe('erase state', () => {
  it('deletes nothing until confirmed, then reports', async () => {
    let calls = 0;
    const eraser = createEraseState({
      erase: async () => {
        calls++;
        return { databasesDeleted: ['a'], databasesBlocked: [], cachesDeleted: [] };
      },
    });
    await eraser.confirm();
    expect(calls).toBe(0);
    eraser.ask();
    expect(eraser.phase.value).toBe('confirming');
    eraser.cancel();
    await eraser.confirm();
    expect(calls).toBe(0);
    eraser.ask();
    await eraser.confirm();
    expect(calls).toBe(1);
    expect(eraser.phase.value).toBe('done');
    expect(eraser.report.value?.databasesDeleted).toEqual(['a']);
  });

  it('says what failed', async () => {
    const eraser = createEraseState({ erase: () => Promise.reject(new Error('storage refused')) });
    eraser.ask();
    await eraser.confirm();
    expect(eraser.phase.value).toBe('failed');
    expect(eraser.problem.value).toBe('storage refused');
  });
});
