/**
 * The options appraisal's computation (the panel is comparePanel.ts):
 * replication r of every option runs with seed `<seed>:r` as `icsim sweep`
 * does (common random numbers), and each option is compared with the
 * baseline by its paired difference, computed by the same function as
 * `icsim summarise` (src/stats/pairedDifferences.ts), so the page and the
 * command line give the same numbers for the same runs.
 */
import { pairedDifferences } from '../stats/pairedDifferences.ts';
import { describe, type Description } from '../stats/describe.ts';
import { runSeed } from '../sweep/runSeed.ts';

/** Seeds of replications 0..n-1 of a comparison seeded with `seed`: those of `icsim sweep --seed seed`. */
export function replicationSeeds(seed: string | number, n: number): string[] {
  return Array.from({ length: n }, (_, r) => runSeed(seed, r));
}

/** Per option and metric: values by replication (in replication order). */
export type Values = Map<string, number[]>;

/** Computes levels and paired differences from the values of each option by replication. */
export function compareArms(names: readonly string[], values: ReadonlyMap<string, Values>, baseline: string): { metrics: string[]; level: Map<string, Map<string, Description>>; diff: Map<string, Map<string, Description>> } {
  // As `icsim summarise` by default: the metrics that vary across the runs.
  const all = [...new Set([...values.values()].flatMap((v) => [...v.keys()]))];
  const metrics = all.filter((m) => {
    const xs = [...values.values()].flatMap((v) => v.get(m) ?? []);
    return xs.some((x) => x !== xs[0]);
  });
  const level = new Map<string, Map<string, Description>>();
  const diff = new Map<string, Map<string, Description>>();
  const base = values.get(baseline);
  for (const name of names) {
    const v = values.get(name)!;
    level.set(name, new Map(metrics.map((m) => [m, describe(v.get(m) ?? [])])));
    if (name === baseline || !base) continue;
    diff.set(
      name,
      new Map(
        metrics.map((m) => {
          const b = base.get(m) ?? [];
          return [m, pairedDifferences((v.get(m) ?? []).map((x, r) => [r, x] as const), (r) => b[r])];
        }),
      ),
    );
  }
  return { metrics, level, diff };
}

/** Fewest and most replications per option (two give the first interval). */
export const MIN_REPLICATIONS = 2;
export const MAX_REPLICATIONS = 500;

/**
 * Replications per option from what was typed: a whole number from 2 to 500,
 * or the nearest one with a note saying so (never silently), or an error.
 */
export function readReplications(text: string): { n: number; note: string | null } | { error: string } {
  const t = text.trim();
  const v = Number(t);
  if (t === '' || !Number.isFinite(v)) return { error: `Replications per option must be a whole number from ${MIN_REPLICATIONS} to ${MAX_REPLICATIONS}${t ? `; "${t}" is not a number` : ''}.` };
  const n = Math.max(MIN_REPLICATIONS, Math.min(MAX_REPLICATIONS, Math.round(v)));
  if (n === v) return { n, note: null };
  const why = v < MIN_REPLICATIONS ? `an interval needs at least ${MIN_REPLICATIONS}` : v > MAX_REPLICATIONS ? `the page runs at most ${MAX_REPLICATIONS} (use icsim sweep for more)` : 'replications are whole runs';
  return { n, note: `${t} replication${v === 1 ? '' : 's'} asked for: ${n} run instead (${why}).` };
}

