/**
 * General practice's power over a decision (docs/ODD.md §7.13; Dahl 1957; Barry
 * 1980, "Is it better to be powerful or lucky?").
 *
 * General practice's utility is linear over the allocation with the
 * list-weighted mean priorities of the practices in scope. Over the
 * decision's feasible set X it has an ideal g (the greedy fill in its
 * ranking) and a worst outcome w (the greedy fill in reverse). With a the
 * adopted allocation and a0 the allocation the same board would have adopted
 * with general practice's seats empty:
 *
 * - influence = (u(a) - u(a0)) / (u(g) - u(a0)): how far GP's presence moved
 *   the decision towards its ideal (0 where a0 is already ideal). When its
 *   presence moved the decision away, the loss is measured against the room
 *   below a0 instead, (u(a) - u(a0)) / (u(a0) - u(w)), so influence lies in
 *   [-1, 1];
 * - success = (u(a) - u(w)) / (u(g) - u(w)): how good the decision is for GP;
 * - luck = (u(a0) - u(w)) / (u(g) - u(w)): the success it would have had
 *   absent.
 *
 * Positions (ideal allocations as shares of the envelope) are still used for
 * the place boards' advice and the bloc shares below.
 */
import { greedyFill } from './executive.ts';
import { type AllocationBox, validateBox } from './feasibleSet.ts';

/** General practice's influence, success and luck in one decision. */
export interface PowerMeasure {
  influence: number;
  success: number;
  luck: number;
  /** GP's ideal feasible allocation (same units as the box). */
  ideal: number[];
}

/** An allocation as shares of its total (equal shares if the total is zero). */
export function toShares(x: readonly number[]): number[] {
  const total = x.reduce((a, b) => a + b, 0);
  return total !== 0 ? x.map((v) => v / total) : x.map(() => 1 / x.length);
}

/** A member's position: its ideal allocation over X, as shares of the envelope. */
export function idealPosition(priorities: readonly number[], box: AllocationBox): number[] {
  validateBox(box, priorities.length);
  return toShares(greedyFill(priorities, box));
}

/** The weighted mean of positions (weights >= 0, not all zero). */
export function weightedPosition(positions: readonly (readonly number[])[], weights: readonly number[]): number[] {
  if (positions.length === 0 || positions.length !== weights.length) {
    throw new RangeError(`${positions.length} positions and ${weights.length} weights`);
  }
  const k = positions[0]!.length;
  const out = new Array<number>(k).fill(0);
  let total = 0;
  positions.forEach((p, i) => {
    const w = weights[i]!;
    if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`weight ${w} must be finite and non-negative`);
    total += w;
    for (let l = 0; l < k; l++) out[l]! += w * p[l]!;
  });
  if (!(total > 0)) throw new RangeError('at least one weight must be positive');
  return out.map((v) => v / total);
}

const dot = (p: readonly number[], x: readonly number[]) => p.reduce((s, v, l) => s + v * x[l]!, 0);

/**
 * GP's influence, success and luck (see the module header).
 * @param priorities GP's priorities (non-negative, one per line)
 * @param box the decision's feasible set
 * @param adopted the allocation the board adopted
 * @param counterfactual the allocation it would have adopted with GP's seats empty
 */
export function gpPower(priorities: readonly number[], box: AllocationBox, adopted: readonly number[], counterfactual: readonly number[]): PowerMeasure {
  validateBox(box, priorities.length);
  const ideal = greedyFill(priorities, box);
  const worst = greedyFill(priorities.map((v) => -v), box);
  const ug = dot(priorities, ideal);
  const uw = dot(priorities, worst);
  const ua = dot(priorities, adopted);
  const u0 = dot(priorities, counterfactual);
  // Relative tolerance: differences below this are rounding, not power.
  const tol = 1e-12 * Math.max(Math.abs(ug), Math.abs(uw), 1e-300);
  const range = ug - uw;
  const success = range > tol ? (ua - uw) / range : 1;
  const luck = range > tol ? (u0 - uw) / range : 1;
  // A move towards the ideal is measured against the room left above a0; a move away, against the
  // room below it (so influence lies in [-1, 1] and does not explode when a0 is nearly ideal).
  const up = ug - u0;
  const down = u0 - uw;
  const influence = ua >= u0 ? (up > tol ? (ua - u0) / up : 0) : down > tol ? (ua - u0) / down : 0;
  return { influence, success, luck, ideal };
}

/** One bloc's share of the utility gained over the disagreement point. */
export interface BlocGain {
  bloc: string;
  /** Sum of the bloc members' gains (may be negative). */
  gain: number;
  /** The bloc's share of all positive gains (0 for every bloc if no one gained). */
  share: number;
}

/**
 * Each bloc's share of the utility gained over the disagreement point.
 * Member i's gain is (u_i - d_i) / scale_i (scale_i = 1 by default; pass
 * {@link priorityScale} of each member's priorities to put gains in
 * priority-weighted money, comparable across members whose priorities are on
 * different scales). A bloc's share
 * is the sum of its members' positive gains over the sum of all positive
 * gains (losses are reported in `gain` but do not enter the shares). Blocs
 * appear in order of first appearance.
 */
export function utilityGainShares(
  utilities: readonly number[],
  disagreementUtilities: readonly number[],
  blocs: readonly string[],
  scales?: readonly number[],
): BlocGain[] {
  const n = utilities.length;
  if (disagreementUtilities.length !== n || blocs.length !== n || (scales && scales.length !== n)) {
    throw new RangeError('utilities, disagreement utilities, blocs and scales must have one entry per member');
  }
  const order: string[] = [];
  const gain = new Map<string, number>();
  const positive = new Map<string, number>();
  let totalPositive = 0;
  for (let i = 0; i < n; i++) {
    const b = blocs[i]!;
    if (!gain.has(b)) (order.push(b), gain.set(b, 0), positive.set(b, 0));
    const s = scales ? scales[i]! : 1;
    const g = s > 0 ? (utilities[i]! - disagreementUtilities[i]!) / s : 0;
    gain.set(b, gain.get(b)! + g);
    if (g > 0) {
      positive.set(b, positive.get(b)! + g);
      totalPositive += g;
    }
  }
  return order.map((b) => ({ bloc: b, gain: gain.get(b)!, share: totalPositive > 0 ? positive.get(b)! / totalPositive : 0 }));
}

/** The default scale of a member's utility: the sum of its priorities. */
export function priorityScale(priorities: readonly number[]): number {
  return priorities.reduce((a, b) => a + b, 0);
}
