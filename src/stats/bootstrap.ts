/**
 * Bootstrap confidence half-widths (Efron and Tibshirani 1993): resample
 * the `n` units with replacement, recompute the statistic, and take
 * z × the standard deviation of the resampled statistics, z being the
 * normal quantile of the level (1.96 for 95%). This is the convention of
 * SALib's Morris and Sobol' analyses, so figures compare with theirs.
 */
import seedrandom from 'seedrandom';

/** Options of a bootstrap. */
export interface BootstrapOptions {
  /** Resamples (default 1000). */
  resamples?: number;
  /** Seed of the resampling stream (default "icsim-bootstrap"). */
  seed?: string | number;
  /** Two-sided confidence level (default 0.95). */
  level?: number;
}

/** The standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normal quantile: p ${p} must be in (0, 1)`);
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

/**
 * Half-widths of bootstrap intervals of several statistics of the same `n`
 * units, resampled together (one set of resampled indices serves them all).
 * @param statistic the statistics of a resample, given the indices of its units
 * @returns one half-width per statistic (NaN where fewer than two resamples were finite)
 */
export function bootstrapHalfWidths(n: number, statistic: (indices: Int32Array) => number[], options: BootstrapOptions = {}): number[] {
  const resamples = options.resamples ?? 1000;
  const level = options.level ?? 0.95;
  const random = seedrandom.alea(`icsim-bootstrap|${options.seed ?? 'icsim-bootstrap'}`);
  const z = normalQuantile(0.5 + level / 2);
  const indices = new Int32Array(n);
  let sums: number[] = [];
  let squares: number[] = [];
  let counts: number[] = [];
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) indices[i] = Math.floor(random() * n);
    const values = statistic(indices);
    if (r === 0) {
      sums = values.map(() => 0);
      squares = values.map(() => 0);
      counts = values.map(() => 0);
    }
    values.forEach((v, k) => {
      if (!Number.isFinite(v)) return;
      sums[k]! += v;
      squares[k]! += v * v;
      counts[k]!++;
    });
  }
  return sums.map((s, k) => {
    const m = counts[k]!;
    if (m < 2) return NaN;
    const variance = Math.max(0, (squares[k]! - (s * s) / m) / (m - 1));
    return z * Math.sqrt(variance);
  });
}
