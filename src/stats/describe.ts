/**
 * Mean, standard deviation and t-based 95% confidence interval of a sample,
 * in the column names of `icsim summarise` (the statistics are src/stats).
 */
import { meanInterval } from './meanInterval.ts';

/** Statistics of one sample. NaN where undefined (no values; sd and interval of one value). */
export interface Description {
  n: number;
  mean: number;
  sd: number;
  ciLow: number;
  ciHigh: number;
}

/** Describes a sample: mean ± t(0.975, n-1) · sd / √n (src/stats/meanInterval.ts). */
export function describe(values: readonly number[]): Description {
  const s = meanInterval(values);
  return { n: s.n, mean: s.mean, sd: s.sd, ciLow: s.low, ciHigh: s.high };
}
