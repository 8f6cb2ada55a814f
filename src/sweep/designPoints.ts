/**
 * The design points of a sweep: the values of every varied path at each
 * point, from a grid of all levels or from a Latin hypercube or simple
 * random sample of the ranges.
 */
import seedrandom from 'seedrandom';
import { grid, gridSize } from './designs/grid.ts';
import { latinHypercube } from './designs/latinHypercube.ts';
import { randomDesign } from './designs/randomDesign.ts';
import { levels, valueAt, type VarySpec } from './parseVary.ts';
import { SweepError } from './SweepError.ts';

/** How design points are chosen. */
export type DesignKind = 'grid' | 'lhs' | 'random';

/** Most design points a sweep may have. */
export const MAX_POINTS = 1_000_000;

/**
 * The design points, each an array of values in the order of `varies`.
 * Sampled designs draw from a stream of their own seeded by the sweep seed.
 * @throws SweepError for a design that cannot be built
 */
export function designPoints(varies: readonly VarySpec[], design: DesignKind, samples: number | undefined, seed: string | number): unknown[][] {
  if (design === 'grid') {
    if (samples !== undefined) throw new SweepError('--samples applies to --design lhs and random; a grid takes every level');
    const lv = varies.map(levels);
    const size = gridSize(lv.map((l) => l.length));
    if (size > MAX_POINTS) throw new SweepError(`the grid has ${size} points; at most ${MAX_POINTS} are allowed (use --design lhs with --samples)`);
    return grid(lv.map((l) => l.length)).map((idx) => idx.map((i, d) => lv[d]![i]));
  }
  if (samples === undefined) throw new SweepError(`--design ${design} needs --samples N`);
  if (!Number.isInteger(samples) || samples < 1 || samples > MAX_POINTS) throw new SweepError(`--samples ${samples}: expected a whole number from 1 to ${MAX_POINTS}`);
  if (varies.length === 0) throw new SweepError(`--design ${design} needs at least one --vary range to sample`);
  const random = seedrandom.alea(`icsim-sweep|${seed}|design|${design}`);
  const unit = design === 'lhs' ? latinHypercube(samples, varies.length, random) : randomDesign(samples, varies.length, random);
  return unit.map((u) => u.map((x, d) => valueAt(varies[d]!, x)));
}
