/**
 * Means with 95% confidence intervals across replications (Student's t on
 * the sample mean), using simple-statistics for the moments.
 */
import { mean, sampleStandardDeviation } from 'simple-statistics';

/** t(0.975, df) for df = 1..30 (standard tables). */
const T975 = [
  12.7062047, 4.3026527, 3.1824463, 2.7764451, 2.5705818, 2.4469119, 2.3646243, 2.3060041, 2.2621572, 2.2281389, 2.2009852, 2.1788128, 2.1603687, 2.1447867,
  2.1314495, 2.1199053, 2.1098156, 2.100922, 2.0930241, 2.0859634, 2.0796138, 2.0738731, 2.0686576, 2.0638986, 2.0595386, 2.0555294, 2.0518305, 2.0484071,
  2.0452296, 2.0422725,
];

/**
 * The 97.5% quantile of Student's t with `df` degrees of freedom: a table up
 * to 30, then the Cornish-Fisher expansion around the normal quantile.
 */
export function tQuantile975(df: number): number {
  // The normal 97.5% quantile (simple-statistics' probit is accurate only to about 1e-3).
  const z = 1.959963984540054;
  if (df >= 1 && df <= 30 && Number.isInteger(df)) return T975[df - 1]!;
  if (!Number.isFinite(df) || df > 1e6) return z;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  const z9 = z ** 9;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3) +
    (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * df ** 4)
  );
}

/** Mean and 95% interval of the mean. */
export interface Interval {
  mean: number;
  lower: number;
  upper: number;
  n: number;
}

/** The mean of `xs` with its 95% confidence interval (a point when n < 2). */
export function meanCI(xs: readonly number[]): Interval {
  const v = xs.filter((x) => Number.isFinite(x));
  if (v.length === 0) return { mean: NaN, lower: NaN, upper: NaN, n: 0 };
  const m = mean(v);
  if (v.length < 2) return { mean: m, lower: m, upper: m, n: v.length };
  const half = (tQuantile975(v.length - 1) * sampleStandardDeviation(v)) / Math.sqrt(v.length);
  return { mean: m, lower: m - half, upper: m + half, n: v.length };
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
