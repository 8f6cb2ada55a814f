/**
 * An interval kept within what a metric can be (its registry bounds: a count
 * is never below 0, a share lies in [0, 1]): with few replications Student's t
 * reaches past them. Shared by the page's comparison and the printed report,
 * which both mark a clipped interval.
 */

/** Clips an interval to a metric's bounds; says whether it had to. */
export function clipToBounds(lower: number, upper: number, bounds: readonly [number, number]): { lower: number; upper: number; clipped: boolean } {
  const lo = Math.max(bounds[0], lower);
  const hi = Math.min(bounds[1], upper);
  return { lower: lo, upper: hi, clipped: lo !== lower || hi !== upper };
}
