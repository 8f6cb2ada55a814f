/**
 * Mean, standard deviation and t-based 95% confidence interval of a sample.
 */
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { studentTQuantile } from './studentT.ts';

/** Statistics of one sample. NaN where undefined (no values; sd and interval of one value). */
export interface Description {
  n: number;
  mean: number;
  sd: number;
  ciLow: number;
  ciHigh: number;
}

/** Describes a sample: mean ± t(0.975, n-1) · sd / √n. */
export function describe(values: readonly number[]): Description {
  const n = values.length;
  if (n === 0) return { n, mean: Number.NaN, sd: Number.NaN, ciLow: Number.NaN, ciHigh: Number.NaN };
  const m = mean(values as number[]);
  if (n === 1) return { n, mean: m, sd: Number.NaN, ciLow: Number.NaN, ciHigh: Number.NaN };
  const sd = sampleStandardDeviation(values as number[]);
  const half = (studentTQuantile(0.975, n - 1) * sd) / Math.sqrt(n);
  return { n, mean: m, sd, ciLow: m - half, ciHigh: m + half };
}
