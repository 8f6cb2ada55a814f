/**
 * The mean of a sample with its t-based confidence interval: the single
 * definition behind `icsim summarise`, the exported figures and the page's
 * comparison view.
 */
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { studentTQuantile } from './studentT.ts';

/** A sample's mean and interval. NaN marks what the sample cannot give. */
export interface MeanInterval {
  /** Finite values used. */
  n: number;
  /** NaN when n = 0. */
  mean: number;
  /** Sample standard deviation (divisor n - 1); NaN when n < 2. */
  sd: number;
  /** Lower end of the interval; NaN when n < 2 (one value says nothing about spread: no interval). */
  low: number;
  /** Upper end of the interval; NaN when n < 2. */
  high: number;
}

/**
 * Mean ± t((1 + level) / 2, n - 1) · sd / √n over the finite values of
 * `values` (NaN and ±Infinity are missing results and are skipped). With
 * fewer than two values there is no interval: `low` and `high` are NaN,
 * never a zero-width interval that would read as certainty.
 */
export function meanInterval(values: readonly number[], level = 0.95): MeanInterval {
  if (!(level > 0 && level < 1)) throw new RangeError(`meanInterval: level ${level} must lie strictly between 0 and 1`);
  const v = values.every(Number.isFinite) ? (values as number[]) : values.filter(Number.isFinite);
  const n = v.length;
  if (n === 0) return { n, mean: Number.NaN, sd: Number.NaN, low: Number.NaN, high: Number.NaN };
  const m = mean(v);
  if (n === 1) return { n, mean: m, sd: Number.NaN, low: Number.NaN, high: Number.NaN };
  const sd = sampleStandardDeviation(v);
  const half = (studentTQuantile((1 + level) / 2, n - 1) * sd) / Math.sqrt(n);
  return { n, mean: m, sd, low: m - half, high: m + half };
}

/**
 * The interval of the differences `a[i] - b[i]` of paired results (for
 * example two options run with the same seeds), skipping pairs where either
 * value is missing. Pairing removes the noise the two share, so this interval
 * is usually much narrower than the difference of two separate intervals.
 */
export function pairedDifferenceInterval(a: readonly number[], b: readonly number[], level = 0.95): MeanInterval {
  if (a.length !== b.length) throw new RangeError(`pairedDifferenceInterval: ${a.length} values against ${b.length}; pairs need equal lengths`);
  const d: number[] = [];
  for (let i = 0; i < a.length; i++) {
    const x = a[i]! - b[i]!;
    if (Number.isFinite(x)) d.push(x);
  }
  return meanInterval(d, level);
}
