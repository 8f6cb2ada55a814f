/** A source of uniform numbers in [0, 1). */
export type Uniform = () => number;

/**
 * A Latin hypercube sample of `n` points in the unit cube of `k` dimensions:
 * each dimension is cut into `n` equal strata and every stratum holds
 * exactly one point, placed uniformly within it (McKay, Beckman & Conover
 * 1979, Technometrics 21(2):239-245). Strata are paired across dimensions by
 * independent random permutations (Fisher-Yates).
 * @returns `n` points of `k` coordinates in [0, 1)
 */
export function latinHypercube(n: number, k: number, random: Uniform): number[][] {
  const points = Array.from({ length: n }, () => new Array<number>(k).fill(0));
  for (let d = 0; d < k; d++) {
    const strata = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [strata[i], strata[j]] = [strata[j]!, strata[i]!];
    }
    for (let i = 0; i < n; i++) points[i]![d] = (strata[i]! + random()) / n;
  }
  return points;
}
