/**
 * A sensitivity analysis as a sweep: the unit design of a Morris screen or
 * a Sobol' analysis (`src/stats`) mapped onto parameter ranges becomes the
 * explicit design points of a sweep, so it runs on the sweep machinery (the
 * worker pool, streaming to a file, --resume, --shard and `icsim merge`).
 * The header carries everything the analysis needs to rebuild the unit
 * design, under `sensitivity`.
 */
import { parseScenario, ScenarioError, setPath, VERSION } from '../engine/index.ts';
import { SOBOL_DESIGN_MAX_DIMS } from '../stats/index.ts';
import { applyVariant, BASE_VARIANT } from './applyVariant.ts';
import type { RangedParameter } from './parameterSpace.ts';
import { scenarioAt, type SweepContext } from './runOne.ts';
import { pointValues, unitDesign, type SensitivityMethod, type SensitivitySpec } from './sensitivityDesign.ts';
import { runSeed } from './runSeed.ts';
import { SweepError } from './SweepError.ts';
import { sweepId } from './sweepId.ts';
import type { SweepHeader, SweepPlan } from './sweepPlan.ts';

// The design is pure and shared with the page (src/ui/sensitivityPanel.ts); re-exported for the command line.
export { pointValues, unitDesign, type SensitivityMethod, type SensitivitySpec } from './sensitivityDesign.ts';

/** A sweep header with its sensitivity design. */
export type SensitivityHeader = SweepHeader & { sensitivity: SensitivitySpec };

/** What a sensitivity sweep is asked to do. */
export interface SensitivityOptions {
  model: string;
  raw: unknown;
  modelSha256?: string;
  /** The `path=value` overrides applied to the model file, as given (for provenance). */
  sets?: readonly string[];
  variant?: string;
  method: SensitivityMethod;
  params: RangedParameter[];
  metrics: string[];
  trajectories?: number;
  levels?: number;
  n?: number;
  reps: number;
  seed: string | number;
}

/** A checked sensitivity sweep. */
export interface SensitivityPlan extends SweepPlan {
  header: SensitivityHeader;
  /** The unit design, one row per design point. */
  unit: number[][];
}

/** Most design points validated one by one before the sweep starts. */
const MAX_VALIDATED = 20_000;

const issuesText = (e: ScenarioError) => e.issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ');

/**
 * Builds and checks the plan of a sensitivity sweep.
 * @throws SweepError for any problem with the options or the model
 */
export function planSensitivity(o: SensitivityOptions): SensitivityPlan {
  if (!Number.isInteger(o.reps) || o.reps < 1 || o.reps > 10_000) throw new SweepError(`--reps ${o.reps}: expected a whole number from 1 to 10000`);
  if (o.params.length < 1) throw new SweepError('no parameters to vary: give --param path=lo:hi or --group PREFIX');
  const paths = o.params.map((p) => p.path);
  const dup = paths.find((p, i) => paths.indexOf(p) !== i);
  if (dup) throw new SweepError(`--param ${dup} is given twice`);
  if (!o.metrics.length) throw new SweepError('no --metric given');
  const spec: SensitivitySpec = {
    method: o.method,
    params: o.params,
    metrics: o.metrics,
    trajectories: null,
    levels: null,
    n: null,
    seed: o.seed,
  };
  if (o.method === 'morris') {
    const t = o.trajectories ?? 10;
    const l = o.levels ?? 4;
    if (!Number.isInteger(t) || t < 2 || t > 10_000) throw new SweepError(`--trajectories ${t}: expected a whole number from 2 to 10000`);
    if (!Number.isInteger(l) || l < 2 || l % 2 || l > 100) throw new SweepError(`--levels ${l}: expected an even whole number from 2 to 100`);
    spec.trajectories = t;
    spec.levels = l;
  } else {
    const n = o.n ?? 64;
    if (!Number.isInteger(n) || n < 4 || n > 1_000_000) throw new SweepError(`--n ${n}: expected a whole number from 4 to 1000000 (a power of two is best)`);
    if (o.params.length > SOBOL_DESIGN_MAX_DIMS) throw new SweepError(`a Sobol' analysis takes at most ${SOBOL_DESIGN_MAX_DIMS} parameters; got ${o.params.length} (screen them with --method morris first)`);
    spec.n = n;
  }

  const variant = o.variant ?? BASE_VARIANT;
  const source = o.model;
  const check = (data: unknown, what: string) => {
    try {
      parseScenario(data, source);
    } catch (e) {
      if (e instanceof ScenarioError) throw new SweepError(`${what}: ${issuesText(e)}`);
      throw e;
    }
  };
  let base: unknown;
  try {
    base = applyVariant(o.raw, variant === BASE_VARIANT ? undefined : variant);
  } catch (e) {
    throw new SweepError((e as Error).message);
  }
  check(base, variant === BASE_VARIANT ? source : `variant "${variant}"`);
  for (const p of o.params) {
    for (const v of [p.lo, p.hi]) {
      let data: unknown;
      try {
        data = setPath(base, p.path, v);
      } catch (e) {
        throw new SweepError(`--param ${p.path}: ${(e as Error).message}`);
      }
      check(data, `--param ${p.path}=${v}`);
    }
  }

  const unit = unitDesign(spec);
  const points = unit.map((u) => pointValues(o.params, u));
  const context: SweepContext = { raw: o.raw, paths, source };
  if (points.length <= MAX_VALIDATED) {
    points.forEach((values, i) => {
      try {
        scenarioAt(context, variant, values);
      } catch (e) {
        if (!(e instanceof ScenarioError)) throw e;
        const at = paths.map((path, k) => `${path}=${values[k]}`).join(', ');
        throw new SweepError(`design point ${i} (${at}): ${issuesText(e)}`);
      }
    });
  }
  const total = points.length * o.reps;
  if (total > 1e9) throw new SweepError(`the analysis has ${total} runs; at most 1,000,000,000 are allowed`);
  const id = sweepId({ format: 1, kind: 'sensitivity', icsim: VERSION, model: o.raw, variant, spec: { ...spec, metrics: undefined }, reps: o.reps });
  const header: SensitivityHeader = {
    icsimSweep: 1,
    id,
    icsim: VERSION,
    model: o.model,
    modelSha256: o.modelSha256 ?? null,
    ...(o.sets?.length ? { sets: [...o.sets] } : {}),
    variants: [variant],
    vary: o.params.map((p) => `${p.path}=${p.lo}:${p.hi}`),
    // The sweep machinery shows `design` as a label only; the design itself is under `sensitivity`.
    design: o.method as unknown as SweepHeader['design'],
    samples: points.length,
    reps: o.reps,
    seed: o.seed,
    paths,
    points: points.length,
    runs: total,
    shard: null,
    sensitivity: spec,
  };
  const P = points.length;
  return {
    header,
    context,
    points,
    unit,
    variants: [variant],
    total,
    task(run) {
      // Replication first, then design point (as in planSweep), so a stopped run has whole replications.
      const point = run % P;
      const rep = Math.floor(run / P);
      return { run, point, values: points[point]!, variant, rep, seed: runSeed(o.seed, rep) };
    },
  };
}

/** The sensitivity design of a sweep header, or undefined for an ordinary sweep. */
export function sensitivityOf(header: SweepHeader): SensitivitySpec | undefined {
  const s = (header as Partial<SensitivityHeader>).sensitivity;
  return s && typeof s === 'object' && (s.method === 'morris' || s.method === 'sobol') && Array.isArray(s.params) ? s : undefined;
}
