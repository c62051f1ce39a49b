import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/groups.ts', ...args], { encoding: 'utf8' });
const roster = 'test/fixtures/roster/people.csv';
const scratch = mkdtempSync(join(tmpdir(), 'groups-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

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

  it('names the file line of a bad pair, counting blank lines and quoted line breaks', () => {
    const pairs = file('apart.csv', 'a,b,note\n\nAnn Lee,Fay Wu,"a note\nover two lines"\nBo Chen,Fay Wu\n\nNobody,Fay Wu\n');
    const run = cli(roster, '--min', '2', '--max', '3', '--keep-apart', pairs);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`${pairs}: line 7: "Nobody" is not on the roster`);
    const half = cli(roster, '--min', '2', '--max', '3', '--keep-together', file('together.csv', 'Ann Lee,Fay Wu\nBo Chen\n'));
    expect(half.status).toBe(1);
    expect(half.stderr).toContain(': line 2: expected two people (name or email), found only "Bo Chen"');
  });

  it('reads a history CSV written by --format csv, and refuses a round that is not a number, naming its line', () => {
    const first = cli(roster, '--min', '3', '--max', '3', '--no-manager-apart', '--format', 'csv', '--seconds', '0.05');
    expect(first.status).toBe(0);
    const history = file('history.csv', first.stdout);
    const second = cli(roster, '--min', '3', '--max', '3', '--no-manager-apart', '--format', 'json', '--seconds', '0.05', '--history', history);
    expect(second.status).toBe(0);
    // Six people who met in two groups of three: any new group of three holds two who met.
    const groups = (JSON.parse(second.stdout) as { rounds: Array<{ groups: Array<{ repeatedPairs: number }> }> }).rounds[0]!.groups;
    for (const group of groups) expect(group.repeatedPairs).toBeGreaterThanOrEqual(1);

    const bad = file('bad-history.csv', 'round,group,name\n1,1,Ann Lee\n\nfirst,1,Bo Chen\n');
    const run = cli(roster, '--min', '3', '--max', '3', '--history', bad);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`${bad}: line 4: the round must be a whole number of at least 1, found "first"`);
    const noColumns = file('no-columns.csv', 'when,who\n1,Ann Lee\n');
    expect(cli(roster, '--min', '3', '--max', '3', '--history', noColumns).stderr.trim()).toBe(
      `${noColumns}: line 1: expected the columns round, group, name (and email) as written by --format csv`,
    );
    // Five runs of the command line: a generous limit that only catches a hang on a busy machine.
  }, 60_000);
});
