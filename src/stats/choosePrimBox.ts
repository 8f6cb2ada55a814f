/**
 * Which box of a PRIM trajectory to report. Peeling trades coverage for
 * density until the boxes are small; the analyst picks a box on that
 * trade-off (Bryant and Lempert 2010). The rule here is a common one made
 * explicit: the densest box that still covers at least `minCoverage` of the
 * cases of interest (ties: the larger coverage, then the earlier box).
 */
import type { PrimResult } from './prim.ts';

/** Options of `choosePrimBox`. */
export interface ChooseBoxOptions {
  /** Least coverage the chosen box must keep (default 0.8). */
  minCoverage?: number;
}

/** The index in `result.trajectory` of the chosen box (0, the whole space, when no other box qualifies). */
export function choosePrimBox(result: PrimResult, options: ChooseBoxOptions = {}): number {
  const minCoverage = options.minCoverage ?? 0.8;
  if (!(minCoverage >= 0 && minCoverage <= 1)) throw new RangeError(`choosePrimBox: minCoverage must lie in [0, 1]; got ${minCoverage}`);
  let chosen = 0;
  result.trajectory.forEach((b, i) => {
    const c = result.trajectory[chosen]!;
    if (b.coverage < minCoverage) return;
    if (b.density > c.density || (b.density === c.density && b.coverage > c.coverage)) chosen = i;
  });
  return chosen;
}
