/**
 * The upper tail of the binomial distribution, P(X >= k) for X ~ Bin(n, p):
 * the p-value of a one-sided exact binomial test ("greater"), as PRIM's
 * quasi-p-values use it (Bryant and Lempert 2010, Technol. Forecast. Soc.
 * Change 77:34-49).
 */

/** log(m!) for m = 0..n, by running sums (exact enough for n in the millions). */
function logFactorials(n: number): Float64Array {
  const f = new Float64Array(n + 1);
  for (let m = 2; m <= n; m++) f[m] = f[m - 1]! + Math.log(m);
  return f;
}

/**
 * P(X >= k) for X ~ Bin(n, p), summed term by term in log space (log-sum-exp),
 * so that tails far below double precision's smallest normal stay accurate.
 * @throws RangeError when n or k is not a whole number with 0 <= k, 0 <= n, or p is outside [0, 1]
 */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(k) || k < 0) throw new RangeError(`binomialUpperTail: k and n must be whole numbers >= 0; got k=${k}, n=${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`binomialUpperTail: p must lie in [0, 1]; got ${p}`);
  if (k === 0) return 1;
  if (k > n) return 0;
  if (p === 0) return 0;
  if (p === 1) return 1;
  const lf = logFactorials(n);
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  const terms: number[] = [];
  let max = -Infinity;
  for (let i = k; i <= n; i++) {
    const t = lf[n]! - lf[i]! - lf[n - i]! + i * lp + (n - i) * lq;
    terms.push(t);
    if (t > max) max = t;
  }
  let sum = 0;
  for (const t of terms) sum += Math.exp(t - max);
  return Math.min(1, Math.exp(max + Math.log(sum)));
}
