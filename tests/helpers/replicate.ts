/**
 * Statistical pattern tests: seeded replications of two arms with common
 * random numbers (replication r of both arms uses seed r), and the paired
 * difference with a 95% t confidence interval.
 */
import { mean } from 'simple-statistics';
import { pairedDifferenceInterval } from '../../src/stats/meanInterval.ts';
import { parseScenario, runScenario, setPath, type Summary } from '../../src/engine/index.ts';
import { rawModel } from './models.ts';

/** A paired difference with its 95% confidence interval. */
export interface Difference {
  mean: number;
  lo: number;
  hi: number;
  n: number;
  a: number;
  b: number;
}

/** Builds a scenario from a model and dotted-path overrides. */
export function scenarioWith(model: string, sets: Record<string, unknown>) {
  let raw: unknown = rawModel(model);
  for (const [k, v] of Object.entries(sets)) raw = setPath(raw, k, v);
  return parseScenario(raw, `${model} with ${JSON.stringify(sets)}`);
}

/** Runs `reps` seeded replications of a scenario (seeds seed0, seed0 + 1, ...) and returns their summaries. */
export function replicate(model: string, sets: Record<string, unknown>, reps: number, seed0 = 1): Summary[] {
  const s = scenarioWith(model, sets);
  return Array.from({ length: reps }, (_, r) => runScenario(s, { seed: seed0 + r }).summary);
}

/** Paired difference f(a) - f(b) over replications with common random numbers. */
export function paired(a: Summary[], b: Summary[], f: (s: Summary) => number): Difference {
  const d = pairedDifferenceInterval(a.map(f), b.map(f));
  return { mean: d.mean, lo: d.low, hi: d.high, n: d.n, a: mean(a.map(f)), b: mean(b.map(f)) };
}

/** Formats a difference for test names and logs. */
export function fmt(d: Difference): string {
  return `${d.mean.toFixed(4)} [${d.lo.toFixed(4)}, ${d.hi.toFixed(4)}] (n=${d.n}; ${d.a.toFixed(4)} vs ${d.b.toFixed(4)})`;
}
