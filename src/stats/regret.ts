/**
 * Regret over scenarios (Savage 1951, JASA 46:55-67), as robust decision
 * making uses it (Lempert, Popper and Bankes 2003, RAND MR-1626; McPhail et
 * al. 2018, Earth's Future 6:169-191): an option's regret in a scenario is
 * how much worse it does there than the best option does in the same
 * scenario. The option with the least maximum (or high-percentile) regret is
 * the one that stays nearest the best whatever the future.
 */

/** Options of `regret`. */
export interface RegretOptions {
  /** Whether a larger value of the metric is better or worse. */
  larger: 'better' | 'worse';
}

/** The regret table and its summaries. */
export interface RegretResult {
  /** regret[option][scenario] >= 0; 0 where the option is best in that scenario. */
  regret: number[][];
  /** The largest regret of each option over the scenarios. */
  maxRegret: number[];
  /**
   * The p-th percentile (0-100) of each option's regret over the scenarios,
   * by linear interpolation between order statistics (type 7 of Hyndman and
   * Fan 1996, the default of R and numpy).
   */
  percentileRegret(p: number): number[];
}

/** The p-th percentile (0-100) of sorted values, type 7. */
function percentileOfSorted(s: readonly number[], p: number): number {
  if (!s.length) return NaN;
  const at = ((s.length - 1) * p) / 100;
  const a = Math.floor(at);
  const b = Math.ceil(at);
  return s[a]! + (s[b]! - s[a]!) * (at - a);
}

/**
 * Regret of each option (row) in each scenario (column) of `values`.
 * @throws RangeError when the table is empty or ragged, or holds a value that is not a finite number
 */
export function regret(values: readonly (readonly number[])[], options: RegretOptions): RegretResult {
  if (options.larger !== 'better' && options.larger !== 'worse') throw new RangeError(`regret: larger must be 'better' or 'worse'; got ${String(options.larger)}`);
  const m = values.length;
  if (m === 0) throw new RangeError('regret: no options');
  const s = values[0]!.length;
  if (s === 0) throw new RangeError('regret: no scenarios');
  values.forEach((row, i) => {
    if (row.length !== s) throw new RangeError(`regret: option ${i} has ${row.length} scenarios, option 0 has ${s}`);
    row.forEach((v, j) => {
      if (!Number.isFinite(v)) throw new RangeError(`regret: option ${i}, scenario ${j} is ${v}, not a finite number`);
    });
  });
  const sign = options.larger === 'better' ? 1 : -1;
  const bestIn = Array.from({ length: s }, (_, j) => Math.max(...values.map((row) => sign * row[j]!)));
  const table = values.map((row) => row.map((v, j) => bestIn[j]! - sign * v));
  const sorted = table.map((row) => [...row].sort((a, b) => a - b));
  return {
    regret: table,
    maxRegret: sorted.map((row) => row[row.length - 1]!),
    percentileRegret(p: number) {
      if (!(p >= 0 && p <= 100)) throw new RangeError(`percentileRegret: p must lie in [0, 100]; got ${p}`);
      return sorted.map((row) => percentileOfSorted(row, p));
    },
  };
}
