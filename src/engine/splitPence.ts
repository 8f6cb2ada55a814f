/**
 * Splits a whole number of pence in proportion to weights: each part is its
 * proportional share rounded to the penny, and the part whose key sorts last
 * takes what rounding leaves, so the parts add up to the total exactly. The
 * key, not the position, picks who takes the remainder: the order a scenario
 * lists organisations in carries no meaning (issue 25; docs/ODD.md §4).
 * @param total pence to split
 * @param weights one non-negative weight per part (their sum must be positive when there are parts)
 * @param keys one id per part, the same length as `weights`
 */
export function splitPence(total: number, weights: readonly number[], keys: readonly string[]): number[] {
  const n = weights.length;
  if (n === 0) return [];
  let sum = 0;
  let last = 0;
  for (let i = 0; i < n; i++) {
    sum += weights[i]!;
    if (keys[i]! > keys[last]!) last = i;
  }
  const out = new Array<number>(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    if (i === last) continue;
    out[i] = Math.round((total * weights[i]!) / sum);
    given += out[i]!;
  }
  out[last] = total - given;
  return out;
}
