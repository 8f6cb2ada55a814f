/**
 * The work of one run, as a pool worker (or the main thread) does it: the
 * scenario for the variant and design point, one simulation, and the tidy
 * row. Only the row goes back to the main thread, never the full result.
 */
import { parseScenario, runScenario, setPath, type Scenario } from '../engine/index.ts';
import { applyVariant } from './applyVariant.ts';
import { flattenSummary } from './flattenSummary.ts';
import { periodicCollection, WORKER_COLLECT_EVERY } from './periodicCollection.ts';
import { ERROR_COLUMN, type RunTask, type SweepRow } from './sweepRow.ts';

/** What every run of a sweep shares: sent to each worker once. */
export interface SweepContext {
  /** Raw scenario data after --set, with its `variants`. */
  raw: unknown;
  /** The varied paths, in the order of `RunTask.values`. */
  paths: string[];
  /** Label for messages. */
  source: string;
}

/** The scenario of a variant at a design point. */
export function scenarioAt(ctx: SweepContext, variant: string, values: readonly unknown[]): Scenario {
  let data = applyVariant(ctx.raw, variant);
  ctx.paths.forEach((path, i) => {
    data = setPath(data, path, values[i]);
  });
  return parseScenario(data, ctx.source);
}

const CACHE_SIZE = 256;

/**
 * A function running one task at a time, keeping the last few validated
 * scenarios (a sweep visits each point and variant once per replication).
 */
export function createRunOne(ctx: SweepContext): (task: RunTask) => SweepRow {
  const cache = new Map<string, Scenario>();
  const collect = periodicCollection(WORKER_COLLECT_EVERY);
  return (task) => {
    collect();
    const row: SweepRow = { run: task.run, point: task.point, variant: task.variant, rep: task.rep, seed: task.seed };
    ctx.paths.forEach((path, i) => {
      row[path] = task.values[i];
    });
    const key = `${task.point}\u0000${task.variant}`;
    let result;
    try {
      let scenario = cache.get(key);
      if (!scenario) {
        scenario = scenarioAt(ctx, task.variant, task.values);
        if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
        cache.set(key, scenario);
      }
      // A sweep row holds the summary only: the run keeps no decision log or transfer history (same summary, bit for bit).
      result = runScenario(scenario, { seed: task.seed, summaryOnly: true });
    } catch (e) {
      // One design point the engine cannot run must not stop the sweep: the row records why.
      row[ERROR_COLUMN] = `${(e as Error)?.name ?? 'Error'}: ${String((e as Error)?.message ?? e).replace(/\s*\n\s*/g, '; ')}`;
      return row;
    }
    for (const [name, value] of Object.entries(flattenSummary(result.summary))) {
      if (name in row) throw new Error(`summary metric "${name}" has the name of a column of the design; rename the --vary path`);
      row[name] = value;
    }
    return row;
  };
}
