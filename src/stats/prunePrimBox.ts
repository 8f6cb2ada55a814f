/**
 * Dropping the limits of a PRIM box that do not matter: while some limit's
 * quasi-p-value exceeds `alpha`, the weakest one (largest value; ties: the
 * first input, lower before upper) is reset to the input's range, and the
 * box's statistics and remaining quasi-p-values are computed again. This is
 * what an analyst does by hand with EMA Workbench's `drop_restriction`
 * (Bryant and Lempert 2010 keep only limits that pass such a test); with few
 * points and many inputs, peeling restricts inputs that only fit noise, and
 * this leaves the limits the data support.
 */
import { binomialUpperTail } from './binomialUpperTail.ts';
import type { PrimBox, PrimResult } from './prim.ts';

/** Options of `prunePrimBox`. */
export interface PruneOptions {
  /** A limit is kept while its quasi-p-value is at most this (default 0.05). */
  alpha?: number;
}

/** The statistics of the box with limits `lo`, `hi` over the data. */
export function primBoxAt(x: readonly (readonly number[])[], y: readonly boolean[], range: PrimResult['range'], lo: number[], hi: number[], step: PrimBox['step']): PrimBox {
  const d = lo.length;
  const restricted: number[] = [];
  for (let j = 0; j < d; j++) if (lo[j] !== range.lo[j] || hi[j] !== range.hi[j]) restricted.push(j);
  const total = y.reduce((a, b) => a + (b ? 1 : 0), 0);
  const count = (l: readonly number[], h: readonly number[]) => {
    let n = 0;
    let k = 0;
    x.forEach((row, i) => {
      for (const j of restricted) if (row[j]! < l[j]! || row[j]! > h[j]!) return;
      n++;
      if (y[i]) k++;
    });
    return { n, k };
  };
  const { n, k } = count(lo, hi);
  const quasiP: PrimBox['quasiP'] = Array.from({ length: d }, () => ({ lo: null, hi: null }));
  for (const j of restricted) {
    if (lo[j] !== range.lo[j]) {
      const c = count(lo.map((v, t) => (t === j ? range.lo[j]! : v)), hi);
      quasiP[j]!.lo = binomialUpperTail(k, n, c.k / c.n);
    }
    if (hi[j] !== range.hi[j]) {
      const c = count(lo, hi.map((v, t) => (t === j ? range.hi[j]! : v)));
      quasiP[j]!.hi = binomialUpperTail(k, n, c.k / c.n);
    }
  }
  return { lo, hi, coverage: k / Math.max(total, 1), density: n ? k / n : 0, mass: n / y.length, restricted, n, k, step, quasiP };
}

/**
 * The box `result.trajectory[index]` with its weak limits dropped one at a time.
 * @param x, y the data `result` was computed from
 */
export function prunePrimBox(x: readonly (readonly number[])[], y: readonly boolean[], result: PrimResult, index: number, options: PruneOptions = {}): PrimBox {
  const alpha = options.alpha ?? 0.05;
  const start = result.trajectory[index];
  if (!start) throw new RangeError(`prunePrimBox: no box ${index} (the trajectory has ${result.trajectory.length})`);
  let box = start;
  for (;;) {
    let worst: { j: number; side: 'lo' | 'hi'; p: number } | undefined;
    for (const j of box.restricted) {
      for (const side of ['lo', 'hi'] as const) {
        const p = box.quasiP[j]![side];
        if (p !== null && p > alpha && (!worst || p > worst.p)) worst = { j, side, p };
      }
    }
    if (!worst) return box;
    const lo = [...box.lo];
    const hi = [...box.hi];
    if (worst.side === 'lo') lo[worst.j] = result.range.lo[worst.j]!;
    else hi[worst.j] = result.range.hi[worst.j]!;
    box = primBoxAt(x, y, result.range, lo, hi, box.step);
  }
}
