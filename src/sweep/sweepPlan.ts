/**
 * A sweep's plan: design points × variants × replications, each run with a
 * fixed id, and the header that identifies the sweep. Everything is checked
 * here, before any run starts: the variants exist, every varied path and
 * value is accepted by the scenario schema, and every variant at every
 * design point validates.
 *
 * Run ids are ordered replication first, then design point, then variant
 * (`run = (rep × points + point) × variants + variant`), so a sweep stopped
 * early has whole replications of every point and variant.
 */
import { parseScenario, ScenarioError, setPath, VERSION } from '../engine/index.ts';
import { applyVariant, BASE_VARIANT, variantsOf } from './applyVariant.ts';
import { designPoints, type DesignKind } from './designPoints.ts';
import { formatVary, levels, type VarySpec } from './parseVary.ts';
import { scenarioAt, type SweepContext } from './runOne.ts';
import { runSeed } from './runSeed.ts';
import { SweepError } from './SweepError.ts';
import { sweepId } from './sweepId.ts';
import { FIXED_COLUMNS, type RunTask } from './sweepRow.ts';

/** What a sweep is asked to do. */
export interface SweepOptions {
  /** Label of the model (its path as given). */
  model: string;
  /** Raw scenario data after --set overrides (with its variants, if any). */
  raw: unknown;
  /** SHA-256 of the model file's bytes as read (for provenance), if known. */
  modelSha256?: string;
  /** The `path=value` overrides applied to the model file, as given (for provenance). */
  sets?: readonly string[];
  /** Variant names; empty for the base scenario only. */
  variants: readonly string[];
  vary: readonly VarySpec[];
  design: DesignKind;
  samples?: number;
  reps: number;
  seed: string | number;
}

/** The first line of a sweep file. */
export interface SweepHeader {
  icsimSweep: 1;
  /** Hash identifying the sweep (equal across its shards). */
  id: string;
  icsim: string;
  model: string;
  /** SHA-256 of the model file as it was swept (null if unknown). */
  modelSha256?: string | null;
  /**
   * The `--set path=value` overrides (and `--years`) applied to the model file,
   * as given, values as JSON text (a series by year included); absent when none.
   */
  sets?: string[];
  variants: string[];
  vary: string[];
  design: DesignKind;
  samples: number | null;
  reps: number;
  seed: string | number;
  /** The varied paths (columns of the design). */
  paths: string[];
  points: number;
  /** Runs in the whole sweep. */
  runs: number;
  /** The slice this file holds, or null for the whole sweep. */
  shard: { index: number; count: number } | null;
}

/** A checked sweep. */
export interface SweepPlan {
  header: SweepHeader;
  context: SweepContext;
  points: unknown[][];
  variants: string[];
  /** Runs in the whole sweep. */
  total: number;
  /** The task of a run id. */
  task(run: number): RunTask;
}

/** Most variant-and-point combinations validated one by one before the sweep starts. */
const MAX_VALIDATED = 20_000;

const issuesText = (e: ScenarioError) => e.issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ');

/** Parses scenario data, turning schema errors into a SweepError with a prefix. */
function check(data: unknown, source: string, what: string): void {
  try {
    parseScenario(data, source);
  } catch (e) {
    if (e instanceof ScenarioError) throw new SweepError(`${what}: ${issuesText(e)}`);
    throw e;
  }
}

/**
 * Builds and checks the plan of a sweep.
 * @throws SweepError for any problem with the options or the model
 */
export function planSweep(o: SweepOptions): SweepPlan {
  if (!Number.isInteger(o.reps) || o.reps < 1 || o.reps > 1_000_000) throw new SweepError(`--reps ${o.reps}: expected a whole number from 1 to 1000000`);
  const paths = o.vary.map((v) => v.path);
  const dup = paths.find((p, i) => paths.indexOf(p) !== i);
  if (dup) throw new SweepError(`--vary ${dup} is given twice`);
  const reserved = paths.find((p) => (FIXED_COLUMNS as readonly string[]).includes(p));
  if (reserved) throw new SweepError(`--vary ${reserved}: "${reserved}" is not a scenario field`);

  const defined = variantsOf(o.raw);
  const variants = o.variants.length ? [...o.variants] : [BASE_VARIANT];
  const dupVariant = variants.find((v, i) => variants.indexOf(v) !== i);
  if (dupVariant) throw new SweepError(`--variant ${dupVariant} is given twice`);
  const source = o.model;
  const base = applyVariant(o.raw, undefined);
  check(base, source, source);
  for (const v of variants) check(applyVariant(o.raw, v), source, `variant "${v}"`);

  // Each varied value on its own against the base: names the --vary at fault.
  for (const spec of o.vary) {
    const values = spec.kind === 'range' && spec.step === undefined ? [spec.lo, spec.hi] : levels(spec);
    for (const value of values) {
      let data: unknown;
      try {
        data = setPath(base, spec.path, value);
      } catch (e) {
        throw new SweepError(`--vary ${spec.path}: ${(e as Error).message}`);
      }
      check(data, source, `--vary ${spec.path}=${JSON.stringify(value)}`);
    }
  }

  const points = designPoints(o.vary, o.design, o.samples, o.seed);
  const context: SweepContext = { raw: o.raw, paths, source };
  if (points.length * variants.length <= MAX_VALIDATED) {
    points.forEach((values, p) => {
      for (const v of variants) {
        try {
          scenarioAt(context, v, values);
        } catch (e) {
          if (!(e instanceof ScenarioError)) throw e;
          const at = paths.map((path, i) => `${path}=${JSON.stringify(values[i])}`).join(', ');
          throw new SweepError(`design point ${p} (${at || 'no varied paths'}) with variant "${v}": ${issuesText(e)}`);
        }
      }
    });
  }

  const total = points.length * variants.length * o.reps;
  if (!Number.isSafeInteger(total) || total > 1e9) throw new SweepError(`the sweep has ${total} runs; at most 1,000,000,000 are allowed`);
  const idInputs = {
    format: 1,
    icsim: VERSION,
    model: o.raw,
    variants: variants.map((name) => ({ name, overrides: defined[name] ?? null })),
    vary: o.vary,
    design: o.design,
    samples: o.samples ?? null,
    reps: o.reps,
    seed: o.seed,
  };
  const header: SweepHeader = {
    icsimSweep: 1,
    id: sweepId(idInputs),
    icsim: VERSION,
    model: o.model,
    modelSha256: o.modelSha256 ?? null,
    ...(o.sets?.length ? { sets: [...o.sets] } : {}),
    variants,
    vary: o.vary.map(formatVary),
    design: o.design,
    samples: o.samples ?? null,
    reps: o.reps,
    seed: o.seed,
    paths,
    points: points.length,
    runs: total,
    shard: null,
  };
  const V = variants.length;
  const P = points.length;
  return {
    header,
    context,
    points,
    variants,
    total,
    task(run) {
      const variant = run % V;
      const point = Math.floor(run / V) % P;
      const rep = Math.floor(run / (V * P));
      return { run, point, values: points[point]!, variant: variants[variant]!, rep, seed: runSeed(o.seed, rep) };
    },
  };
}
