/**
 * DeGroot averaging (DeGroot 1974, "Reaching a consensus", JASA 69:118-121):
 * at each meeting every agent replaces its position by the trust-weighted
 * mean of all positions, x' = T x, with T row-stochastic. When T has a
 * single closed class that is aperiodic, the positions converge to a
 * consensus in which every agent holds pi x(0), where pi is the stationary
 * distribution of T (pi T = pi, sum pi = 1): each agent's influence on the
 * consensus is its stationary weight (DeGroot 1974, Theorem 2; Golub and
 * Jackson 2010, AEJ: Micro 2(1):112-149).
 */

/** A square matrix as rows. */
export type Matrix = readonly (readonly number[])[];

/** Options for {@link degroot}. */
export interface DegrootOptions {
  /** Stop when no coordinate moves by more than this (absolute). Default 1e-12 times the spread of the initial positions. */
  tolerance?: number;
  /** Give up after this many meetings. Default 10,000. */
  maxSteps?: number;
}

/** The outcome of repeated averaging. */
export interface DegrootResult {
  /** Positions after the last step, one row (position vector) per agent. */
  positions: number[][];
  /** Number of steps (meetings) taken. */
  steps: number;
  /** Whether the last step moved no coordinate by more than the tolerance. */
  converged: boolean;
}

/**
 * Checks that `T` is square, non-negative and row-stochastic (each row sums
 * to 1 within 1e-9); throws a RangeError otherwise.
 */
export function validateTrustMatrix(T: Matrix): void {
  const n = T.length;
  if (n === 0) throw new RangeError('a trust matrix needs at least one agent');
  T.forEach((row, i) => {
    if (row.length !== n) throw new RangeError(`trust matrix row ${i} has ${row.length} entries; expected ${n}`);
    let s = 0;
    for (const v of row) {
      if (!(v >= 0) || !Number.isFinite(v)) throw new RangeError(`trust matrix row ${i} has an entry ${v}: entries must be finite and non-negative`);
      s += v;
    }
    if (Math.abs(s - 1) > 1e-9) throw new RangeError(`trust matrix row ${i} sums to ${s}; rows must sum to 1`);
  });
}

/**
 * One meeting: x' = T x, where each row of `positions` is one agent's
 * position vector (e.g. priorities over service lines).
 */
export function degrootStep(T: Matrix, positions: readonly (readonly number[])[]): number[][] {
  const n = T.length;
  const m = positions[0]?.length ?? 0;
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row = T[i]!;
    const x = new Array<number>(m).fill(0);
    for (let j = 0; j < n; j++) {
      const t = row[j]!;
      if (t === 0) continue;
      const p = positions[j]!;
      for (let l = 0; l < m; l++) x[l]! += t * p[l]!;
    }
    out.push(x);
  }
  return out;
}

/**
 * Repeats {@link degrootStep} until no coordinate moves by more than the
 * tolerance or `maxSteps` meetings have been held.
 */
export function degroot(T: Matrix, initial: readonly (readonly number[])[], options: DegrootOptions = {}): DegrootResult {
  validateTrustMatrix(T);
  if (initial.length !== T.length) throw new RangeError(`${initial.length} positions for ${T.length} agents`);
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of initial) for (const v of p) (lo = Math.min(lo, v)), (hi = Math.max(hi, v));
  const tol = options.tolerance ?? 1e-12 * Math.max(hi - lo, Number.MIN_VALUE);
  const maxSteps = options.maxSteps ?? 10_000;
  let x = initial.map((p) => [...p]);
  for (let step = 1; step <= maxSteps; step++) {
    const next = degrootStep(T, x);
    let moved = 0;
    for (let i = 0; i < next.length; i++) {
      const a = next[i]!;
      const b = x[i]!;
      for (let l = 0; l < a.length; l++) moved = Math.max(moved, Math.abs(a[l]! - b[l]!));
    }
    x = next;
    if (moved <= tol) return { positions: x, steps: step, converged: true };
  }
  return { positions: x, steps: maxSteps, converged: false };
}

/**
 * The stationary distribution pi of a row-stochastic matrix: pi T = pi,
 * sum pi = 1. Solved exactly (to rounding) as the linear system
 * pi (I - T) = 0 with one equation replaced by the normalisation, by
 * Gaussian elimination with partial pivoting; this works for periodic chains
 * too, where power iteration would not converge.
 *
 * @throws RangeError when T has more than one closed class (no unique stationary distribution).
 */
export function stationaryDistribution(T: Matrix): number[] {
  validateTrustMatrix(T);
  const n = T.length;
  // Rows of A are the equations: A[j][i] = (I - T)[i][j]; the last one becomes sum pi = 1.
  const A: number[][] = [];
  for (let j = 0; j < n; j++) {
    const row = new Array<number>(n + 1).fill(0);
    if (j === n - 1) {
      row.fill(1);
    } else {
      for (let i = 0; i < n; i++) row[i] = (i === j ? 1 : 0) - T[i]![j]!;
      row[n] = 0;
    }
    A.push(row);
  }
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(A[r]![c]!) > Math.abs(A[piv]![c]!)) piv = r;
    if (Math.abs(A[piv]![c]!) < 1e-12) {
      throw new RangeError('the trust matrix has more than one closed class: its stationary distribution is not unique');
    }
    [A[c], A[piv]] = [A[piv]!, A[c]!];
    const pr = A[c]!;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const row = A[r]!;
      const f = row[c]! / pr[c]!;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) row[k]! -= f * pr[k]!;
    }
  }
  const pi = A.map((row, i) => row[n]! / row[i]!);
  // Clean rounding: tiny negatives to zero, renormalise.
  const clipped = pi.map((v) => (v <= 0 && v > -1e-12 ? 0 : v));
  const s = clipped.reduce((a, b) => a + b, 0);
  return clipped.map((v) => v / s + 0);
}

/**
 * The consensus DeGroot averaging reaches from `initial` when it converges:
 * the stationary-distribution-weighted mean of the initial positions.
 */
export function degrootConsensus(T: Matrix, initial: readonly (readonly number[])[]): number[] {
  const pi = stationaryDistribution(T);
  const m = initial[0]?.length ?? 0;
  const out = new Array<number>(m).fill(0);
  pi.forEach((w, i) => {
    const p = initial[i]!;
    for (let l = 0; l < m; l++) out[l]! += w * p[l]!;
  });
  return out;
}
