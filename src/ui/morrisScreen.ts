/**
 * A small Morris screen as the page runs it: the design of `icsim
 * sensitivity --method morris` (same unit design, parameter values and
 * replication seeds, from src/sweep/sensitivityDesign.ts), and the analysis
 * of its outputs with the same estimator (src/stats). Pure: the panel
 * (sensitivityPanel.ts) runs the points on the worker pool.
 */
import { morrisIndices } from '../stats/index.ts';
import type { RangedParameter } from '../sweep/parameterSpace.ts';
import { runSeed } from '../sweep/runSeed.ts';
import { pointValues, unitDesign } from '../sweep/sensitivityDesign.ts';

/** What a screen is asked to do. */
export interface MorrisScreenOptions {
  params: readonly RangedParameter[];
  trajectories: number;
  /** Grid levels, even (default 4, as the command line). */
  levels?: number;
  /** Seed of the design and of the runs (replication r runs with seed "seed:r"). */
  seed: string | number;
  /** Replications averaged at each point (default 1). */
  reps?: number;
}

/** A screen's design: unit points, their parameter values as overrides, and the seeds run at each. */
export interface MorrisScreenPlan {
  params: RangedParameter[];
  trajectories: number;
  levels: number;
  seed: string | number;
  reps: number;
  /** The unit design, one row per point. */
  unit: number[][];
  /** Each point's parameter values, by path. */
  points: Array<Record<string, number>>;
  /** Seeds of replications 0..reps-1, the same at every point (common random numbers). */
  seeds: string[];
}

/** One parameter's Morris measures for a metric. */
export interface MorrisRow {
  path: string;
  lo: number;
  hi: number;
  mu: number;
  muStar: number;
  /** 95% bootstrap half-width of mu*. */
  muStarConf: number;
  sigma: number;
}

/** Most trajectories and replications the page offers (the command line takes more). */
export const MAX_TRAJECTORIES = 100;
export const MAX_REPS = 20;

const whole = (v: number, lo: number, hi: number) => Number.isInteger(v) && v >= lo && v <= hi;

/**
 * The design of a screen.
 * @throws Error naming the setting and what is allowed
 */
export function planMorrisScreen(o: MorrisScreenOptions): MorrisScreenPlan {
  const levels = o.levels ?? 4;
  const reps = o.reps ?? 1;
  if (!o.params.length) throw new Error('Parameters: choose at least one parameter to vary.');
  const paths = o.params.map((p) => p.path);
  const dup = paths.find((p, i) => paths.indexOf(p) !== i);
  if (dup) throw new Error(`Parameters: ${dup} is listed twice.`);
  if (!whole(o.trajectories, 2, MAX_TRAJECTORIES)) throw new Error(`Trajectories: ${o.trajectories} is not allowed; give a whole number from 2 to ${MAX_TRAJECTORIES}.`);
  if (!whole(levels, 2, 100) || levels % 2) throw new Error(`Levels: ${levels} is not allowed; give an even whole number from 2 to 100.`);
  if (!whole(reps, 1, MAX_REPS)) throw new Error(`Replications: ${reps} is not allowed; give a whole number from 1 to ${MAX_REPS}.`);
  if (String(o.seed).trim() === '') throw new Error('Seed: give a number or some text.');
  const params = o.params.map((p) => ({ ...p }));
  const unit = unitDesign({ method: 'morris', params, metrics: [], trajectories: o.trajectories, levels, n: null, seed: o.seed });
  const points = unit.map((u) => {
    const values = pointValues(params, u);
    return Object.fromEntries(paths.map((p, i) => [p, values[i]!]));
  });
  const seeds = Array.from({ length: reps }, (_, r) => runSeed(o.seed, r));
  return { params, trajectories: o.trajectories, levels, seed: o.seed, reps, unit, points, seeds };
}

/**
 * A metric averaged over the replications at each point, as `icsim
 * sensitivity analyse` does (replications where it is undefined are left
 * out; NaN where it is undefined in all).
 * @param rows flattened summaries by point, then replication
 */
export function pointMeans(rows: ReadonlyArray<ReadonlyArray<Readonly<Record<string, number>>>>, metric: string): number[] {
  return rows.map((reps) => {
    let sum = 0;
    let n = 0;
    for (const r of reps) {
      const v = r[metric];
      if (typeof v === 'number' && Number.isFinite(v)) {
        sum += v;
        n++;
      }
    }
    return n ? sum / n : NaN;
  });
}

/**
 * The Morris measures of each parameter for one metric, largest mu* first
 * (ties by path, as the command line sorts).
 * @param y the metric at each design point (see `pointMeans`)
 * @throws Error when the metric is undefined at a point
 */
export function analyseMorrisScreen(plan: MorrisScreenPlan, y: readonly number[], metric: string): MorrisRow[] {
  if (y.length !== plan.unit.length) throw new Error(`Morris screen: ${y.length} outputs for ${plan.unit.length} design points.`);
  const missing = y.findIndex((v) => !Number.isFinite(v));
  if (missing >= 0) throw new Error(`The metric ${metric} has no value at design point ${missing} (it is undefined there); choose another metric.`);
  const m = morrisIndices(plan.unit, y, { dims: plan.params.length, levels: plan.levels, seed: `${String(plan.seed)}|${metric}` });
  return plan.params
    .map((p, i) => ({ path: p.path, lo: p.lo, hi: p.hi, mu: m.mu[i]!, muStar: m.muStar[i]!, muStarConf: m.muStarConf[i]!, sigma: m.sigma[i]! }))
    .sort((a, b) => b.muStar - a.muStar || a.path.localeCompare(b.path));
}
