/**
 * Satisficing (Simon 1956; Starr 1963's domain criterion, as in McPhail et
 * al. 2018, Earth's Future 6:169-191): the share of scenarios in which an
 * option meets every stated threshold at once.
 */

/** A threshold on one metric: the value must be at least `min` and/or at most `max`. */
export interface Threshold {
  min?: number;
  max?: number;
}

/**
 * The share of scenarios in which each option meets its thresholds.
 * `values[metric][option][scenario]`; `thresholds[metric]` applies to every
 * option. A value that is not a finite number never meets a threshold.
 * @returns one share in [0, 1] per option
 * @throws RangeError when the tables' shapes disagree
 */
export function satisficing(values: readonly (readonly (readonly number[])[])[], thresholds: readonly Threshold[]): number[] {
  if (values.length !== thresholds.length) throw new RangeError(`satisficing: ${values.length} metrics but ${thresholds.length} thresholds`);
  if (!values.length) throw new RangeError('satisficing: no metrics');
  const m = values[0]!.length;
  const s = values[0]![0]?.length ?? 0;
  if (!m || !s) throw new RangeError('satisficing: no options or no scenarios');
  for (const [t, table] of values.entries()) {
    if (table.length !== m || table.some((row) => row.length !== s)) throw new RangeError(`satisficing: metric ${t} is not ${m} options × ${s} scenarios`);
  }
  return Array.from({ length: m }, (_, i) => {
    let met = 0;
    for (let j = 0; j < s; j++) {
      const ok = values.every((table, t) => {
        const v = table[i]![j]!;
        const th = thresholds[t]!;
        return Number.isFinite(v) && (th.min === undefined || v >= th.min) && (th.max === undefined || v <= th.max);
      });
      if (ok) met++;
    }
    return met / s;
  });
}
