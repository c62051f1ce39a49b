// Grouping quality and speed, single-threaded in Node: the MDGP solver against the reference best of
// MDGPLIB RanReal instances at the time limits, zero-repeat rounds, and a 1,000-person roster.
// Run alone with `npx tsx test/bench/grouping.ts` (about 3 minutes); figures never fail anything.
// MDGP_DIR names the folder of MDGPLIB instances (reference.tsv and RanReal/); without it, the
// shared benchmarks folder beside the repository. A missing folder skips the MDGP figures.

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluateGrouping } from '../../src/core/grouping/cost.ts';
import { formGroups } from '../../src/core/grouping/formGroups.ts';
import { parseMdgp, solveMdgp, type MdgpInstance } from '../../src/core/grouping/mdgp.ts';
import { createRandom } from '../../src/core/grouping/random.ts';
import type { GroupingInput, PastGroup } from '../../src/core/grouping/types.ts';

/** One benchmark figure. */
export interface GroupingFigure {
  key: string;
  value: number;
  unit: 'ms' | 'ratio' | 'count' | 'percent';
  target?: number;
}

/** Where figures go as they are measured (an array of figures will do). */
export interface FigureSink {
  push(...figures: GroupingFigure[]): number;
}

const now = () => performance.now();

/** The folder of MDGPLIB instances the benchmark reads: MDGP_DIR, or the shared folder beside the repository. */
export function mdgpDir(env: Record<string, string | undefined> = process.env): string {
  return env.MDGP_DIR ? resolve(env.MDGP_DIR) : resolve(import.meta.dirname, '../../../shared/benchmarks/mdgp');
}

/** Time limits and targets by instance size (the issue's). */
const LIMITS: Record<string, { seconds: number; target: number }> = {
  n120: { seconds: 3, target: 0.2 },
  n240: { seconds: 20, target: 0.3 },
  n480: { seconds: 60, target: 0.5 },
};

/** Every RanReal instance of reference.tsv whose size has a time limit, with its reference best. */
function mdgpRuns(dir: string): Array<{ size: string; name: string; best: number }> {
  return readFileSync(join(dir, 'reference.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .map(([name = '', best]) => ({ size: /_(n\d+)_/.exec(name)?.[1] ?? '', name, best: Number(best) }))
    .filter((run) => run.size in LIMITS && Number.isFinite(run.best));
}

/** A synthetic company: `n` people in `divisions` divisions, with levels, locations, past cycles and keep-apart pairs. */
export function syntheticRoster(n: number, divisions: number, pastCycles: number, keepApartPairs: number, seed: number): GroupingInput {
  const random = createRandom(seed);
  const people = Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    name: `Person ${i}`,
    division: `Division ${random.int(divisions)}`,
    level: `L${1 + random.int(4)}`,
    location: `Site ${random.int(5)}`,
  }));
  const history: PastGroup[] = [];
  for (let age = 0; age < pastCycles; age++) {
    const ids = people.map((p) => p.id);
    for (let i = ids.length - 1; i > 0; i--) {
      const j = random.int(i + 1);
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }
    for (let k = 0; k < ids.length; k += 7) history.push({ memberIds: ids.slice(k, k + 7), age });
  }
  const keepApart: Array<[string, string]> = [];
  while (keepApart.length < keepApartPairs) {
    const a = random.int(n);
    const b = random.int(n);
    if (a !== b) keepApart.push([`p${a}`, `p${b}`]);
  }
  return { people, minSize: 6, maxSize: 8, history, keepApart };
}

/** Adds the MDGP solver's gap to the reference best on each instance in `dir`, and the mean per size; nothing when `dir` is missing. */
export function benchMdgp(dir: string, figures: FigureSink, log: (line: string) => void): void {
  if (!existsSync(join(dir, 'reference.tsv'))) {
    log(`MDGP figures skipped: no reference.tsv in ${dir} (set MDGP_DIR to the folder of MDGPLIB instances)`);
    return;
  }
  const gaps = new Map<string, number[]>();
  for (const { size, name, best } of mdgpRuns(dir)) {
    const { seconds, target } = LIMITS[size]!;
    const file = join(dir, 'RanReal', `${name}.txt`);
    if (!existsSync(file)) {
      log(`${name}: skipped, ${file} is missing`);
      continue;
    }
    let instance: MdgpInstance;
    try {
      instance = parseMdgp(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const solution = solveMdgp(instance, { seed: 1, timeLimitMs: seconds * 1000, now });
    const gap = ((best - solution.objective) / best) * 100;
    gaps.set(size, [...(gaps.get(size) ?? []), gap]);
    log(`${name}: ${solution.objective.toFixed(3)} vs best ${best} → gap ${gap.toFixed(3)}% (${seconds} s)`);
    figures.push({ key: `mdgp.${name.replace('RanReal_', '')}.gapPercent`, value: gap, unit: 'percent', target });
  }
  for (const [size, list] of gaps) {
    figures.push({ key: `mdgp.${size}.gapPercent`, value: list.reduce((a, b) => a + b, 0) / list.length, unit: 'percent', target: LIMITS[size]!.target });
  }
}

/**
 * Runs the grouping benchmarks, adding each figure to `figures` as it is measured, so that a
 * failure leaves the figures measured before it. The long MDGP runs come last.
 */
export async function benchGrouping(figures: FigureSink, log: (line: string) => void = () => {}): Promise<void> {

  {
    const people = Array.from({ length: 25 }, (_, i) => ({ id: `p${i}`, division: `D${i % 5}` }));
    const input: GroupingInput = { people, minSize: 5, maxSize: 5, rounds: 6 };
    const start = now();
    const result = formGroups(input, { seed: 1, timeLimitMs: 1000, now });
    const ms = now() - start;
    const repeated = result.ok ? evaluateGrouping(input, result.rounds.map((r) => r.groups)).repeatedPairs : NaN;
    figures.push({ key: 'grouping.rounds25x6.repeatedPairs', value: repeated, unit: 'count', target: 0 });
    figures.push({ key: 'grouping.rounds25x6.ms', value: ms, unit: 'ms' });
  }

  {
    const input = syntheticRoster(1000, 25, 2, 50, 7);
    const start = now();
    const result = formGroups(input, { seed: 1, timeLimitMs: 2500, now });
    const ms = now() - start;
    let violations = NaN;
    let repeated = NaN;
    if (result.ok) {
      const cost = evaluateGrouping(input, result.rounds.map((r) => r.groups));
      violations = cost.keepApartBroken.length + cost.keepTogetherBroken.length + cost.sizeProblems.length;
      repeated = cost.repeatedPairs;
    }
    figures.push({ key: 'grouping.roster1000.violations', value: violations, unit: 'count', target: 0 });
    figures.push({ key: 'grouping.roster1000.repeatedPairs', value: repeated, unit: 'count' });
    figures.push({ key: 'grouping.roster1000.ms', value: ms, unit: 'ms', target: 3000 });
  }
  benchMdgp(mdgpDir(), figures, log);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const started = now();
  const figures: GroupingFigure[] = [];
  await benchGrouping(figures, (line) => console.log(line));
  console.log('');
  console.log('figure'.padEnd(40), 'value'.padStart(12), 'unit'.padEnd(8), 'target');
  for (const f of figures) console.log(f.key.padEnd(40), f.value.toFixed(3).padStart(12), f.unit.padEnd(8), f.target ?? '');
  console.log(`\ntotal ${((now() - started) / 1000).toFixed(0)} s`);
}
