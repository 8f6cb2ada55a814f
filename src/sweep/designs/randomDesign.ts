import type { Uniform } from './latinHypercube.ts';

/**
 * Simple random sampling: `n` points drawn independently and uniformly in
 * the unit cube of `k` dimensions.
 * @returns `n` points of `k` coordinates in [0, 1)
 */
export function randomDesign(n: number, k: number, random: Uniform): number[][] {
  return Array.from({ length: n }, () => Array.from({ length: k }, () => random()));
}
