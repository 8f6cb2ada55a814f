/**
 * The two-phase dense tableau simplex of YALPS 0.6.4 (Ian Manske, MIT licence,
 * https://github.com/Ian-Manske/YALPS, src/simplex.ts), written again over a
 * plain array of numbers so that small programmes need no string-keyed model.
 *
 * It makes the same choices in the same order with the same floating-point
 * operations as YALPS (phase 1: most negative right-hand side leaves, the
 * entering column by the largest ratio of reduced cost; phase 2: largest
 * reduced cost enters, first minimum ratio leaves, stopping early at a ratio
 * within `precision` of zero; entries below 1e-16 in the pivot row flushed to
 * zero), so its answers equal YALPS' bit for bit; tests/engine/governance/
 * simplex.test.ts checks that against the package. Cycle detection (YALPS'
 * `checkCycles`, off by default) and integer variables are left out.
 *
 * Layout: row 0 is the objective (reduced costs), column 0 the right-hand
 * sides; `variableAtPosition` maps columns 0..width-1 and then rows to the
 * variables there (0 is the objective, 1..width-1 the structural variables,
 * width.. the slacks of rows 1..).
 */

/** A tableau in YALPS' layout (row-major, `width` columns). */
export interface Tableau {
  matrix: number[];
  width: number;
  height: number;
  positionOfVariable: number[];
  variableAtPosition: number[];
}

/** Outcome of {@link runSimplex}: the status and, when optimal, the rounded objective entry; when unbounded, the entering column. */
export type SimplexOutcome = readonly ['optimal', number] | readonly ['unbounded', number] | readonly ['infeasible' | 'cycled', number];

/**
 * A zero tableau of the given size with every variable at its own position.
 * Plain arrays, not typed ones: V8 allocates typed arrays above 64 bytes
 * outside its heap, which cost more than the whole solve of a small programme.
 */
export function emptyTableau(width: number, height: number): Tableau {
  const numVars = width + height;
  const positionOfVariable = new Array<number>(numVars);
  const variableAtPosition = new Array<number>(numVars);
  for (let i = 0; i < numVars; i++) {
    positionOfVariable[i] = i;
    variableAtPosition[i] = i;
  }
  const size = width * height;
  const matrix = new Array<number>(size);
  for (let i = 0; i < size; i++) matrix[i] = 0;
  return { matrix, width, height, positionOfVariable, variableAtPosition };
}

/** YALPS' rounding of results to `precision` (util.ts), kept operation for operation. */
export function roundToPrecision(num: number, precision: number): number {
  const rounding = Math.round(1 / precision);
  return Math.round((num + Number.EPSILON) * rounding) / rounding;
}

function pivot(t: Tableau, row: number, col: number, nonZero: number[]): void {
  const m = t.matrix;
  const w = t.width;
  const rowStart = Math.imul(row, w);
  const quotient = m[rowStart + col]!;
  const leaving = t.variableAtPosition[w + row]!;
  const entering = t.variableAtPosition[col]!;
  t.variableAtPosition[w + row] = entering;
  t.variableAtPosition[col] = leaving;
  t.positionOfVariable[leaving] = col;
  t.positionOfVariable[entering] = w + row;
  let count = 0;
  for (let c = 0; c < w; c++) {
    const value = m[rowStart + c]!;
    if (Math.abs(value) > 1e-16) {
      m[rowStart + c] = value / quotient;
      nonZero[count++] = c;
    } else {
      m[rowStart + c] = 0;
    }
  }
  m[rowStart + col] = 1 / quotient;
  for (let r = 0; r < t.height; r++) {
    if (r === row) continue;
    const start = Math.imul(r, w);
    const coef = m[start + col]!;
    if (Math.abs(coef) > 1e-16) {
      for (let i = 0; i < count; i++) {
        const c = nonZero[i]!;
        m[start + c] = m[start + c]! - coef * m[rowStart + c]!;
      }
      m[start + col] = -coef / quotient;
    }
  }
}

function phase2(t: Tableau, precision: number, maxPivots: number, nonZero: number[]): SimplexOutcome {
  const m = t.matrix;
  const w = t.width;
  for (let iter = 0; iter < maxPivots; iter++) {
    let col = 0;
    let value = precision;
    for (let c = 1; c < w; c++) {
      const reducedCost = m[c]!;
      if (reducedCost > value) {
        value = reducedCost;
        col = c;
      }
    }
    if (col === 0) return ['optimal', roundToPrecision(m[0]!, precision)];
    let row = 0;
    let minRatio = Infinity;
    for (let r = 1; r < t.height; r++) {
      const start = Math.imul(r, w);
      const v = m[start + col]!;
      if (v <= precision) continue;
      const ratio = m[start]! / v;
      if (ratio < minRatio) {
        row = r;
        minRatio = ratio;
        if (ratio <= precision) break;
      }
    }
    if (row === 0) return ['unbounded', col];
    pivot(t, row, col, nonZero);
  }
  return ['cycled', NaN];
}

/**
 * Runs YALPS' phase 1 (restoring feasibility) and phase 2 (optimising) on
 * the tableau in place, with at most `maxPivots` pivots in each.
 */
export function runSimplex(t: Tableau, precision: number, maxPivots: number): SimplexOutcome {
  const m = t.matrix;
  const w = t.width;
  const nonZero = new Array<number>(w).fill(0);
  for (let iter = 0; iter < maxPivots; iter++) {
    let row = 0;
    let rhs = -precision;
    for (let r = 1; r < t.height; r++) {
      const value = m[Math.imul(r, w)]!;
      if (value < rhs) {
        rhs = value;
        row = r;
      }
    }
    if (row === 0) return phase2(t, precision, maxPivots, nonZero);
    const rowStart = Math.imul(row, w);
    let col = 0;
    let maxRatio = -Infinity;
    for (let c = 1; c < w; c++) {
      const coefficient = m[rowStart + c]!;
      if (coefficient < -precision) {
        const ratio = -m[c]! / coefficient;
        if (ratio > maxRatio) {
          maxRatio = ratio;
          col = c;
        }
      }
    }
    if (col === 0) return ['infeasible', NaN];
    pivot(t, row, col, nonZero);
  }
  return ['cycled', NaN];
}
