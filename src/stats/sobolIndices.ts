/**
 * First-order and total Sobol' indices from a Saltelli design
 * (`sobolDesign`): S1 by Saltelli et al. (2010, Comput. Phys. Commun.
 * 181:259-270, table 2 (b)), ST by Jansen (1999, Comput. Phys. Commun.
 * 117:35-43), both divided by the variance of the outputs of A and B
 * together, with bootstrap half-widths over the n rows. Outputs are centred
 * on their mean first, as SALib does, since the S1 estimator is far noisier
 * for outputs far from zero.
 */
import { bootstrapHalfWidths, type BootstrapOptions } from './bootstrap.ts';

/** Options of a Sobol' analysis. */
export interface SobolIndicesOptions extends Omit<BootstrapOptions, 'level'> {
  dims: number;
  n: number;
}

/** The Sobol' indices, one entry per input. */
export interface SobolIndices {
  S1: number[];
  ST: number[];
  /** 95% bootstrap half-widths. */
  S1Conf: number[];
  STConf: number[];
}

/** S1 and ST of every input for the rows `rows` (indices into 0..n-1). */
function estimate(y: readonly number[], dims: number, n: number, rows: ArrayLike<number>): { s1: number[]; st: number[] } {
  const m = rows.length;
  let sum = 0;
  let sq = 0;
  for (let k = 0; k < m; k++) {
    const r = rows[k]!;
    const a = y[r]!;
    const b = y[n + r]!;
    sum += a + b;
    sq += a * a + b * b;
  }
  const mean = sum / (2 * m);
  const variance = sq / (2 * m) - mean * mean;
  const s1: number[] = [];
  const st: number[] = [];
  for (let i = 0; i < dims; i++) {
    const off = (2 + i) * n;
    let first = 0;
    let total = 0;
    for (let k = 0; k < m; k++) {
      const r = rows[k]!;
      const a = y[r]!;
      const b = y[n + r]!;
      const ab = y[off + r]!;
      first += b * (ab - a);
      total += (a - ab) ** 2;
    }
    s1.push(first / m / variance);
    st.push(total / (2 * m) / variance);
  }
  return { s1, st };
}

/**
 * The Sobol' indices of a design and its outputs.
 * @throws RangeError when the sizes do not match, or an output is not a finite number
 */
export function sobolIndices(design: readonly (readonly number[])[], y: readonly number[], options: SobolIndicesOptions): SobolIndices {
  const { dims, n } = options;
  if (!Number.isInteger(dims) || dims < 1) throw new RangeError(`Sobol': dims ${dims}: expected a whole number of at least 1`);
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`Sobol': n ${n}: expected a whole number of at least 2`);
  const rows = n * (dims + 2);
  if (design.length !== rows) throw new RangeError(`Sobol': the design has ${design.length} points; n × (dims + 2) = ${rows}`);
  if (y.length !== rows) throw new RangeError(`Sobol': ${y.length} outputs for ${rows} design points`);
  const bad = y.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) throw new RangeError(`Sobol': output ${bad} is ${y[bad]}, not a finite number`);
  // Centre the outputs: the S1 estimator's variance grows with the square of the outputs' mean
  // (SALib centres and scales likewise; the indices themselves do not depend on it).
  const mean = y.reduce((s, v) => s + v, 0) / y.length;
  const yc = y.map((v) => v - mean);
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const { s1, st } = estimate(yc, dims, n, all);
  const conf = bootstrapHalfWidths(
    n,
    (idx) => {
      const e = estimate(yc, dims, n, idx);
      return [...e.s1, ...e.st];
    },
    options,
  );
  return { S1: s1, ST: st, S1Conf: conf.slice(0, dims), STConf: conf.slice(dims) };
}
