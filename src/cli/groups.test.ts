import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/groups.ts', ...args], { encoding: 'utf8' });
const roster = 'test/fixtures/roster/people.csv';

describe('npm run groups', () => {
  it('forms groups from a roster, keeps each person apart from their manager, and explains each group', () => {
    const run = cli(roster, '--min', '2', '--max', '3', '--format', 'json', '--seconds', '0.05');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { rounds: Array<{ groups: Array<{ names: string[]; divisions: string[]; newPairs: number }> }> };
    const groups = out.rounds[0]!.groups;
    expect(groups.flatMap((g) => g.names).sort()).toEqual(['Ann Lee', 'Bo Chen', 'Dee Ray', 'Eli Moss', 'Fay Wu', 'Okafor, Chidi']);
    const managers: Record<string, string> = { 'Bo Chen': 'Ann Lee', 'Okafor, Chidi': 'Ann Lee', 'Dee Ray': 'Bo Chen', 'Eli Moss': 'Ann Lee' };
    for (const g of groups) for (const [report, manager] of Object.entries(managers)) expect(g.names.includes(report) && g.names.includes(manager)).toBe(false);
    for (const g of groups) expect(g.newPairs).toBe((g.names.length * (g.names.length - 1)) / 2);
  });

  it('prints readable text by default', () => {
    const run = cli(roster, '--min', '3', '--max', '3', '--no-manager-apart', '--seconds', '0.05');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Group 1 \(3 people; \d divisions?: .*; 3 of 3 pairs new\)\n {2}\S/);
  });

  it('explains constraints that cannot hold on stderr with exit code 1', () => {
    const run = cli(roster, '--min', '4', '--max', '4');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('6 people cannot be split into groups of exactly 4 people: 1 group holds at most 4, and 2 groups need at least 8.');
  });

  it('reports a bad roster row and bad usage', () => {
    const bad = cli('test/fixtures/roster/bad.csv', '--min', '2', '--max', '3');
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe('test/fixtures/roster/bad.csv: line 3: the name is empty');
    const usage = cli(roster, '--min', 'five');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('groups: --min needs a whole number of at least 1');
  });
});
