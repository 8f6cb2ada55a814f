/**
 * `icsim sweep`: many runs of a model over design points, variants and
 * replications, on a pool of worker threads, one tidy row per run streamed
 * to a file; resumable, shardable for cluster array jobs.
 */
import {
  parseVary,
  planSweep,
  SweepError,
  type DesignKind,
} from '../../sweep/index.ts';
import type { Command } from '../command.ts';
import { CliError } from '../CliError.ts';
import { runSweepFile, SWEEP_FILE_ARGS } from '../runSweepFile.ts';
import { readOut, readSweepArgs, wholeNumber } from '../readSweepArgs.ts';
import { parseCommandArgs } from '../parseCommandArgs.ts';
import { seriesForVary } from '../yearlySets.ts';
import { sweepErrorToCli } from '../sweepErrorToCli.ts';

const help = `Usage: icsim sweep [MODEL] --out FILE.ndjson|FILE.csv [options]

Runs MODEL (default: models/default.json) at every design point, for every
variant and replication, on a pool of worker threads, writing one row per run
(run id, design point values, variant, replication, seed, every summary
metric) as it finishes. The first line of the file identifies the sweep.

Design:
  --vary path=v1,v2,...     values of a field (JSON or text), e.g.
                            --vary allocation.growthRate=0.01,0.02,0.03
  --vary path=lo:hi:step    a range; lhs and random designs also take lo:hi
                            (repeatable: one --vary per varied field)
                            An input by year takes series as values:
                            --vary 'costs.payAward=0.03,{"2024":0.05}'
                            or has one year varied:
                            --vary costs.payAward.2025=0.03,0.07
  --design grid|lhs|random  every combination (default), a Latin hypercube
                            sample, or a simple random sample
  --samples N               design points of an lhs or random design
  --variant NAME            a variant of the model file ("variants": {NAME:
                            {"dotted.path": value}}); repeatable; "base" is the
                            file as it is (default: base only)
  --reps R                  replications per point and variant (default 10)
  --seed S                  sweep seed (default: the model's); replication r
                            of every point and variant runs with seed "S:r"
                            (common random numbers)
  --years N                 years to simulate (1-50)
  --set path=value          override a field of the model (repeatable); an
                            input by year takes a series as JSON or one year,
                            e.g. --set costs.payAward.2025=0.06

Running:
  --out FILE                output, .ndjson or .csv (required)
  --workers N               worker threads (default: one per core; 0 runs in
                            this thread)
  --resume                  continue FILE: skip the runs it holds, repair a
                            torn last line; refuses a file of another sweep
  --shard i/N               run only slice i (from 0) of N; without it the
                            slice is SLURM_ARRAY_TASK_ID or
                            JOB_COMPLETION_INDEX of --shards N (see
                            docs/CLUSTER.md)
  --shards N                the number of shards of an array job (Slurm
                            --array=0-(N-1), or a Kubernetes Indexed Job);
                            with --resume, the shard file's own is used
  --quiet                   no progress output
  -h, --help                show this help

Rows hold: run, point, variant, rep, seed, each varied path, then every
numeric field of the run's summary by its dotted path. A .csv file starts
with one line "# icsim-sweep {...}": read it with pandas.read_csv(f,
skiprows=1) or R's read.csv(f, skip = 1).

Ctrl-C (or SIGTERM) stops after the runs in progress and keeps every finished
row; a second Ctrl-C stops at once. Rerun with --resume to finish.
Then: icsim merge (shards), icsim summarise (statistics).
`;

export const sweepCommand: Command = {
  name: 'sweep',
  help,
  async run(args) {
    const parsed = parseCommandArgs(
      args,
      {
        vary: { type: 'string', multiple: true, default: [] },
        variant: { type: 'string', multiple: true, default: [] },
        design: { type: 'string', default: 'grid' },
        samples: { type: 'string' },
        reps: { type: 'string', default: '10' },
        ...SWEEP_FILE_ARGS,
      },
      help,
    );
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    try {
      return await sweep(values, positionals);
    } catch (e) {
      if (e instanceof SweepError) throw sweepErrorToCli(e);
      throw e;
    }
  },
};

interface SweepValues {
  vary: string[];
  variant: string[];
  design: string;
  samples?: string;
  reps: string;
  seed?: string;
  years?: string;
  set: string[];
  out?: string;
  workers?: string;
  resume: boolean;
  shard?: string;
  shards?: string;
  quiet: boolean;
}

async function sweep(values: SweepValues, positionals: string[]): Promise<number> {
  // Everything is checked before anything is written or run.
  if (positionals.length > 1) throw new CliError(`sweep takes one MODEL file; got ${positionals.length}`);
  readOut(values);
  if (!['grid', 'lhs', 'random'].includes(values.design)) throw new CliError(`--design ${values.design}: expected grid, lhs or random`);
  const reps = wholeNumber('--reps', values.reps, 1, 1_000_000)!;
  const samples = wholeNumber('--samples', values.samples, 1, 1_000_000);
  const target = readSweepArgs(values, positionals);
  const { label, modelSha256, seed } = target;
  const vary = values.vary.map(parseVary);
  let raw: unknown;
  try {
    raw = seriesForVary(target.raw, vary.map((v) => v.path));
  } catch (e) {
    throw new CliError(`${label}: ${(e as Error).message}`);
  }
  const plan = planSweep({ model: label, raw, modelSha256, sets: target.sets, variants: values.variant, vary, design: values.design as DesignKind, samples, reps, seed });

  const shape = `${plan.points.length} point${plan.points.length === 1 ? '' : 's'} × ${plan.variants.length} variant${plan.variants.length === 1 ? '' : 's'} × ${reps} rep${reps === 1 ? '' : 's'} = ${plan.total} runs`;
  const r = await runSweepFile({
    command: 'sweep',
    plan,
    target,
    resume: values.resume,
    quiet: values.quiet,
    describe: `sweep ${plan.header.id}: ${shape}`,
  });
  return r.code;
}
