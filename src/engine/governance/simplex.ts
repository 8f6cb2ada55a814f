/**
 * The two-phase dense tableau simplex of YALPS 0.6.4 (Ian Manske, MIT licence,
 * https://github.com/IanManske/YALPS, src/simplex.ts), written again over a
 * flat Float64Array so that small programmes need no string-keyed model.
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

/** A tableau in YALPS' layout (row-major, `width` columns); the arrays may be longer than it needs. */
export interface Tableau {
  matrix: Float64Array;
  width: number;
  height: number;
  positionOfVariable: Int32Array;
  variableAtPosition: Int32Array;
}

/** Outcome of {@link runSimplex}: the status and, when optimal, the rounded objective entry; when unbounded, the entering column. */
export type SimplexOutcome = readonly ['optimal', number] | readonly ['unbounded', number] | readonly ['infeasible' | 'cycled', number];

/**
 * One tableau reused by every solve (solves are synchronous and never
 * nested): V8 allocates typed arrays above 64 bytes outside its heap, and a
 * fresh one per solve cost more than the solve itself. {@link resetTableau}
 * zeroes what a solve uses, so nothing carries over from one solve to the next.
 */
const scratch: Tableau = { matrix: new Float64Array(256), width: 0, height: 0, positionOfVariable: new Int32Array(64), variableAtPosition: new Int32Array(64) };
const nonZero = { columns: new Int32Array(16) };
/** How many tableaux {@link resetTableau} has handed out: tells whether the shared one still holds a given solve. */
let stamp = 0;

/** The shared tableau's current stamp: it changes whenever another programme is set up in it. */
export function tableauStamp(): number {
  return stamp;
}

/** Grows the shared tableau's arrays (contents not kept) to hold width x height. */
function fitScratch(width: number, height: number): void {
  const size = width * height;
  const numVars = width + height;
  if (scratch.matrix.length < size) scratch.matrix = new Float64Array(Math.max(size, 2 * scratch.matrix.length));
  if (scratch.positionOfVariable.length < numVars) {
    const len = Math.max(numVars, 2 * scratch.positionOfVariable.length);
    scratch.positionOfVariable = new Int32Array(len);
    scratch.variableAtPosition = new Int32Array(len);
  }
  if (nonZero.columns.length < width) nonZero.columns = new Int32Array(Math.max(width, 2 * nonZero.columns.length));
}

/** The shared tableau, zeroed, sized width x height, with every variable at its own position. */
export function resetTableau(width: number, height: number): Tableau {
  const size = width * height;
  const numVars = width + height;
  fitScratch(width, height);
  scratch.matrix.fill(0, 0, size);
  for (let i = 0; i < numVars; i++) {
    scratch.positionOfVariable[i] = i;
    scratch.variableAtPosition[i] = i;
  }
  scratch.width = width;
  scratch.height = height;
  stamp++;
  return scratch;
}

/**
 * Turns the shared tableau, left at an optimal basis by the last solve, into
 * the tableau of a second programme over the same variables at the same
 * basis: one more row, `coef . x >= lower` (over the structural variables),
 * and a new objective, `objective . x` to be maximised. Both are written in terms
 * of the basis's nonbasic variables (each basic structural variable replaced
 * by its row), so {@link runSimplex} can go on from that basis: a programme
 * that keeps the first's constraints and adds one its optimum nearly meets
 * needs a few pivots instead of a fresh start. The tableau is left in the
 * same layout as one built from scratch, with the new row last.
 */
export function extendOptimalTableau(coef: ArrayLike<number>, lower: number, objective: ArrayLike<number>): Tableau {
  const t = scratch;
  const w = t.width;
  const h = t.height;
  const size = (h + 1) * w;
  if (t.matrix.length < size) {
    const grown = new Float64Array(Math.max(size, 2 * t.matrix.length));
    grown.set(t.matrix.subarray(0, h * w));
    t.matrix = grown;
  }
  if (t.positionOfVariable.length < w + h + 1) {
    const len = Math.max(w + h + 1, 2 * t.positionOfVariable.length);
    const pos = new Int32Array(len);
    const at = new Int32Array(len);
    pos.set(t.positionOfVariable.subarray(0, w + h));
    at.set(t.variableAtPosition.subarray(0, w + h));
    t.positionOfVariable = pos;
    t.variableAtPosition = at;
  }
  const m = t.matrix;
  const row = h * w;
  m.fill(0, row, row + w);
  // Written as YALPS writes a lower bound: -coef . x <= -lower (a zero coefficient stays 0, not -0).
  const negated = (a: number) => (a === 0 ? 0 : -a);
  m[row] = -lower;
  m.fill(0, 0, w);
  for (let c = 1; c < w; c++) {
    const v = t.variableAtPosition[c]!;
    if (v >= 1 && v < w) {
      m[row + c] = negated(coef[v - 1]!);
      m[c] = objective[v - 1]!;
    }
  }
  for (let s = 1; s < w; s++) {
    const position = t.positionOfVariable[s]!;
    if (position < w) continue;
    const a = negated(coef[s - 1]!);
    const d = objective[s - 1]!;
    if (a === 0 && d === 0) continue;
    const start = (position - w) * w;
    for (let c = 0; c < w; c++) {
      const x = m[start + c]!;
      if (x === 0) continue;
      m[row + c] = m[row + c]! - a * x;
      m[c] = m[c]! - d * x;
    }
  }
  t.positionOfVariable[w + h] = w + h;
  t.variableAtPosition[w + h] = w + h;
  t.height = h + 1;
  stamp++;
  return t;
}

