// Grouping quality and speed, single-threaded in Node: the MDGP solver against the reference best of
// MDGPLIB RanReal instances at the time limits, zero-repeat rounds, and a 1,000-person roster.
// Run alone with `npx tsx test/bench/grouping.ts` (about 2.5 minutes); figures never fail anything.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluateGrouping } from '../../src/core/grouping/cost.ts';
import { formGroups } from '../../src/core/grouping/formGroups.ts';
import { parseMdgp, solveMdgp } from '../../src/core/grouping/mdgp.ts';
import { createRandom } from '../../src/core/grouping/random.ts';
import type { GroupingInput, PastGroup } from '../../src/core/grouping/types.ts';

/** One benchmark figure. */
export interface GroupingFigure {
  key: string;
  value: number;
  unit: 'ms' | 'ratio' | 'count' | 'percent';
  target?: number;
}

const dir = resolve(import.meta.dirname, '../../../shared/benchmarks/mdgp');
const now = () => performance.now();

/** Instances run, with their time limits (the issue's): all n120 at 3 s, two n240 at 20 s, one n480 at 60 s. */
const RUNS: Array<{ size: 'n120' | 'n240' | 'n480'; seconds: number; target: number; names: string[] }> = [
  { size: 'n120', seconds: 3, target: 0.2, names: ['ds_01', 'ds_02', 'ds_03', 'ss_01', 'ss_02', 'ss_03', 'ss_04', 'ss_05'].map((s) => `RanReal_n120_${s}`) },
  { size: 'n240', seconds: 20, target: 0.3, names: ['RanReal_n240_ss_01', 'RanReal_n240_ss_02'] },
  { size: 'n480', seconds: 60, target: 0.5, names: ['RanReal_n480_ss_01'] },
];

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

/** Runs the grouping benchmarks and returns their figures. */
export async function benchGrouping(log: (line: string) => void = () => {}): Promise<GroupingFigure[]> {
  const figures: GroupingFigure[] = [];
  const reference = new Map(
    readFileSync(join(dir, 'reference.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'))
      .map(([name, best]) => [name!, Number(best)] as const),
  );
  for (const run of RUNS) {
    const gaps: number[] = [];
    for (const name of run.names) {
      const instance = parseMdgp(readFileSync(join(dir, 'RanReal', `${name}.txt`), 'utf8'));
      const solution = solveMdgp(instance, { seed: 1, timeLimitMs: run.seconds * 1000, now });
      const best = reference.get(name)!;
      const gap = ((best - solution.objective) / best) * 100;
      gaps.push(gap);
      log(`${name}: ${solution.objective.toFixed(3)} vs best ${best} → gap ${gap.toFixed(3)}% (${run.seconds} s)`);
      figures.push({ key: `mdgp.${name.replace('RanReal_', '')}.gapPercent`, value: gap, unit: 'percent', target: run.target });
    }
    figures.push({ key: `mdgp.${run.size}.gapPercent`, value: gaps.reduce((a, b) => a + b, 0) / gaps.length, unit: 'percent', target: run.target });
  }

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
  return figures;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const started = now();
  const figures = await benchGrouping((line) => console.log(line));
  console.log('');
  console.log('figure'.padEnd(40), 'value'.padStart(12), 'unit'.padEnd(8), 'target');
  for (const f of figures) console.log(f.key.padEnd(40), f.value.toFixed(3).padStart(12), f.unit.padEnd(8), f.target ?? '');
  console.log(`\ntotal ${((now() - started) / 1000).toFixed(0)} s`);
}
