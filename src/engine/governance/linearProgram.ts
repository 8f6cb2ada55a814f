/**
 * A thin dense front end to the YALPS simplex solver (Manske, yalps 0.6,
 * a rewrite of jsLPSolver): variables indexed by number, all >= 0.
 * Callers scale their data to order one: YALPS treats magnitudes below
 * `precision` as zero and rounds the solution to that precision.
 */
import { solve, type Constraint, type Model } from 'yalps';

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

/** Solves a linear programme with YALPS; x is dense (zeros included). */
export function solveLp(lp: LinearProgram, precision = LP_PRECISION): LpSolution {
  const nv = lp.objective.length;
  const constraints: [number, Constraint][] = [];
  lp.rows.forEach((r, i) => {
    constraints.push([i, r.equal !== undefined ? { equal: r.equal } : { min: r.min, max: r.max }]);
  });
  const obj = -1;
  const variables: [number, [number, number][]][] = [];
  for (let j = 0; j < nv; j++) {
    const coefs: [number, number][] = [];
    const c = lp.objective[j]!;
    if (c !== 0) coefs.push([obj, c]);
    lp.rows.forEach((r, i) => {
      const a = r.coef[j] ?? 0;
      if (a !== 0) coefs.push([i, a]);
    });
    variables.push([j, coefs]);
  }
  const model: Model<number, number> = { direction: lp.direction, objective: obj, constraints, variables };
  const sol = solve(model, { precision, maxPivots: 20000 });
  const x = new Array<number>(nv).fill(0);
  for (const [j, v] of sol.variables) x[j] = v;
  return { status: sol.status, x, value: sol.result };
}
