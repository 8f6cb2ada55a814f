/**
 * Means with 95% confidence intervals across replications, from the shared
 * statistics in src/stats (the same Student t as `icsim summarise`).
 */
import { meanInterval } from '../stats/meanInterval.ts';
import { studentTQuantile } from '../stats/studentT.ts';

/** The 97.5% quantile of Student's t with `df` degrees of freedom. */
export function tQuantile975(df: number): number {
  return studentTQuantile(0.975, df);
}

/** Mean and 95% interval of the mean. */
export interface Interval {
  mean: number;
  lower: number;
  upper: number;
  n: number;
}

/** The mean of the finite values of `xs` with its 95% confidence interval (NaN bounds, no interval, when n < 2). */
export function meanCI(xs: readonly number[]): Interval {
  const s = meanInterval(xs);
  return { mean: s.mean, lower: s.low, upper: s.high, n: s.n };
}

/** Numeric leaves of an object as dotted paths (arrays skipped). */
export function numericLeaves(obj: unknown, prefix = ''): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  if (typeof obj === 'number') return prefix ? [[prefix, obj]] : [];
  if (typeof obj === 'boolean') return prefix ? [[prefix, obj ? 1 : 0]] : [];
  if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
    for (const [k, v] of Object.entries(obj)) out.push(...numericLeaves(v, prefix ? `${prefix}.${k}` : k));
  }
  return out;
}
