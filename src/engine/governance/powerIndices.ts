/**
 * Structural power of the seats of a weighted voting game [q; w_1, ..., w_n]:
 * a coalition wins when its total weight reaches the quota q.
 *
 * Exact counts by generating functions (Brams and Affuso 1976; Bilbao,
 * Fernández, Jiménez Losada and López 2000, "Generating functions for
 * computing power indices efficiently", TOP 8:191-213): the number of
 * coalitions of each size and weight is built by dynamic programming over
 * weight sums, and each player's own factor is divided out again
 * (deconvolution) instead of recounting the others from scratch. Work is
 * O(n^2 q) for the whole game plus O(n^2 q) per player, never 2^n.
 */

/** The three power indices of every player, in the order of the weights. */
export interface PowerIndices {
  /** Normalised Banzhaf index (Banzhaf 1965): swings over all players' swings; sums to 1. */
  banzhaf: number[];
  /** Absolute Banzhaf index (Penrose 1946): swings / 2^(n-1), the probability of being decisive. */
  banzhafAbsolute: number[];
  /** Shapley-Shubik index (Shapley and Shubik 1954): share of orderings in which the player is pivotal; sums to 1. */
  shapleyShubik: number[];
  /** Raw swing counts (coalitions without the player that lose, and win once it joins). */
  swings: number[];
}

/** Largest number of players for which every count stays an exact integer in a double (2^53). */
export const MAX_POWER_PLAYERS = 52;
/** Largest table (players x reduced quota) the computation accepts, to bound memory. */
const MAX_CELLS = 4e7;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * Validates a weighted voting game; throws a RangeError naming the problem.
 * Weights must be non-negative integers (at least one player); the quota must
 * be a finite number with 0 < quota <= total weight.
 */
export function validateVotingGame(weights: readonly number[], quota: number): void {
  if (weights.length === 0) throw new RangeError('a voting game needs at least one weight');
  if (weights.length > MAX_POWER_PLAYERS) {
    throw new RangeError(`at most ${MAX_POWER_PLAYERS} players are supported exactly; got ${weights.length}`);
  }
  weights.forEach((w, i) => {
    if (!Number.isSafeInteger(w) || w < 0) throw new RangeError(`weight ${i + 1} is ${w}: weights must be non-negative integers`);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  if (!Number.isSafeInteger(total)) throw new RangeError('the total weight is too large');
  if (!Number.isFinite(quota) || quota <= 0 || quota > total) {
    throw new RangeError(`quota ${quota} is out of range: it must be above 0 and at most the total weight ${total}`);
  }
}

/**
 * Exact Banzhaf (normalised and absolute) and Shapley-Shubik indices of the
 * weighted voting game in which a coalition wins when its weight is at least
 * `quota`. A fractional quota means the next whole weight. Weights and quota
 * are first divided by the weights' greatest common divisor, which changes no
 * coalition's outcome. Counts are exact integers for up to
 * {@link MAX_POWER_PLAYERS} players; the indices are then exact to rounding.
 *
 * @throws RangeError for invalid input (see {@link validateVotingGame}) or a table too large.
 */
export function powerIndices(weights: readonly number[], quota: number): PowerIndices {
  validateVotingGame(weights, quota);
  const n = weights.length;
  let g = 0;
  for (const w of weights) g = gcd(g, w);
  const ws = weights.map((w) => w / g);
  const q = Math.max(1, Math.ceil(quota / g - 1e-12 * Math.max(1, quota / g)));
  if ((n + 1) * q > MAX_CELLS) {
    throw new RangeError(`the game is too large to count exactly: ${n} players with a reduced quota of ${q}`);
  }
  // all[k*q + s]: number of coalitions of k players with weight s < q (heavier ones always win, so are not needed).
  const all = new Float64Array((n + 1) * q);
  all[0] = 1;
  for (let p = 0; p < n; p++) {
    const w = ws[p]!;
    for (let k = p; k >= 0; k--) {
      const src = k * q;
      const dst = (k + 1) * q;
      for (let s = q - 1 - w; s >= 0; s--) all[dst + s + w]! += all[src + s]!;
    }
  }
  const without = new Float64Array((n + 1) * q);
  // factor[k] = k!(n-1-k)!/n! = 1 / (n * C(n-1, k)): the probability that exactly the k players before i form the coalition.
  const factor = new Float64Array(n);
  {
    let c = 1; // C(n-1, k)
    for (let k = 0; k < n; k++) {
      factor[k] = 1 / (n * c);
      c = (c * (n - 1 - k)) / (k + 1);
    }
  }
  const swings: number[] = [];
  const shapleyShubik: number[] = [];
  for (let i = 0; i < n; i++) {
    const w = ws[i]!;
    // Deconvolve player i: all[k][s] = without[k][s] + without[k-1][s-w].
    for (let k = 0; k < n; k++) {
      const row = k * q;
      const prev = (k - 1) * q;
      for (let s = 0; s < q; s++) {
        const sub = k > 0 && s >= w ? without[prev + s - w]! : 0;
        without[row + s] = all[row + s]! - sub;
      }
    }
    // Player i swings in coalitions S (i not in S) with q - w <= w(S) < q.
    let sw = 0;
    let ss = 0;
    const from = Math.max(0, q - w);
    for (let k = 0; k < n; k++) {
      const row = k * q;
      let count = 0;
      for (let s = from; s < q; s++) count += without[row + s]!;
      sw += count;
      ss += count * factor[k]!;
    }
    swings.push(sw);
    shapleyShubik.push(ss);
  }
  const totalSwings = swings.reduce((a, b) => a + b, 0);
  const half = Math.pow(2, n - 1);
  return {
    banzhaf: swings.map((s) => s / totalSwings),
    banzhafAbsolute: swings.map((s) => s / half),
    shapleyShubik,
    swings,
  };
}
