/**
 * Where runs execute: a pool of worker threads, or the calling thread. The
 * sweep loop sees only this interface, so swapping one for the other is one
 * line.
 */
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import { createRunOne, type SweepContext } from './runOne.ts';
import { workerResourceLimits } from './workerHeap.ts';
import type { RunTask, SweepRow } from './sweepRow.ts';

/** Runs tasks and returns their rows. */
export interface Runner {
  /** Runs that can execute at once. */
  readonly concurrency: number;
  run(task: RunTask): Promise<SweepRow>;
  /** Drops runs not yet started (their promises reject). */
  cancelPending(): void;
  /** Stops, abandoning runs in progress. */
  close(): Promise<void>;
}

/** The default number of workers: one per core. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/** The pool worker's entry, compiled by `npm run build:node`: beside this code in the bundle, in dist-node/ when run from source. */
export const WORKER_ENTRY = typeof ICSIM_BUNDLE === 'undefined' ? new URL('../../dist-node/sweep.worker.mjs', import.meta.url) : new URL('./sweep.worker.mjs', import.meta.url);

/** A tinypool of `threads` worker threads, each given the sweep context once. */
export function poolRunner(context: SweepContext, threads: number): Runner {
  const pool = new Tinypool({
    filename: WORKER_ENTRY.href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    // The next task waits inside the worker, so it never idles for a round trip to the main thread.
    concurrentTasksPerWorker: 2,
    workerData: context,
    // Limits that make V8 collect before it grows the heap: memory stays flat over a long sweep (workerHeap.ts).
    resourceLimits: workerResourceLimits(context.raw, context.paths),
  });
  // A worker that fails to start (or dies between tasks) fails every run in
  // flight, instead of leaving them queued. Each run registers its own
  // rejecter and removes it when it settles: racing every run against one
  // shared promise that never settles kept a reaction (and so the row) of
  // every finished run alive, and memory grew with the length of the sweep.
  const pending = new Set<(e: Error) => void>();
  pool.on('error', (e: Error) => {
    const err = new Error(`a worker thread failed: ${e?.message ?? String(e)}`);
    for (const reject of [...pending]) reject(err);
  });
  let closing: Promise<void> | undefined;
  return {
    concurrency: threads,
    run: (task) =>
      new Promise<SweepRow>((resolve, reject) => {
        pending.add(reject);
        (pool.run(task) as Promise<SweepRow>).then(resolve, reject).finally(() => pending.delete(reject));
      }),
    cancelPending: () => pool.cancelPendingTasks(),
    close: () => (closing ??= pool.destroy()),
  };
}

/** Runs in the calling thread, yielding to the event loop between runs (so Ctrl-C is heard). */
export function inProcessRunner(context: SweepContext): Runner {
  const runOne = createRunOne(context);
  let closed = false;
  return {
    concurrency: 1,
    async run(task) {
      await new Promise<void>((r) => setImmediate(r));
      if (closed) throw new Error('the runner is closed');
      return runOne(task);
    },
    cancelPending() {
      closed = true;
    },
    async close() {
      closed = true;
    },
  };
}
