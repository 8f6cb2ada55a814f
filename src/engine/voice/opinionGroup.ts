/**
 * A group whose members' stated positions move towards each other at
 * meetings: DeGroot averaging (DeGroot 1974) with anchoring on each member's
 * own starting position (Friedkin and Johnsen 1990), so a varied group
 * settles at a compromise short of full agreement. Positions are vectors over
 * service lines that sum to 1.
 */
import { LINE_COUNT } from '../lines.ts';

/** A group of members with positions. */
export interface OpinionGroup {
  /** Current stated position of each member (LINE_COUNT values each). */
  positions: Float64Array[];
  /** Each member's own interest, to which it stays anchored. */
  anchors: Float64Array[];
  /** Weight of each member in the group mean (e.g. list size). */
  weights: number[];
}

/** Normalises a non-negative vector to sum 1 (uniform if it sums to 0). */
export function normalise(v: ArrayLike<number>): Float64Array {
  const out = new Float64Array(LINE_COUNT);
  let s = 0;
  for (let l = 0; l < LINE_COUNT; l++) s += Math.max(0, v[l]!);
  for (let l = 0; l < LINE_COUNT; l++) out[l] = s > 0 ? Math.max(0, v[l]!) / s : 1 / LINE_COUNT;
  return out;
}

/** Creates a group from members' own positions (copied and normalised). */
export function opinionGroup(anchors: ArrayLike<number>[], weights: number[]): OpinionGroup {
  const a = anchors.map(normalise);
  return { anchors: a, positions: a.map((x) => Float64Array.from(x)), weights: weights.slice() };
}

/** The weighted mean position of the group (or of given weights), into `out` if given. */
export function groupMean(g: OpinionGroup, weights: readonly number[] = g.weights, out: Float64Array = new Float64Array(LINE_COUNT)): Float64Array {
  out.fill(0);
  let w = 0;
  g.positions.forEach((p, i) => {
    const wi = weights[i]!;
    w += wi;
    for (let l = 0; l < LINE_COUNT; l++) out[l]! += wi * p[l]!;
  });
  for (let l = 0; l < LINE_COUNT; l++) out[l] = w > 0 ? out[l]! / w : 1 / LINE_COUNT;
  return out;
}

/** Half the L1 distance between two positions: 0 identical, 1 disjoint. */
export function distance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0;
  for (let l = 0; l < LINE_COUNT; l++) d += Math.abs(a[l]! - b[l]!);
  return d / 2;
}

/**
 * Cohesion: 1 minus the weighted mean distance of members from the group
 * mean, scaled so that a group spread as widely as independent practices
 * typically are scores near 0 (MODEL.md §4.1).
 */
export function cohesion(g: OpinionGroup, scale = 0.25): number {
  const m = groupMean(g);
  let d = 0;
  let w = 0;
  g.positions.forEach((p, i) => {
    d += g.weights[i]! * distance(p, m);
    w += g.weights[i]!;
  });
  return w > 0 ? Math.max(0, 1 - d / w / scale) : 1;
}

/**
 * One meeting: every member moves a share `c` of the way to the weighted mean
 * and keeps weight `anchor` on its own starting position:
 * x_i <- anchor x_i(0) + (1 - anchor) [(1 - c) x_i + c mean].
 */
const scratch = new Float64Array(LINE_COUNT);

export function meet(g: OpinionGroup, c: number, anchor: number): void {
  if (g.positions.length < 2 || c <= 0) return;
  const m = groupMean(g, g.weights, scratch);
  for (let i = 0; i < g.positions.length; i++) {
    const p = g.positions[i]!;
    const a = g.anchors[i]!;
    for (let l = 0; l < LINE_COUNT; l++) p[l] = anchor * a[l]! + (1 - anchor) * ((1 - c) * p[l]! + c * m[l]!);
  }
}

/** Convergence per meeting of a group of `n`: halves when n reaches `scale` members beyond the first. */
export function convergenceFor(base: number, n: number, scale: number): number {
  return base / (1 + (n - 1) / scale);
}
