/**
 * General practice's influence over a decision (MODEL.md §6).
 *
 * Positions live in the space of allocation shares (each line's share of the
 * envelope). A member's position is its ideal allocation over the decision's
 * feasible set X, as shares: the allocation it would choose as executive
 * (see executive.ts). This puts positions, the adopted allocation and the
 * reference points in the same units, and makes both ends of the scale
 * attainable, so influence 1 means "as general practice would have chosen
 * within what was feasible". (Normalised priority vectors are not
 * allocations: no feasible allocation comes near them, so the projection
 * would only measure a direction.) GP's reference position is the
 * list-weighted mean of all practices' ideal positions; the others' position
 * is the weighted mean of the other members' ideal positions.
 *
 * Influence is the scalar projection of the adopted allocation a onto the
 * segment from the others' position o (0) to GP's position g (1):
 * t = (a - o) . (g - o) / |g - o|^2, clamped to [0, 1].
 */
import { greedyFill } from './executive.ts';
import { type AllocationBox, validateBox } from './feasibleSet.ts';

/** The projection measure of influence. */
export interface InfluenceMeasure {
  /** The projection clamped to [0, 1]; 0.5 when the two reference positions coincide. */
  influence: number;
  /** The unclamped projection t (NaN when degenerate). */
  projection: number;
  /** True when GP's and the others' positions coincide (within 1e-9 of their size): no side can be told apart. */
  degenerate: boolean;
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

/**
 * Where `allocation` lies between the others' position (0) and GP's
 * position (1), all three in the same units (shares). When the two
 * positions coincide the decision cannot reveal influence: the result is
 * 0.5 (neutral) and flagged `degenerate`, so aggregates can skip or keep it.
 */
export function gpInfluence(allocation: readonly number[], gpPosition: readonly number[], othersPosition: readonly number[]): InfluenceMeasure {
  const k = allocation.length;
  if (gpPosition.length !== k || othersPosition.length !== k) throw new RangeError('allocation and positions must have the same number of lines');
  let num = 0;
  let den = 0;
  let size = 0;
  for (let l = 0; l < k; l++) {
    const d = gpPosition[l]! - othersPosition[l]!;
    num += (allocation[l]! - othersPosition[l]!) * d;
    den += d * d;
    size = Math.max(size, Math.abs(gpPosition[l]!), Math.abs(othersPosition[l]!));
  }
  if (!(den > 1e-18 * size * size) || den === 0) return { influence: 0.5, projection: NaN, degenerate: true };
  const t = num / den;
  return { influence: Math.min(1, Math.max(0, t)), projection: t, degenerate: false };
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
