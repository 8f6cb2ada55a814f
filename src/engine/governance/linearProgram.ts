/**
 * Dense linear programmes over x >= 0, solved by YALPS' simplex (Manske,
 * yalps 0.6, a rewrite of jsLPSolver) as re-implemented in simplex.ts.
 * Callers scale their data to order one: YALPS treats magnitudes below
 * `precision` as zero and rounds the solution to that precision.
 */
import { extendOptimalTableau, loadTableau, resetTableau, retireTableau, roundToPrecision, runSimplex, tableauStamp, type SavedTableau, type Tableau } from './simplex.ts';

export { pivotCount, saveTableau, type SavedTableau } from './simplex.ts';

export { tableauStamp };

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

/**
 * The pivot tolerance of a second, stricter solve (`solvePreparedFloors`' `pivotTolerance`): YALPS
 * pivots on elements down to its precision, 1e-11, which on some degenerate programmes (unanimity
 * boards in fuzz case 917, issue 25) leaves answers that miss their rows by up to 5e-6; refusing
 * pivots below 1e-9 solved the one recorded (tests/engine/governance/solveOnOptimalFace.test.ts) to
 * 3e-12. A numerical-method setting, not a model parameter.
 */
export const STRICT_PIVOT = 1e-9;

/** Pivots allowed in each phase (YALPS' default is 8192). */
const MAX_PIVOTS = 20000;

/**
 * Writes one row as YALPS' `tableauModel` does, at flat offset `at` of a
 * zeroed tableau `width` wide: a finite upper bound gives the row (coef,
 * upper), a finite lower bound the row (-coef, -lower), an equality both;
 * bounds are folded as YALPS folds them (so NaN drops a bound) and zero
 * coefficients are left out (so -0 and 0 alike leave an entry zero).
 * Returns the offset after the rows written.
 */
function writeRow(m: Float64Array, at: number, width: number, nv: number, r: LpRow): number {
  const lower = Math.max(-Infinity, r.equal ?? r.min ?? -Infinity);
  const upper = Math.min(Infinity, r.equal ?? r.max ?? Infinity);
  const coef = r.coef;
  if (Number.isFinite(upper)) {
    m[at] = upper;
    for (let j = 0; j < nv; j++) {
      const a = coef[j] ?? 0;
      if (a !== 0) m[at + j + 1] = a;
    }
    at += width;
  }
  if (Number.isFinite(lower)) {
    m[at] = -lower;
    for (let j = 0; j < nv; j++) {
      const a = coef[j] ?? 0;
      if (a !== 0) m[at + j + 1] = -a;
    }
    at += width;
  }
  return at;
}

/** Tableau rows one row gives (0, 1 or 2). */
function rowsOf(r: LpRow): number {
  return (Number.isFinite(Math.max(-Infinity, r.equal ?? r.min ?? -Infinity)) ? 1 : 0) + (Number.isFinite(Math.min(Infinity, r.equal ?? r.max ?? Infinity)) ? 1 : 0);
}

/**
 * Rows shared by many programmes, written into tableau form once (see
 * {@link solvePrepared}): a solver that adds a few rows to the same fixed
 * ones (the bargaining solvers' budget and bounds) copies them instead of
 * building them again.
 */
export interface PreparedRows {
  /** Number of variables. */
  nv: number;
  /** The tableau rows, row-major, nv + 1 wide. */
  matrix: Float64Array;
  /** How many tableau rows they fill. */
  height: number;
}

/** Writes `rows` (over nv variables) in tableau form for {@link solvePrepared}. */
export function prepareRows(nv: number, rows: readonly LpRow[]): PreparedRows {
  let height = 0;
  for (const r of rows) height += rowsOf(r);
  const matrix = new Float64Array(height * (nv + 1));
  let at = 0;
  for (const r of rows) at = writeRow(matrix, at, nv + 1, nv, r);
  return { nv, matrix, height };
}

/**
 * Solves the programme whose rows are the prepared ones followed by
 * `extra`, exactly as {@link solveLp} would solve it given all the rows.
 */
export function solvePrepared(prepared: PreparedRows, objective: readonly number[], direction: LinearProgram['direction'], extra: readonly LpRow[], precision = LP_PRECISION): LpSolution {
  return solvePreparedFloors(prepared, objective, direction, [], [], [], extra, precision);
}

/**
 * Solves the programme whose rows are the prepared ones followed by one lower
 * bound per member, `coefs[members[t]] . x >= mins[t]`, then `extra`: what
 * {@link solvePrepared} gives for those rows written as `{ coef, min }`
 * (bit for bit), without building a row object per member per programme.
 */
export function solvePreparedFloors(prepared: PreparedRows, objective: readonly number[], direction: LinearProgram['direction'], coefs: readonly (readonly number[])[], members: readonly number[], mins: readonly number[], extra: readonly LpRow[] = [], precision = LP_PRECISION, pivotTolerance = precision): LpSolution {
  const nv = prepared.nv;
  let height = 1 + prepared.height;
  for (let t = 0; t < members.length; t++) if (Number.isFinite(Math.max(-Infinity, mins[t]!))) height++;
  for (let i = 0; i < extra.length; i++) height += rowsOf(extra[i]!);
  const width = nv + 1;
  const sign = direction === 'minimize' ? -1 : 1;
  const t = resetTableau(width, height);
  const m = t.matrix;
  for (let j = 0; j < nv; j++) {
    const cj = objective[j]!;
    if (cj !== 0) m[j + 1] = sign * cj;
  }
  m.set(prepared.matrix, width);
  let at = width * (1 + prepared.height);
  for (let q = 0; q < members.length; q++) {
    // As writeRow writes a row with only a lower bound.
    const lower = Math.max(-Infinity, mins[q]!);
    if (!Number.isFinite(lower)) continue;
    const coef = coefs[members[q]!]!;
    m[at] = -lower;
    for (let j = 0; j < nv; j++) {
      const a = coef[j] ?? 0;
      if (a !== 0) m[at + j + 1] = -a;
    }
    at += width;
  }
  for (let i = 0; i < extra.length; i++) at = writeRow(m, at, width, nv, extra[i]!);
  return finish(t, nv, sign, precision, pivotTolerance);
}

