/**
 * A group whose members' stated positions move towards each other at
 * meetings: DeGroot averaging (DeGroot 1974) with anchoring on each member's
 * own starting position (Friedkin and Johnsen 1990), so a varied group
 * settles at a compromise short of full agreement. Positions are vectors over
 * service lines that sum to 1, stored flat (member-major) because a national
 * run holds a thousand groups that meet every month.
 */
import { LINE_COUNT } from '../lines.ts';

const L = LINE_COUNT;

/** A group of members with positions. */
export interface OpinionGroup {
  /** Number of members. */
  n: number;
  /** Current stated positions, member i at [i * LINE_COUNT, (i + 1) * LINE_COUNT). */
  positions: Float64Array;
  /** Each member's own interest, to which it stays anchored (same layout). */
  anchors: Float64Array;
  /** Weight of each member in the group mean (e.g. list size). */
  weights: number[];
}

/** Normalises a non-negative vector to sum 1 (uniform if it sums to 0), into `out` if given (which may be `v` itself). */
export function normalise(v: ArrayLike<number>, out: Float64Array = new Float64Array(L)): Float64Array {
  let s = 0;
  for (let l = 0; l < L; l++) s += Math.max(0, v[l]!);
  for (let l = 0; l < L; l++) out[l] = s > 0 ? Math.max(0, v[l]!) / s : 1 / L;
  return out;
}

/** Creates a group from members' own positions (copied and normalised). */
export function opinionGroup(anchors: ArrayLike<number>[], weights: number[]): OpinionGroup {
  const n = anchors.length;
  const a = new Float64Array(n * L);
  anchors.forEach((x, i) => a.set(normalise(x), i * L));
  return { n, anchors: a, positions: Float64Array.from(a), weights: weights.slice() };
}

/** Member i's current position (a view, not a copy). */
export function positionOf(g: OpinionGroup, i: number): Float64Array {
  return g.positions.subarray(i * L, (i + 1) * L);
}

/** Replaces member i's anchor. */
export function setAnchor(g: OpinionGroup, i: number, anchor: ArrayLike<number>): void {
  for (let l = 0; l < L; l++) g.anchors[i * L + l] = anchor[l]!;
}

/** The weighted mean position of the group (or of given weights), into `out` if given. */
export function groupMean(g: OpinionGroup, weights: ArrayLike<number> = g.weights, out: Float64Array = new Float64Array(L)): Float64Array {
  out.fill(0);
  let w = 0;
  const p = g.positions;
  for (let i = 0; i < g.n; i++) {
    const wi = weights[i]!;
    w += wi;
    const o = i * L;
    for (let l = 0; l < L; l++) out[l]! += wi * p[o + l]!;
  }
  for (let l = 0; l < L; l++) out[l] = w > 0 ? out[l]! / w : 1 / L;
  return out;
}

/** Half the L1 distance between two positions: 0 identical, 1 disjoint. */
export function distance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0;
  for (let l = 0; l < L; l++) d += Math.abs(a[l]! - b[l]!);
  return d / 2;
}

/** {@link distance} from the position at offset `at` of `a` (a flat array of positions, as {@link OpinionGroup.positions}) to `b`, without a view. */
export function distanceAt(a: Float64Array, at: number, b: ArrayLike<number>): number {
  let d = 0;
  for (let l = 0; l < L; l++) d += Math.abs(a[at + l]! - b[l]!);
  return d / 2;
}

const scratch = new Float64Array(L);

/**
 * Cohesion: 1 minus the weighted mean distance of members from the group
 * mean, scaled so that a group spread as widely as independent practices
 * typically are scores near 0 (docs/ODD.md §7.6).
 */
export function cohesion(g: OpinionGroup, scale: number): number {
  const m = groupMean(g, g.weights, scratch);
  let d = 0;
  let w = 0;
  const p = g.positions;
  for (let i = 0; i < g.n; i++) {
    let di = 0;
    for (let l = 0; l < L; l++) di += Math.abs(p[i * L + l]! - m[l]!);
    d += (g.weights[i]! * di) / 2;
    w += g.weights[i]!;
  }
  return w > 0 ? Math.max(0, 1 - d / w / scale) : 1;
}

/**
 * One meeting: every member moves a share `c` of the way to the weighted mean
 * and keeps weight `anchor` on its own starting position:
 * x_i <- anchor x_i(0) + (1 - anchor) [(1 - c) x_i + c mean].
 */
export function meet(g: OpinionGroup, c: number, anchor: number): void {
  if (g.n < 2 || c <= 0) return;
  const m = groupMean(g, g.weights, scratch);
  const p = g.positions;
  const a = g.anchors;
  const keep = (1 - anchor) * (1 - c);
  const pull = (1 - anchor) * c;
  for (let i = 0; i < g.n; i++) {
    const o = i * L;
    for (let l = 0; l < L; l++) p[o + l] = anchor * a[o + l]! + keep * p[o + l]! + pull * m[l]!;
  }
}

/** Convergence per meeting of a group of `n`: halves when n reaches `scale` members beyond the first. */
export function convergenceFor(base: number, n: number, scale: number): number {
  return base / (1 + (n - 1) / scale);
}