/**
 * A copy of the shared tableau as a solve left it (an optimal basis), to go on from later with other
 * right-hand sides ({@link loadTableau}). Reused in place by {@link saveTableau}: typed arrays live
 * outside V8's heap and a fresh one per solve would cost more than the solve.
 */
export interface SavedTableau {
  matrix: Float64Array;
  width: number;
  height: number;
  positionOfVariable: Int32Array;
  variableAtPosition: Int32Array;
}

/** Copies the shared tableau into `into` (grown if it is too small), or into a new copy. */
export function saveTableau(into?: SavedTableau): SavedTableau {
  const t = scratch;
  const size = t.width * t.height;
  const vars = t.width + t.height;
  const out = into ?? { matrix: new Float64Array(size), width: 0, height: 0, positionOfVariable: new Int32Array(vars), variableAtPosition: new Int32Array(vars) };
  if (out.matrix.length < size) out.matrix = new Float64Array(size);
  if (out.positionOfVariable.length < vars) {
    out.positionOfVariable = new Int32Array(vars);
    out.variableAtPosition = new Int32Array(vars);
  }
  // Loops rather than set(subarray()): a subarray is an object per call, and these copies are small.
  const from = t.matrix;
  const to = out.matrix;
  for (let i = 0; i < size; i++) to[i] = from[i]!;
  for (let i = 0; i < vars; i++) {
    out.positionOfVariable[i] = t.positionOfVariable[i]!;
    out.variableAtPosition[i] = t.variableAtPosition[i]!;
  }
  out.width = t.width;
  out.height = t.height;
  return out;
}

/** Makes the shared tableau a copy of `saved` (a new stamp, as {@link resetTableau} gives). */
export function loadTableau(saved: SavedTableau): Tableau {
  const w = saved.width;
  const h = saved.height;
  const size = w * h;
  const vars = w + h;
  fitScratch(w, h);
  const from = saved.matrix;
  const to = scratch.matrix;
  for (let i = 0; i < size; i++) to[i] = from[i]!;
  for (let i = 0; i < vars; i++) {
    scratch.positionOfVariable[i] = saved.positionOfVariable[i]!;
    scratch.variableAtPosition[i] = saved.variableAtPosition[i]!;
  }
  scratch.width = w;
  scratch.height = h;
  stamp++;
  return scratch;
}

/** Marks the shared tableau as holding no programme a caller may go on from (a new stamp). */
export function retireTableau(): void {
  stamp++;
}

/** Pivots made by every solve so far (a counter for callers that chain solves from saved tableaux). */
export function pivotCount(): number {
  return pivots;
}
let pivots = 0;

/** YALPS' rounding of results to `precision` (util.ts), kept operation for operation. */
export function roundToPrecision(num: number, precision: number): number {
  const rounding = Math.round(1 / precision);
  return Math.round((num + Number.EPSILON) * rounding) / rounding;
}

function pivot(t: Tableau, row: number, col: number): void {
  pivots++;
  const m = t.matrix;
  const w = t.width;
  const h = t.height;
  const nz = nonZero.columns;
  const rowStart = row * w;
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
      nz[count++] = c;
    } else {
      m[rowStart + c] = 0;
    }
  }
  m[rowStart + col] = 1 / quotient;
  for (let r = 0; r < h; r++) {
    if (r === row) continue;
    const start = r * w;
    const coef = m[start + col]!;
    if (Math.abs(coef) > 1e-16) {
      for (let i = 0; i < count; i++) {
        const c = nz[i]!;
        m[start + c] = m[start + c]! - coef * m[rowStart + c]!;
      }
      m[start + col] = -coef / quotient;
    }
  }
}

function phase2(t: Tableau, precision: number, maxPivots: number, pivotTolerance: number): SimplexOutcome {
  const m = t.matrix;
  const w = t.width;
  const h = t.height;
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
    for (let r = 1; r < h; r++) {
      const start = r * w;
      const v = m[start + col]!;
      if (v <= pivotTolerance) continue;
      const ratio = m[start]! / v;
      if (ratio < minRatio) {
        row = r;
        minRatio = ratio;
        if (ratio <= precision) break;
      }
    }
    if (row === 0) return ['unbounded', col];
    pivot(t, row, col);
  }
  return ['cycled', NaN];
}

/**
 * Runs YALPS' phase 1 (restoring feasibility) and phase 2 (optimising) on
 * the tableau in place, with at most `maxPivots` pivots in each. A pivot
 * element must exceed `pivotTolerance` in size: YALPS takes `precision`
 * (the default, bit for bit); a larger one keeps small pivots, which can
 * cost the answer many digits, out (see linearProgram.ts `STRICT_PIVOT`).
 */
export function runSimplex(t: Tableau, precision: number, maxPivots: number, pivotTolerance = precision): SimplexOutcome {
  const m = t.matrix;
  const w = t.width;
  const h = t.height;
  for (let iter = 0; iter < maxPivots; iter++) {
    let row = 0;
    let rhs = -precision;
    for (let r = 1; r < h; r++) {
      const value = m[r * w]!;
      if (value < rhs) {
        rhs = value;
        row = r;
      }
    }
    if (row === 0) return phase2(t, precision, maxPivots, pivotTolerance);
    const rowStart = row * w;
    let col = 0;
    let maxRatio = -Infinity;
    for (let c = 1; c < w; c++) {
      const coefficient = m[rowStart + c]!;
      if (coefficient < -pivotTolerance) {
        const ratio = -m[c]! / coefficient;
        if (ratio > maxRatio) {
          maxRatio = ratio;
          col = c;
        }
      }
    }
    if (col === 0) return ['infeasible', NaN];
    pivot(t, row, col);
  }
  return ['cycled', NaN];
}
