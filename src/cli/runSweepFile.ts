/**
 * The run loop that `icsim sweep` and `icsim sensitivity` share: resume or
 * create the sweep file, stream each finished run to it through the worker
 * pool (or this thread), show progress, stop cleanly on Ctrl-C (once: after
 * the runs in progress; twice: now), record failed runs as rows, and turn
 * file-system errors into one clear line.
 */
import { existsSync } from 'node:fs';
import {
  createProgress,
  ERROR_COLUMN,
  inProcessRunner,
  inShard,
  isFailedRow,
  MAIN_COLLECT_EVERY,
  periodicCollection,
  poolRunner,
  runSweep,
  scanForResume,
  shardSize,
  SweepWriter,
  type FileScan,
  type SweepHeader,
  type SweepPlan,
} from '../sweep/index.ts';
import { CliError } from './CliError.ts';
import { EXIT } from './exitCodes.ts';
import { ioError, isFsError } from './ioError.ts';
import type { SweepArgs } from './readSweepArgs.ts';

/**
 * The command-line options every command that writes a sweep file takes (seed,
 * years, overrides, the file, workers, resume, shards, quiet); each command
 * adds its own.
 */
export const SWEEP_FILE_ARGS = {
  seed: { type: 'string' },
  years: { type: 'string' },
  set: { type: 'string', multiple: true, default: [] as string[] },
  out: { type: 'string' },
  workers: { type: 'string' },
  resume: { type: 'boolean', default: false },
  shard: { type: 'string' },
  shards: { type: 'string' },
  quiet: { type: 'boolean', default: false },
} as const;

/** What to run and where. */
export interface SweepFileOptions {
  /** The command's name, for messages ("sweep", "sensitivity"). */
  command: string;
  plan: SweepPlan;
  /** The output file, its format, the workers and the shard, as `readSweepArgs` read them. */
  target: Pick<SweepArgs, 'out' | 'format' | 'workers' | 'shard'>;
  resume: boolean;
  quiet: boolean;
  /** The first line shown: what is run (the shard, the runs already done and the threads are added). */
  describe: string;
}

/** How the loop ended. */
export interface SweepFileResult {
  /** Exit code: 0 done, 1 some runs failed, 130 interrupted. */
  code: number;
  /** Runs in the file now, and in this shard. */
  total: number;
  size: number;
  failed: number;
}

/** Runs the sweep into its file. */
export async function runSweepFile(o: SweepFileOptions): Promise<SweepFileResult> {
  const { command, plan } = o;
  const { out, format, workers, shard } = o.target;
  // The file's header: the plan's, with the shard if any.
  const header: SweepHeader = { ...plan.header, shard: shard ? { index: shard.index, count: shard.count } : null };
  const size = shardSize(plan.total, header.shard);
  let done: Uint8Array<ArrayBufferLike> = new Uint8Array(0);
  let scan: FileScan | undefined;
  if (existsSync(out)) {
    if (!o.resume) throw new CliError(`${out} exists; add --resume to finish it, or choose another --out`);
    ({ scan, done } = scanForResume(out, format, header));
  }
  const already = scan?.rows ?? 0;
  const todo = size - already;
  const err = process.stderr;
  const say = (text: string) => {
    if (!o.quiet) err.write(text + '\n');
  };
  let writer: SweepWriter;
  try {
    writer = scan ? SweepWriter.resume(out, header, format, scan) : SweepWriter.create(out, header, format);
  } catch (e) {
    if (isFsError(e)) throw ioError(e, `cannot write the ${command} file`, out);
    throw e;
  }
  if (scan?.tornBytes) say(`${command}: ${out}: removed a torn last line (${scan.tornBytes} bytes) left by an interrupted run`);
  const threads = Math.max(0, Math.min(workers, todo));
  say(
    o.describe +
      (header.shard ? `; shard ${header.shard.index}/${header.shard.count}${shard?.source ? ` (${shard?.source})` : ''}: ${size} runs` : '') +
      (already ? `; ${already} already in ${out}` : '') +
      `; ${workers === 0 ? 'in this thread' : `${threads} worker${threads === 1 ? '' : 's'}`} -> ${out}`,
  );
  if (todo === 0) {
    writer.close();
    process.stdout.write(`${out}: all ${size} runs are done\n`);
    return { code: EXIT.ok, total: size, size, failed: 0 };
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
      err.write(`\n${command}: ${signal}: stopping after the runs in progress (Ctrl-C again to stop now)\n`);
      stop.abort();
    } else if (!abort.signal.aborted) {
      err.write(`\n${command}: ${signal}: stopping now\n`);
      abort.abort();
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const progress = o.quiet ? undefined : createProgress({ total: size, already, stream: err });
  let result;
  let failed = 0;
  let firstFailure = '';
  const collect = periodicCollection(MAIN_COLLECT_EVERY);
  try {
    result = await runSweep({
      plan,
      runs: runs(),
      runner,
      write: (row) => {
        if (isFailedRow(row) && failed++ === 0) firstFailure = `run ${row.run} (point ${row.point}, variant ${row.variant}, rep ${row.rep}, seed ${row.seed}): ${String(row[ERROR_COLUMN])}`;
        writer.write(row);
        collect();
      },
      progress: (n) => progress?.update(already + n),
      stop: stop.signal,
      abort: abort.signal,
    });
  } catch (e) {
    progress?.stop();
    if (isFsError(e)) throw ioError(e, `cannot write the ${command} file; ${writer.rowsWritten} rows were written, rerun with --resume once there is room`, out);
    throw new CliError(`${(e as Error).message}; ${writer.rowsWritten} rows were written to ${out}; fix the cause and rerun with --resume`, EXIT.failed);
  } finally {
    progress?.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    try {
      writer.close();
    } catch (e) {
      // A full disk may only show when the file is flushed.
      if (isFsError(e)) throw ioError(e, `cannot finish writing the ${command} file; rerun with --resume once there is room`, out);
      throw e;
    } finally {
      await runner.close();
    }
  }
  const total = already + result.written;
  if (result.interrupted) {
    err.write(`${command}: interrupted: ${total} of ${size} runs are in ${out}; rerun the same command with --resume to finish\n`);
    return { code: 130, total, size, failed };
  }
  process.stdout.write(`${out}: ${result.written} runs written, ${total} of ${size} done${failed ? `, ${failed} failed` : ''}\n`);
  if (failed) {
    err.write(`${command}: ${failed} run${failed === 1 ? '' : 's'} failed and ${failed === 1 ? 'is' : 'are'} recorded with an "${ERROR_COLUMN}" column instead of metrics; the first: ${firstFailure}\n`);
    return { code: EXIT.failed, total, size, failed };
  }
  return { code: EXIT.ok, total, size, failed };
}
