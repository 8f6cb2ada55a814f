/**
 * The executive rule (docs/ODD.md §7.12): one member (the ICB executive, or a
 * place's accountable officer) chooses its preferred feasible allocation.
 * With linear utility p . x over X = { sum x = E, lo <= x <= hi } the
 * optimum is the greedy fill of the continuous knapsack (Dantzig 1957,
 * "Discrete-variable extremum problems", Operations Research 5:266-277):
 * start every line at its lower bound and pour the rest into lines in
 * descending order of priority, each up to its upper bound. Exact.
 */
import { type AllocationBox, validateBox } from './feasibleSet.ts';

/**
 * The allocation in X that maximises p . x. Lines of equal priority (within
 * a relative 1e-12) share their block of money in proportion to their room
 * (hi - lo), so symmetric lines are treated symmetrically and the result
 * does not depend on line order.
 *
 * @throws RangeError if X is empty or the priorities do not match the lines.
 */
export function executiveAllocation(priorities: readonly number[], box: AllocationBox): number[] {
  validateBox(box, priorities.length);
  return greedyFill(priorities, box);
}

/** {@link executiveAllocation} without validation, for callers that have validated the box. */
export function greedyFill(priorities: readonly number[], box: AllocationBox): number[] {
  const { envelope, lo, hi } = box;
  const k = lo.length;
  const x = lo.slice();
  let left = envelope;
  for (let j = 0; j < k; j++) left -= lo[j]!;
  const order = Array.from({ length: k }, (_, j) => j).sort((a, b) => priorities[b]! - priorities[a]! || a - b);
  let top = 0;
  for (const j of order) top = Math.max(top, Math.abs(priorities[j]!));
  const tieTol = 1e-12 * top;
  let g = 0;
  while (g < k && left > 0) {
    // A block of lines with (numerically) equal priority.
    let end = g + 1;
    while (end < k && priorities[order[g]!]! - priorities[order[end]!]! <= tieTol) end++;
    let room = 0;
    for (let t = g; t < end; t++) room += hi[order[t]!]! - lo[order[t]!]!;
    if (room > 0) {
      const share = Math.min(1, left / room);
      for (let t = g; t < end; t++) {
        const j = order[t]!;
        x[j] = share === 1 ? hi[j]! : lo[j]! + share * (hi[j]! - lo[j]!);
      }
      left -= share * room;
      if (share < 1) left = 0;
    }
    g = end;
  }
  return x;
}
