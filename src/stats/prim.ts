/**
 * PRIM, the patient rule induction method (Friedman and Fisher 1999,
 * Statistics and Computing 9:123-143), as scenario discovery uses it (Bryant
 * and Lempert 2010, Technol. Forecast. Soc. Change 77:34-49; Kwakkel 2017,
 * Environ. Model. Softw. 96:239-250, whose EMA Workbench `prim` this follows
 * so that the two give the same trajectory on the same data):
 *
 * - Peeling: from the box around all the data, each step considers cutting
 *   the share `peelAlpha` of the points in the box off the bottom or the top
 *   of one input, and takes the cut that raises the share of cases of
 *   interest most per point removed (EMA Workbench's default "lenient1"
 *   objective); ties go to the cut that leaves more inputs unrestricted, then
 *   to the first input. Peeling stops when no cut raises that share or the
 *   box would hold less than `minMass` of the data.
 * - Pasting: the last box is then widened again along its restricted inputs,
 *   each step by the share `pasteAlpha` of the points beyond a limit, while
 *   that raises the share of cases of interest.
 * - Each box's restrictions are tested: for each limit, a one-sided binomial
 *   test of the box's cases of interest against the share in the box with
 *   that limit dropped (the quasi-p-value). A large value means the limit
 *   does little and could be dropped.
 *
 * Inputs are treated as real numbers (EMA Workbench peels integer inputs by
 * whole values and categorical ones by category; neither is done here).
 */
import { binomialUpperTail } from './binomialUpperTail.ts';

/** Options of `prim`. The defaults are EMA Workbench's. */
export interface PrimOptions {
  /** Share of the box's points each peel removes (default 0.05). */
  peelAlpha?: number;
  /** Share of the points beyond a limit each paste adds (default 0.05). */
  pasteAlpha?: number;
  /** Smallest share of all points a box may hold (default 0.05). */
  minMass?: number;
  /** Names of the inputs, for messages and for `formatBox` (default x0, x1, ...). */
  names?: string[];
}

/** One box on the trajectory. */
export interface PrimBox {
  /** Lower and upper limit on every input (the data's range where unrestricted). */
  lo: number[];
  hi: number[];
  /** Share of all cases of interest that lie in the box. */
  coverage: number;
  /** Share of the box's points that are cases of interest. */
  density: number;
  /** Share of all points that lie in the box. */
  mass: number;
  /** Indices of the inputs whose limits differ from the data's range, in input order. */
  restricted: number[];
  /** Points in the box, and cases of interest among them. */
  n: number;
  k: number;
  /** How the box was reached. */
  step: 'start' | 'peel' | 'paste';
  /**
   * Quasi-p-value of each input's lower and upper limit (null where the limit
   * is not restricted): the chance of at least `k` cases of interest among
   * `n` points drawn at the share found in the box with that limit dropped.
   */
  quasiP: Array<{ lo: number | null; hi: number | null }>;
}

/** The result of `prim`. */
export interface PrimResult {
  /** The boxes of the peeling trajectory, then of pasting; box 0 holds all the data. */
  trajectory: PrimBox[];
  /** Names of the inputs. */
  names: string[];
  /** The range of each input over all the data (box 0). */
  range: { lo: number[]; hi: number[] };
  /** Points and cases of interest in all the data. */
  n: number;
  k: number;
}

/**
 * The quantile PRIM peels at, as in sdtoolkit and EMA Workbench: the midpoint
 * between the two data values around position (m - 1) q of the sorted data,
 * moved outwards past ties (down for an upper quantile, up for a lower one),
 * so that a cut falls between distinct values.
 */
export function primQuantile(sorted: Float64Array | readonly number[], q: number): number {
  const m = sorted.length;
  const at = (m - 1) * q;
  let a = Math.floor(at);
  let b = Math.ceil(at);
  if (q > 0.5) {
    while (sorted[a] === sorted[b] && a > 0) a--;
  } else {
    while (sorted[a] === sorted[b] && b < m - 1) b++;
  }
  return (sorted[a]! + sorted[b]!) / 2;
}

function checkFraction(name: string, v: number, lo: number, hi: number): number {
  if (!(v > lo && v < hi)) throw new RangeError(`prim: ${name} must lie strictly between ${lo} and ${hi}; got ${v}`);
  return v;
}

