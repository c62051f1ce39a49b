// `npm run --silent mdgp -- FILE --seconds S [--seed N]`: solves an MDGPLIB instance and prints one
// JSON line {"objective": number, "groups": [[person indices], ...]}. Usage errors exit 2, bad files 1.

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { MdgpParseError, parseMdgp, solveMdgp } from '../core/grouping/mdgp.ts';

const USAGE = `usage: npm run --silent mdgp -- FILE --seconds S [--seed N]

Solves a Maximally Diverse Grouping Problem instance in MDGPLIB format and prints one JSON line:
  {"objective": number, "groups": [[person indices], ...]}
  FILE          the instance (first line "n g ss|ds a1 b1 ... ag bg", then "i j d" per pair)
  --seconds S   time limit in seconds (may be fractional)
  --seed N      random seed (default 1)
`;

function fail(code: number, message: string): never {
  process.stderr.write(message.endsWith('\n') ? message : `${message}\n`);
  process.exit(code);
}

function main(argv: string[]): void {
  let file: string | undefined;
  let seconds: number | undefined;
  let seed = 1;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE);
      return;
    }
    if (arg === '--seconds' || arg === '--seed') {
      const value = argv[++i];
      const number = Number(value);
      if (value === undefined || value.trim() === '' || !Number.isFinite(number)) fail(2, `mdgp: ${arg} needs a number\n${USAGE}`);
      if (arg === '--seconds') {
        if (number <= 0) fail(2, `mdgp: --seconds must be positive\n${USAGE}`);
        seconds = number;
      } else {
        if (!Number.isInteger(number)) fail(2, `mdgp: --seed must be a whole number\n${USAGE}`);
        seed = number;
      }
    } else if (arg.startsWith('-')) {
      fail(2, `mdgp: unknown option ${arg}\n${USAGE}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      fail(2, `mdgp: only one FILE, found ${file} and ${arg}\n${USAGE}`);
    }
  }
  if (file === undefined) fail(2, `mdgp: missing FILE\n${USAGE}`);
  if (seconds === undefined) fail(2, `mdgp: missing --seconds\n${USAGE}`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(1, `${file}: cannot read: ${(error as Error).message}`);
  }
  try {
    const instance = parseMdgp(text);
    const solution = solveMdgp(instance, { seed, timeLimitMs: seconds * 1000, now: () => performance.now() });
    process.stdout.write(`${JSON.stringify({ objective: solution.objective, groups: solution.groups })}\n`);
  } catch (error) {
    if (error instanceof MdgpParseError) fail(1, `${file}: ${error.message}`);
    fail(1, `${file}: ${(error as Error).message}`);
  }
}

main(process.argv.slice(2));
