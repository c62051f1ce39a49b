import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLibrary } from './library.ts';
import { readLibraryFiles } from './libraryFiles.ts';
import { formatContentError } from './contentWords.ts';

const TIMEOUT = 30_000;

/** Runs `tsx src/content/check.ts [dir]` from the repo root, as `npm run modules:check` does. */
function runCheck(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/content/check.ts', ...args], {
    cwd: process.cwd(),
    encoding: 'utf8',
    timeout: TIMEOUT - 5_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run modules:check (src/content/check.ts)', () => {
  it(
    'passes the real library and prints the counts parseLibrary finds',
    () => {
      const { status, stdout, stderr } = runCheck('modules-content');
      expect(stderr).toBe('');
      expect(status).toBe(0);
      const match = /^(\d+) modules, (\d+) pages$/.exec(stdout.trim());
      expect(match, stdout).not.toBeNull();

      const { modules, errors } = parseLibrary(readLibraryFiles('modules-content'));
      expect(errors).toEqual([]);
      const pages = modules.reduce((sum, module) => sum + module.pages.length, 0);
      expect(Number(match?.[1])).toBe(modules.length);
      expect(Number(match?.[2])).toBe(pages);
      expect(stdout).toBe(`${modules.length} modules, ${pages} pages\n`);
    },
    TIMEOUT,
  );

  it(
    'checks modules-content when given no folder',
    () => {
      const { status, stdout } = runCheck();
      expect(status).toBe(0);
      expect(stdout).toMatch(/^\d+ modules, \d+ pages\n$/);
      expect(stdout).toBe(runCheck('modules-content').stdout);
    },
    TIMEOUT,
  );

  it(
    'fails on the malformed fixtures with one file:line: message line per error',
    () => {
      const dir = 'test/fixtures/modules';
      const { status, stdout, stderr } = runCheck(dir);
      expect(status).toBe(1);
      expect(stdout).toBe('');

      const lines = stderr.trimEnd().split('\n');
      // A few lines written out by hand, so the test does not only compare the CLI with itself.
      expect(lines).toContain(`${dir}/missing-title.md:1: missing field 'title'`);
      expect(lines).toContain(
        `${dir}/unknown-mindset.md:4: unknown mindset 'strategy' (it must be one of reflection, analysis, worldliness, collaboration, action)`,
      );
      expect(lines).toContain(
        `${dir}/two-questions.md:19: page 'Asking twice' has a second question or exercise (the first is on line 17); a page has exactly one`,
      );
      expect(lines).toContain(`${dir}/unclosed-front-matter.md:1: the front matter is never closed: add a line '---' after it`);
      expect(lines).toContain(`${dir}/bad-time.md:13: write the time as 'Time: 8 min', a whole number of minutes from 1 to 60`);
      expect(lines).toContain(
        `${dir}/newer-format.md:10: this module is in format 3, newer than this version of Roundtable reads (2): update Roundtable`,
      );
      // The valid small module parses, but has too few pages for the library.
      expect(lines).toContain(`${dir}/valid-small.md:17: the module has 2 pages; a module in the library has 8 to 15`);

      // Every error parseLibrary finds, in order, then the total.
      const { errors } = parseLibrary(readLibraryFiles(dir));
      expect(errors.length).toBe(14);
      expect(lines).toEqual([...errors.map(formatContentError), `14 errors in ${dir}`]);
      for (const line of lines.slice(0, -1)) expect(line).toMatch(/^test\/fixtures\/modules\/[a-z-]+\.md:\d+: \S/);
    },
    TIMEOUT,
  );

  it(
    'fails on an id used twice, in the singular',
    () => {
      const dir = 'test/fixtures/duplicate-ids';
      const { status, stdout, stderr } = runCheck(dir);
      expect(status).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        `${dir}/the-copy.md:2: duplicate id 'team-habits': ${dir}/team-habits.md already uses it\n1 error in ${dir}\n`,
      );
    },
    TIMEOUT,
  );

  it(
    'fails on a folder with no modules',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'roundtable-check-'));
      try {
        const { status, stdout, stderr } = runCheck(dir);
        expect(status).toBe(1);
        expect(stdout).toBe('');
        expect(stderr).toBe(`${dir}: no modules found\n`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    TIMEOUT,
  );
});