/**
 * Solves a linear programme as YALPS' `solve` would (same tableau, same
 * pivots, same rounding, so the same bits), but builds the tableau straight
 * from the dense rows: the string-keyed model YALPS needs cost more than the
 * simplex itself on these small programmes. x is dense (zeros included).
 */
export function solveLp(lp: LinearProgram, precision = LP_PRECISION): LpSolution {
  const nv = lp.objective.length;
  const rows = lp.rows;
  let height = 1;
  for (let i = 0; i < rows.length; i++) height += rowsOf(rows[i]!);
  const width = nv + 1;
  const sign = lp.direction === 'minimize' ? -1 : 1;
  const t = resetTableau(width, height);
  const m = t.matrix;
  for (let j = 0; j < nv; j++) {
    const cj = lp.objective[j]!;
    if (cj !== 0) m[j + 1] = sign * cj;
  }
  let at = width;
  for (let i = 0; i < rows.length; i++) at = writeRow(m, at, width, nv, rows[i]!);
  return finish(t, nv, sign, precision);
}

/** Right-hand sides of a saved tableau with moved floors (scratch of {@link solveFromBasis}). */
let shifted = new Float64Array(64);

/**
 * Solves again a maximisation that {@link solvePreparedFloors} solved (its optimal tableau kept with
 * `saveTableau`), with each member's floor moved from `oldMins[t]` to `mins[t]`: the same programme
 * but for its floors' right-hand sides, started from the saved optimal basis instead of from scratch.
 * Moving a floor changes no reduced cost, so the basis stays optimal while it stays feasible: then the
 * answer is read from the moved right-hand sides alone, leaving the shared tableau as it was (and
 * marked as holding nothing to go on from), unless `inTableau` asks for it there. Otherwise the
 * simplex goes on from the basis in the shared tableau. The answer is the programme's optimum to its
 * accuracy (where the optimum is a face, possibly another vertex of it). Every floor must be finite,
 * as every floor row of the saved programme was.
 */
export function solveFromBasis(saved: SavedTableau, prepared: PreparedRows, oldMins: readonly number[], mins: readonly number[], inTableau = false, precision = LP_PRECISION): LpSolution {
  const w = saved.width;
  const h = saved.height;
  const nv = prepared.nv;
  const first = 1 + prepared.height;
  const m = saved.matrix;
  if (shifted.length < h) shifted = new Float64Array(Math.max(h, 2 * shifted.length));
  const rhs = shifted;
  for (let r = 0; r < h; r++) rhs[r] = m[r * w]!;
  for (let q = 0; q < mins.length; q++) {
    // A floor row is written -coef . x <= -min: its right-hand side moves by -(min - old).
    const delta = oldMins[q]! - mins[q]!;
    if (delta === 0) continue;
    // The row's slack is basic (its row's right-hand side moves by delta) or nonbasic in some column,
    // whose entries carry the change to every basic variable and to the objective (row 0).
    const position = saved.positionOfVariable[w + first + q]!;
    if (position >= w) rhs[position - w] = rhs[position - w]! + delta;
    else
      for (let r = 0; r < h; r++) {
        const a = m[r * w + position]!;
        if (a !== 0) rhs[r] = rhs[r]! + a * delta;
      }
  }
  // runSimplex would stop at once: no right-hand side below -precision (phase 1), no reduced cost above it (phase 2).
  let optimal = !inTableau;
  for (let r = 1; r < h && optimal; r++) if (rhs[r]! < -precision) optimal = false;
  for (let c = 1; c < w && optimal; c++) if (m[c]! > precision) optimal = false;
  if (optimal) {
    retireTableau();
    const x = new Array<number>(nv).fill(0);
    for (let j = 0; j < nv; j++) {
      const row = saved.positionOfVariable[j + 1]! - w;
      const value = row >= 0 ? rhs[row]! : 0;
      if (value > precision) x[j] = roundToPrecision(value, precision);
    }
    return { status: 'optimal', x, value: -roundToPrecision(rhs[0]!, precision) };
  }
  const t = loadTableau(saved);
  for (let r = 0; r < h; r++) t.matrix[r * w] = rhs[r]!;
  return finish(t, nv, 1, precision);
}

/**
 * Maximises `objective` over the optimal face of the programme solved last
 * (which must have ended `optimal` and be the last solve: check with
 * {@link tableauStamp}), kept within `slack` of its optimum: its constraints
 * plus `first . x >= value - slack`, where `first` is its objective. Starts
 * from its optimal basis (see `extendOptimalTableau`), so it answers as a
 * fresh solve of those constraints would, to the programmes' accuracy, in a
 * few pivots.
 */
export function solveOnOptimalFace(first: readonly number[], value: number, slack: number, objective: readonly number[], precision = LP_PRECISION, pivotTolerance = precision): LpSolution {
  const t = extendOptimalTableau(first, value - slack, objective);
  return finish(t, first.length, 1, precision, pivotTolerance);
}

/** Runs the simplex on a built tableau and reads the solution as YALPS' `solution` does. */
function finish(t: Tableau, nv: number, sign: number, precision: number, pivotTolerance = precision): LpSolution {
  const m = t.matrix;
  const width = t.width;
  const [status, result] = runSimplex(t, precision, MAX_PIVOTS, pivotTolerance);
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
