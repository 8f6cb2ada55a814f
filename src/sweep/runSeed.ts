/**
 * The seed of replication `rep` of a sweep seeded with `sweepSeed`. It does
 * not depend on the design point or the variant, so replication r of every
 * point and variant sees the same random streams (common random numbers),
 * and differences between them reflect the parameters, not the noise.
 * `icsim run --seed` with this value reproduces the run.
 */
export function runSeed(sweepSeed: string | number, rep: number): string {
  return `${sweepSeed}:${rep}`;
}