/**
 * Runs PRIM on inputs `x` (one row per point) and the 0/1 outcome `y`.
 * @returns the trajectory of boxes, each with its limits, coverage, density, mass and restriction tests
 * @throws RangeError when the shapes disagree, an input is not a finite number, or an option is out of range
 */
export function prim(x: readonly (readonly number[])[], y: readonly boolean[], options: PrimOptions = {}): PrimResult {
  const peelAlpha = checkFraction('peelAlpha', options.peelAlpha ?? 0.05, 0, 0.5);
  const pasteAlpha = checkFraction('pasteAlpha', options.pasteAlpha ?? 0.05, 0, 0.5);
  const minMass = checkFraction('minMass', options.minMass ?? 0.05, 0, 1);
  const N = x.length;
  if (N === 0) throw new RangeError('prim: no data points');
  if (y.length !== N) throw new RangeError(`prim: ${N} rows of inputs but ${y.length} outcomes`);
  const d = x[0]!.length;
  const names = options.names ?? Array.from({ length: d }, (_, j) => `x${j}`);
  if (names.length !== d) throw new RangeError(`prim: ${d} inputs but ${names.length} names`);
  // Column-major copies: every step reads whole columns.
  const cols: Float64Array[] = Array.from({ length: d }, () => new Float64Array(N));
  for (let i = 0; i < N; i++) {
    const row = x[i]!;
    if (row.length !== d) throw new RangeError(`prim: row ${i} has ${row.length} inputs, row 0 has ${d}`);
    for (let j = 0; j < d; j++) {
      const v = row[j]!;
      if (!Number.isFinite(v)) throw new RangeError(`prim: input ${names[j]} of row ${i} is ${v}, not a finite number`);
      cols[j]![i] = v;
    }
  }
  const interest = Uint8Array.from(y, (v) => (v ? 1 : 0));
  let K = 0;
  for (let i = 0; i < N; i++) K += interest[i]!;

  const initLo = cols.map((c) => c.reduce((a, b) => Math.min(a, b), Infinity));
  const initHi = cols.map((c) => c.reduce((a, b) => Math.max(a, b), -Infinity));
  const restrictedOf = (lo: readonly number[], hi: readonly number[]) => {
    const r: number[] = [];
    for (let j = 0; j < d; j++) if (lo[j] !== initLo[j] || hi[j] !== initHi[j]) r.push(j);
    return r;
  };
  const countIn = (idx: ArrayLike<number>) => {
    let k = 0;
    for (let t = 0; t < idx.length; t++) k += interest[idx[t]!]!;
    return k;
  };
  // Points of all the data inside limits, checking only the inputs `dims`.
  const inBox = (lo: readonly number[], hi: readonly number[], dims: readonly number[]): number[] => {
    const out: number[] = [];
    for (let i = 0; i < N; i++) {
      let inside = true;
      for (const j of dims) {
        const v = cols[j]![i]!;
        if (v < lo[j]! || v > hi[j]!) {
          inside = false;
          break;
        }
      }
      if (inside) out.push(i);
    }
    return out;
  };
  // EMA Workbench's "lenient1" objective: the change in the share of cases of interest per point moved.
  const objective = (nOld: number, kOld: number, nNew: number, kNew: number) => {
    const meanOld = kOld / nOld;
    const meanNew = nNew > 0 ? kNew / nNew : 0;
    if (meanOld === meanNew) return 0;
    return (meanNew - meanOld) / Math.abs(nOld - nNew);
  };

  const trajectory: PrimBox[] = [];
  const push = (lo: number[], hi: number[], idx: number[], step: PrimBox['step']) => {
    const n = idx.length;
    const k = countIn(idx);
    const restricted = restrictedOf(lo, hi);
    trajectory.push({ lo, hi, coverage: k / Math.max(K, 1), density: n ? k / n : 0, mass: n / N, restricted, n, k, step, quasiP: quasiP(lo, hi, restricted, n, k) });
  };
  const quasiP = (lo: number[], hi: number[], restricted: number[], n: number, k: number): PrimBox['quasiP'] => {
    const out: PrimBox['quasiP'] = Array.from({ length: d }, () => ({ lo: null, hi: null }));
    for (const j of restricted) {
      for (const side of ['lo', 'hi'] as const) {
        const limit = side === 'lo' ? lo[j] : hi[j];
        const whole = side === 'lo' ? initLo[j] : initHi[j];
        if (limit === whole) continue;
        const lo2 = side === 'lo' ? lo.map((v, t) => (t === j ? whole! : v)) : lo;
        const hi2 = side === 'hi' ? hi.map((v, t) => (t === j ? whole! : v)) : hi;
        const idx = inBox(lo2, hi2, restricted);
        const p = countIn(idx) / idx.length;
        out[j]![side] = binomialUpperTail(k, n, p);
      }
    }
    return out;
  };

  interface Candidate {
    lo: number[];
    hi: number[];
    idx: number[];
    k: number;
    score: number;
    free: number;
  }
  // The best candidate: the highest score, then the most unrestricted inputs, then the first.
  const best = (cands: Candidate[]) => {
    let top: Candidate | undefined;
    for (const c of cands) if (!top || c.score > top.score || (c.score === top.score && c.free > top.free)) top = c;
    return top;
  };

  // Peeling.
  let lo = [...initLo];
  let hi = [...initHi];
  let idx = Array.from({ length: N }, (_, i) => i);
  push(lo, hi, idx, 'start');
  for (;;) {
    const kOld = countIn(idx);
    const cands: Candidate[] = [];
    const sorted = new Float64Array(idx.length);
    for (let j = 0; j < d; j++) {
      const col = cols[j]!;
      for (let t = 0; t < idx.length; t++) sorted[t] = col[idx[t]!]!;
      sorted.sort();
      for (const side of ['hi', 'lo'] as const) {
        const cut = primQuantile(sorted, side === 'hi' ? 1 - peelAlpha : peelAlpha);
        const kept = idx.filter((i) => (side === 'hi' ? col[i]! <= cut : col[i]! >= cut));
        const lo2 = side === 'lo' ? lo.map((v, t) => (t === j ? cut : v)) : [...lo];
        const hi2 = side === 'hi' ? hi.map((v, t) => (t === j ? cut : v)) : [...hi];
        const k = countIn(kept);
        cands.push({ lo: lo2, hi: hi2, idx: kept, k, score: objective(idx.length, kOld, kept.length, k), free: d - restrictedOf(lo2, hi2).length });
      }
    }
    const c = best(cands);
    if (!c || c.idx.length / N < minMass || c.idx.length >= idx.length || !(c.score > 0)) break;
    lo = c.lo;
    hi = c.hi;
    idx = c.idx;
    push(lo, hi, idx, 'peel');
  }

  // Pasting.
  for (;;) {
    const kOld = countIn(idx);
    const restricted = restrictedOf(lo, hi);
    const cands: Candidate[] = [];
    for (const j of restricted) {
      const col = cols[j]!;
      for (const side of ['lo', 'hi'] as const) {
        // The points beyond this limit that satisfy every other limit.
        const bandLo = side === 'lo' ? lo.map((v, t) => (t === j ? initLo[j]! : v)) : lo.map((v, t) => (t === j ? hi[j]! : v));
        const bandHi = side === 'lo' ? hi.map((v, t) => (t === j ? lo[j]! : v)) : hi.map((v, t) => (t === j ? initHi[j]! : v));
        const band = inBox(bandLo, bandHi, restricted).map((i) => col[i]!);
        let limit = side === 'lo' ? initLo[j]! : initHi[j]!;
        if (band.length) limit = primQuantile(Float64Array.from(band).sort(), side === 'lo' ? 1 - pasteAlpha : pasteAlpha);
        const lo2 = side === 'lo' ? lo.map((v, t) => (t === j ? limit : v)) : [...lo];
        const hi2 = side === 'hi' ? hi.map((v, t) => (t === j ? limit : v)) : [...hi];
        const grown = inBox(lo2, hi2, restricted);
        const k = countIn(grown);
        cands.push({ lo: lo2, hi: hi2, idx: grown, k, score: objective(idx.length, kOld, grown.length, k), free: d - restrictedOf(lo2, hi2).length });
      }
    }
    const c = best(cands);
    if (!c || c.idx.length / N < minMass || c.idx.length <= idx.length || !(c.score > 0) || !(c.k / c.idx.length > kOld / idx.length)) break;
    lo = c.lo;
    hi = c.hi;
    idx = c.idx;
    push(lo, hi, idx, 'paste');
  }
  return { trajectory, names, range: { lo: initLo, hi: initHi }, n: N, k: K };
}
