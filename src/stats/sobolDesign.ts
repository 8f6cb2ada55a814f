/**
 * Saltelli's design for Sobol' indices (Saltelli 2002; Saltelli et al.
 * 2010, Comput. Phys. Commun. 181:259-270): two independent matrices A and
 * B of `n` rows, taken as the first and last `dims` columns of a
 * `2 dims`-dimensional Sobol' sequence, and for each input i the matrix
 * AB_i, which is A with column i taken from B.
 */
import seedrandom from 'seedrandom';
import { SOBOL_MAX_DIMS, sobolSequence } from './sobolSequence.ts';

/** Options of a Sobol' design. */
export interface SobolDesignOptions {
  /** Number of inputs. */
  dims: number;
  /** Rows of A and B (a power of two keeps the sequence balanced). */
  n: number;
  /** Seed of the random digital shift of the sequence. */
  seed: string | number;
}

/** Most inputs a Sobol' design may have (two sequence dimensions each). */
export const SOBOL_DESIGN_MAX_DIMS = Math.floor(SOBOL_MAX_DIMS / 2);

/**
 * A Saltelli design. The sequence is randomised by a digital shift drawn
 * from the seed (each coordinate's bits XOR-ed with a random 32-bit word), so
 * different seeds give independent replicates and no point sits on the
 * cube's corner.
 * @returns `n × (dims + 2)` points in [0, 1)^dims: A (n rows), B (n rows), then AB_1 ... AB_dims
 * @throws RangeError for bad options
 */
export function sobolDesign(options: SobolDesignOptions): number[][] {
  const { dims, n, seed } = options;
  if (!Number.isInteger(dims) || dims < 1 || dims > SOBOL_DESIGN_MAX_DIMS) throw new RangeError(`Sobol' design: dims ${dims}: expected a whole number from 1 to ${SOBOL_DESIGN_MAX_DIMS}`);
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`Sobol' design: n ${n}: expected a whole number of at least 2`);
  const random = seedrandom.alea(`icsim-sobol|${seed}`);
  const shift = Array.from({ length: 2 * dims }, () => Math.floor(random() * 2 ** 32));
  const seq = sobolSequence(n, 2 * dims, shift);
  const a = seq.map((p) => p.slice(0, dims));
  const b = seq.map((p) => p.slice(dims));
  const out: number[][] = [...a, ...b];
  for (let i = 0; i < dims; i++) {
    for (let r = 0; r < n; r++) {
      const row = a[r]!.slice();
      row[i] = b[r]![i]!;
      out.push(row);
    }
  }
  return out;
}
