/**
 * Statistical pattern tests: seeded replications of two arms with common
 * random numbers (replication r of both arms uses seed r), and the paired
 * difference with a 95% t confidence interval.
 */
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { parseScenario, runScenario, setPath, type Summary } from '../../src/engine/index.ts';
import { rawModel } from './models.ts';

/** Two-sided 95% critical values of Student's t by degrees of freedom (standard tables). */
const T95: Record<number, number> = { 4: 2.776, 9: 2.262, 14: 2.145, 19: 2.093, 24: 2.064, 29: 2.045, 39: 2.023, 49: 2.01, 59: 2.001 };

/** The 95% two-sided t critical value for `df` (nearest tabulated df at or below; 1.96 beyond 59). */
export function t95(df: number): number {
  if (df > 59) return 1.96;
  const keys = Object.keys(T95).map(Number).filter((k) => k <= df);
  if (!keys.length) throw new RangeError(`need at least 5 replications (df ${df})`);
  return T95[Math.max(...keys)]!;
}

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
  const d = a.map((x, i) => f(x) - f(b[i]!));
  const m = mean(d);
  const half = d.length > 1 ? (t95(d.length - 1) * sampleStandardDeviation(d)) / Math.sqrt(d.length) : Infinity;
  return { mean: m, lo: m - half, hi: m + half, n: d.length, a: mean(a.map(f)), b: mean(b.map(f)) };
}

/** Formats a difference for test names and logs. */
export function fmt(d: Difference): string {
  return `${d.mean.toFixed(4)} [${d.lo.toFixed(4)}, ${d.hi.toFixed(4)}] (n=${d.n}; ${d.a.toFixed(4)} vs ${d.b.toFixed(4)})`;
}
