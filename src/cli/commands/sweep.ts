/**
 * `icsim sweep`: many runs of a model over design points, variants and
 * replications, on a pool of worker threads, one tidy row per run streamed
 * to a file; resumable, shardable for cluster array jobs.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  createProgress,
  defaultWorkers,
  formatOf,
  inProcessRunner,
  inShard,
  isFailedRow,
  ERROR_COLUMN,
  parseVary,
  planSweep,
  poolRunner,
  resolveShard,
  runSweep,
  scanForResume,
  shardSize,
  SweepError,
  SweepWriter,
  type DesignKind,
  type FileScan,
} from '../../sweep/index.ts';
import type { Command } from '../command.ts';
import { CliError } from '../CliError.ts';
import { EXIT } from '../exitCodes.ts';
import { ioError, isFsError } from '../ioError.ts';
import { DEFAULT_MODEL, applySets, parseSets, readJson } from '../loadModel.ts';
import { parseSeed } from './run.ts';
import { parseCommandArgs } from '../parseCommandArgs.ts';

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
  --set path=value          override a field of the model (repeatable)

Running:
  --out FILE                output, .ndjson or .csv (required)
  --workers N               worker threads (default: one per core; 0 runs in
                            this thread)
  --resume                  continue FILE: skip the runs it holds, repair a
                            torn last line; refuses a file of another sweep
  --shard i/N               run only slice i (from 0) of N; without it the
                            slice comes from SLURM_ARRAY_TASK_ID and
                            SLURM_ARRAY_TASK_COUNT, or JOB_COMPLETION_INDEX
                            with --shards N (see docs/CLUSTER.md)
  --shards N                the number of shards of a Kubernetes Indexed Job
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

function wholeNumber(flag: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim()) || Number(text) < min || Number(text) > max) throw new CliError(`${flag} ${text}: expected a whole number from ${min} to ${max}`);
  return Number(text);
}

export const sweepCommand: Command = {
  name: 'sweep',
  summary: 'run a model over parameter designs, variants and replications in parallel',
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
        seed: { type: 'string' },
        years: { type: 'string' },
        set: { type: 'string', multiple: true, default: [] },
        out: { type: 'string' },
        workers: { type: 'string' },
        resume: { type: 'boolean', default: false },
        shard: { type: 'string' },
        shards: { type: 'string' },
        quiet: { type: 'boolean', default: false },
      },
      help,
    );
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    try {
      return await sweep(values, positionals);
    } catch (e) {
      if (e instanceof SweepError) throw new CliError(e.message);
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
  if (!values.out) throw new CliError('--out FILE.ndjson or --out FILE.csv is required');
  const out = values.out;
  const format = formatOf(out);
  if (!['grid', 'lhs', 'random'].includes(values.design)) throw new CliError(`--design ${values.design}: expected grid, lhs or random`);
  const reps = wholeNumber('--reps', values.reps, 1, 1_000_000)!;
  const samples = wholeNumber('--samples', values.samples, 1, 1_000_000);
  const workers = wholeNumber('--workers', values.workers, 0, 1024) ?? defaultWorkers();
  const sets = [...values.set];
  if (values.years !== undefined) {
    wholeNumber('--years', values.years, 1, 50);
    sets.push(`years=${values.years}`);
  }
  const label = positionals[0] ?? 'models/default.json';
  const modelPath = resolve(positionals[0] ?? DEFAULT_MODEL);
  const raw = applySets(readJson(modelPath), parseSets(sets), label);
  const modelSha256 = createHash('sha256').update(readFileSync(modelPath)).digest('hex');
  const vary = values.vary.map(parseVary);
  const rawSeed = (raw as { seed?: unknown } | null)?.seed;
  const seed = values.seed !== undefined ? parseSeed(values.seed) : typeof rawSeed === 'number' || typeof rawSeed === 'string' ? rawSeed : 1;
  const plan = planSweep({ model: label, raw, modelSha256, variants: values.variant, vary, design: values.design as DesignKind, samples, reps, seed });
  const shard = resolveShard(values.shard, values.shards, process.env);
  const header = { ...plan.header, shard: shard ? { index: shard.index, count: shard.count } : null };
  const size = shardSize(plan.total, header.shard);

  let done: Uint8Array<ArrayBufferLike> = new Uint8Array(0);
  let scan: FileScan | undefined;
  if (existsSync(out)) {
    if (!values.resume) throw new CliError(`${out} exists; add --resume to finish that sweep, or choose another --out`);
    ({ scan, done } = scanForResume(out, format, header));
  }
  const already = scan?.rows ?? 0;
  const todo = size - already;
  const err = process.stderr;
  const say = (text: string) => {
    if (!values.quiet) err.write(text + '\n');
  };

  let writer: SweepWriter;
  try {
    writer = scan ? SweepWriter.resume(out, header, format, scan) : SweepWriter.create(out, header, format);
  } catch (e) {
    if (isFsError(e)) throw ioError(e, 'cannot write the sweep file', out);
    throw e;
  }
  if (scan?.tornBytes) say(`sweep: ${out}: removed a torn last line (${scan.tornBytes} bytes) left by an interrupted run`);
  const shape = `${plan.points.length} point${plan.points.length === 1 ? '' : 's'} × ${plan.variants.length} variant${plan.variants.length === 1 ? '' : 's'} × ${reps} rep${reps === 1 ? '' : 's'} = ${plan.total} runs`;
  const threads = Math.max(0, Math.min(workers, todo));
  say(
    `sweep ${header.id}: ${shape}` +
      (shard ? `; shard ${shard.index}/${shard.count} (${shard.source}): ${size} runs` : '') +
      (already ? `; ${already} already in ${out}` : '') +
      `; ${workers === 0 ? 'in this thread' : `${threads} worker${threads === 1 ? '' : 's'}`} -> ${out}`,
  );
  if (todo === 0) {
    writer.close();
    process.stdout.write(`${out}: all ${size} runs are done\n`);
    return 0;
  }

  function* runs(): Generator<number> {
    const step = header.shard?.count ?? 1;
    for (let r = header.shard?.index ?? 0; r < plan.total; r += step) if (!done[r] && inShard(r, header.shard)) yield r;
  }
  const runner = workers === 0 ? inProcessRunner(plan.context) : poolRunner(plan.context, threads);
  const stop = new AbortController();
  const abort = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (!stop.signal.aborted) {
      err.write(`\nsweep: ${signal}: stopping after the runs in progress (Ctrl-C again to stop now)\n`);
      stop.abort();
    } else if (!abort.signal.aborted) {
      err.write(`\nsweep: ${signal}: stopping now\n`);
      abort.abort();
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const progress = values.quiet ? undefined : createProgress({ total: size, already, stream: err });
  let result;
  let failed = 0;
  let firstFailure = '';
  try {
    result = await runSweep({
      plan,
      runs: runs(),
      runner,
      write: (row) => {
        if (isFailedRow(row)) {
          if (failed++ === 0) firstFailure = `run ${row.run} (point ${row.point}, variant ${row.variant}, rep ${row.rep}, seed ${row.seed}): ${String(row[ERROR_COLUMN])}`;
        }
        writer.write(row);
      },
      progress: (n) => progress?.update(already + n),
      stop: stop.signal,
      abort: abort.signal,
    });
  } catch (e) {
    progress?.stop();
    if (isFsError(e)) throw ioError(e, `cannot write the sweep file; ${writer.rowsWritten} rows were written, rerun with --resume once there is room`, out);
    throw new CliError(`${(e as Error).message}; ${writer.rowsWritten} rows were written to ${out}; fix the cause and rerun with --resume`, EXIT.failed);
  } finally {
    progress?.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    try {
      writer.close();
    } catch (e) {
      // A full disk may only show when the file is flushed.
      if (isFsError(e)) throw ioError(e, 'cannot finish writing the sweep file; rerun with --resume once there is room', out);
      throw e;
    } finally {
      await runner.close();
    }
  }
  const total = already + result.written;
  if (result.interrupted) {
    err.write(`sweep: interrupted: ${total} of ${size} runs are in ${out}; rerun the same command with --resume to finish\n`);
    return 130;
  }
  process.stdout.write(`${out}: ${result.written} runs written, ${total} of ${size} done${failed ? `, ${failed} failed` : ''}\n`);
  if (failed) {
    err.write(`sweep: ${failed} run${failed === 1 ? '' : 's'} failed and ${failed === 1 ? 'is' : 'are'} recorded with an "${ERROR_COLUMN}" column instead of metrics; the first: ${firstFailure}\n`);
    return EXIT.failed;
  }
  return EXIT.ok;
}
