/**
 * The Sobol' low-discrepancy sequence in base 2, generated in Gray-code
 * order (Antonov and Saleev 1979) with Joe and Kuo's direction numbers
 * (`sobolDirections.ts`), as in their reference generator `sobol.cc`.
 * Points are 32-bit binary fractions; point 0 is the origin.
 */
import { SOBOL_DIRECTIONS } from './sobolDirections.ts';

/** Bits of each coordinate. */
const BITS = 32;

/** Most dimensions the bundled direction numbers support. */
export const SOBOL_MAX_DIMS = SOBOL_DIRECTIONS.length + 1;

/**
 * The direction numbers V[1..32] of dimension `d` (from 0), each scaled to
 * 32 bits (Bratley and Fox 1988, algorithm 659; Joe and Kuo 2008).
 */
function directionNumbers(d: number): Uint32Array {
  const v = new Uint32Array(BITS + 1);
  if (d === 0) {
    for (let j = 1; j <= BITS; j++) v[j] = 2 ** (BITS - j);
    return v;
  }
  const entry = SOBOL_DIRECTIONS[d - 1]!;
  const a = entry[0]!;
  const s = entry.length - 1;
  for (let j = 1; j <= Math.min(s, BITS); j++) v[j] = entry[j]! * 2 ** (BITS - j);
  for (let j = s + 1; j <= BITS; j++) {
    let x = (v[j - s]! ^ (v[j - s]! >>> s)) >>> 0;
    for (let k = 1; k < s; k++) if ((a >>> (s - 1 - k)) & 1) x = (x ^ v[j - k]!) >>> 0;
    v[j] = x;
  }
  return v;
}

/** The position (from 1) of the lowest zero bit of `i`. */
function lowestZeroBit(i: number): number {
  let c = 1;
  let x = i;
  while (x & 1) {
    x = Math.floor(x / 2);
    c++;
  }
  return c;
}

/**
 * The first `n` points of the `dims`-dimensional Sobol' sequence, each
 * coordinate XOR-ed with the 32-bit `shift` of its dimension when one is given
 * (a random digital shift, which keeps the net structure; Owen 2003).
 * @returns `n` points in [0, 1)^dims, the first being the origin (or the shift)
 * @throws RangeError for more dimensions than the table holds, or n beyond 2^32
 */
export function sobolSequence(n: number, dims: number, shift?: ArrayLike<number>): number[][] {
  if (!Number.isInteger(dims) || dims < 1 || dims > SOBOL_MAX_DIMS) throw new RangeError(`Sobol' sequence: dims ${dims}: expected a whole number from 1 to ${SOBOL_MAX_DIMS}`);
  if (!Number.isInteger(n) || n < 0 || n > 2 ** BITS) throw new RangeError(`Sobol' sequence: n ${n}: expected a whole number from 0 to 2^32`);
  if (shift && shift.length < dims) throw new RangeError(`Sobol' sequence: the shift has ${shift.length} of ${dims} dimensions`);
  const v = Array.from({ length: dims }, (_, d) => directionNumbers(d));
  const x = new Uint32Array(dims);
  if (shift) for (let d = 0; d < dims; d++) x[d] = shift[d]! >>> 0;
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      const c = lowestZeroBit(i - 1);
      for (let d = 0; d < dims; d++) x[d] = (x[d]! ^ v[d]![c]!) >>> 0;
    }
    out.push(Array.from(x, (b) => b / 2 ** BITS));
  }
  return out;
}
