import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/mdgp.ts', ...args], { encoding: 'utf8' });

describe('npm run mdgp', () => {
  it('prints exactly one JSON line with the objective and the groups', () => {
    const run = cli('test/fixtures/mdgp/tiny.txt', '--seconds', '0.05', '--seed', '3');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!) as { objective: number; groups: number[][] };
    expect(out.objective).toBe(60);
    expect(out.groups.map((g) => [...g].sort()).sort()).toEqual([
      [0, 2, 4],
      [1, 3, 5],
    ]);
  });

  it('reports a malformed file as FILE: line N: … with exit code 1', () => {
    const run = cli('test/fixtures/mdgp/bad-value.txt', '--seconds', '0.2');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe('test/fixtures/mdgp/bad-value.txt: line 4: the value "ten" is not a number');
  });

  it('exits 2 with the usage when arguments are missing', () => {
    const run = cli('test/fixtures/mdgp/tiny.txt');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('mdgp: missing --seconds');
    expect(run.stderr).toContain('usage: npm run --silent mdgp -- FILE --seconds S [--seed N]');
  });
});
