/**
 * Largest-remainder apportionment (Hamilton's method) of an integer total in
 * proportion to weights, with a minimum and optional maximum per share.
 * Used to spread national counts over systems and places.
 */
export function apportion(total: number, weights: readonly number[], min = 0, max?: readonly number[]): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const caps = max ?? weights.map(() => Infinity);
  const out = weights.map(() => min);
  for (let i = 0; i < n; i++) out[i] = Math.min(min, caps[i]!);
  let left = total - out.reduce((a, b) => a + b, 0);
  if (left < 0) throw new RangeError(`cannot apportion ${total} with a minimum of ${min} over ${n} shares`);
  // Repeat while caps bind: hand the remainder to the uncapped shares by weight.
  for (let round = 0; round < n + 1 && left > 0; round++) {
    const open = out.map((v, i) => (v < caps[i]! ? i : -1)).filter((i) => i >= 0);
    if (open.length === 0) break;
    const wsum = open.reduce((s, i) => s + weights[i]!, 0);
    const quotas = open.map((i) => (wsum > 0 ? (left * weights[i]!) / wsum : left / open.length));
    const give = quotas.map((q, k) => Math.min(Math.floor(q), caps[open[k]!]! - out[open[k]!]!));
    let given = give.reduce((a, b) => a + b, 0);
    give.forEach((g, k) => (out[open[k]!]! += g));
    const order = open
      .map((i, k) => ({ i, rem: quotas[k]! - Math.floor(quotas[k]!) }))
      .sort((a, b) => b.rem - a.rem || a.i - b.i);
    for (const { i } of order) {
      if (given >= left) break;
      if (out[i]! < caps[i]!) {
        out[i]!++;
        given++;
      }
    }
    left -= given;
  }
  if (left > 0) throw new RangeError(`cannot apportion ${total}: the caps allow only ${total - left}`);
  return out;
}
