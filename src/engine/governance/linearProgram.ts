/**
 * Dense linear programmes over x >= 0, solved by YALPS' simplex (Manske,
 * yalps 0.6, a rewrite of jsLPSolver) as re-implemented in simplex.ts.
 * Callers scale their data to order one: YALPS treats magnitudes below
 * `precision` as zero and rounds the solution to that precision.
 */
import { resetTableau, roundToPrecision, runSimplex } from './simplex.ts';

/** One row: sum_j coef[j] x[j] within [min, max] (or equal to `equal`). */
export interface LpRow {
  coef: readonly number[];
  min?: number;
  max?: number;
  equal?: number;
}

/** A linear programme over x >= 0. */
export interface LinearProgram {
  /** Objective coefficients (one per variable). */
  objective: readonly number[];
  direction: 'maximize' | 'minimize';
  rows: readonly LpRow[];
}

/** The solution: status and, when optimal, x (dense) and the objective value. */
export interface LpSolution {
  status: 'optimal' | 'infeasible' | 'unbounded' | 'cycled' | 'timedout';
  x: number[];
  value: number;
}

/** Default precision: data are scaled to order one by the callers. */
export const LP_PRECISION = 1e-11;

/** Pivots allowed in each phase (YALPS' default is 8192). */
const MAX_PIVOTS = 20000;

/**
 * Solves a linear programme as YALPS' `solve` would (same tableau, same
 * pivots, same rounding, so the same bits), but builds the tableau straight
 * from the dense rows: the string-keyed model YALPS needs cost more than the
 * simplex itself on these small programmes. x is dense (zeros included).
 */
export function solveLp(lp: LinearProgram, precision = LP_PRECISION): LpSolution {
  const nv = lp.objective.length;
  const rows = lp.rows;
  // YALPS gives a row with an upper bound one tableau row (coef, upper) and a lower bound one (-coef, -lower);
  // an equality has both. Bounds are folded as YALPS does (so NaN drops a bound).
  let height = 1;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    height += (Number.isFinite(Math.max(-Infinity, r.equal ?? r.min ?? -Infinity)) ? 1 : 0) + (Number.isFinite(Math.min(Infinity, r.equal ?? r.max ?? Infinity)) ? 1 : 0);
  }
  const width = nv + 1;
  const sign = lp.direction === 'minimize' ? -1 : 1;
  const t = resetTableau(width, height);
  const m = t.matrix;
  for (let j = 0; j < nv; j++) {
    const cj = lp.objective[j]!;
    if (cj !== 0) m[j + 1] = sign * cj;
  }
  let at = width;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const lower = Math.max(-Infinity, r.equal ?? r.min ?? -Infinity);
    const upper = Math.min(Infinity, r.equal ?? r.max ?? Infinity);
    const hasUpper = Number.isFinite(upper);
    const hasLower = Number.isFinite(lower);
    if (!hasUpper && !hasLower) continue;
    const coef = r.coef;
    if (hasUpper) {
      m[at] = upper;
      for (let j = 0; j < nv; j++) {
        const a = coef[j] ?? 0;
        if (a !== 0) m[at + j + 1] = a;
      }
      at += width;
    }
    if (hasLower) {
      m[at] = -lower;
      for (let j = 0; j < nv; j++) {
        const a = coef[j] ?? 0;
        if (a !== 0) m[at + j + 1] = -a;
      }
      at += width;
    }
  }
  const [status, result] = runSimplex(t, precision, MAX_PIVOTS);
  const x = new Array<number>(nv).fill(0);
  if (status === 'optimal') {
    for (let j = 0; j < nv; j++) {
      const row = t.positionOfVariable[j + 1]! - width;
      const value = row >= 0 ? m[row * width]! : 0;
      if (value > precision) x[j] = roundToPrecision(value, precision);
    }
    return { status, x, value: -sign * result };
  }
  if (status === 'unbounded') {
    const variable = t.variableAtPosition[result]! - 1;
    if (variable >= 0 && variable < nv) x[variable] = Infinity;
    return { status, x, value: sign * Infinity };
  }
  return { status, x, value: NaN };
}
