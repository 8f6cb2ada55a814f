/**
 * The sweep loop: keeps the runner busy with a bounded number of runs in
 * flight, and hands rows to `write` in the order of the run list (a small
 * reorder buffer holds rows that finish early), so the output is the same
 * whatever the number of workers and memory stays flat however many runs.
 *
 * `stop` ends the sweep gracefully: no new runs start, runs already
 * started finish and are written (queued ones are dropped). `abort` abandons runs in flight; rows already
 * finished are still written.
 */
import type { Runner } from './runner.ts';
import type { SweepPlan } from './sweepPlan.ts';
import type { SweepRow } from './sweepRow.ts';

/** Options of the loop. */
export interface RunSweepOptions {
  plan: SweepPlan;
  /** Run ids to do, in order. */
  runs: Iterable<number>;
  runner: Runner;
  /** Receives each finished row. */
  write(row: SweepRow): void;
  /** Called after each row is written with the count so far. */
  progress?(written: number): void;
  /** Graceful stop. */
  stop?: AbortSignal;
  /** Immediate stop. */
  abort?: AbortSignal;
}

/** How the loop ended. */
export interface RunSweepResult {
  written: number;
  /** True when stopped or aborted before every run was done. */
  interrupted: boolean;
}

/** An error in one run, with what is needed to reproduce it. */
export class RunFailedError extends Error {
  constructor(
    readonly run: number,
    readonly detail: string,
    override readonly cause: unknown,
  ) {
    super(`run ${run} failed (${detail}): ${(cause as Error)?.message ?? String(cause)}`);
    this.name = 'RunFailedError';
  }
}

/**
 * Runs the sweep.
 * @throws RunFailedError when a run fails, after writing every row that finished
 */
export function runSweep(o: RunSweepOptions): Promise<RunSweepResult> {
  const window = o.runner.concurrency * 4 + 4;
  const it = o.runs[Symbol.iterator]();
  const buffer = new Map<number, SweepRow>();
  let submitted = 0;
  let nextWrite = 0;
  let inFlight = 0;
  let written = 0;
  let exhausted = false;
  let failure: unknown;
  let settled = false;

  return new Promise<RunSweepResult>((resolve, reject) => {
    const stopped = () => !!o.stop?.aborted || !!o.abort?.aborted || failure !== undefined;
    const emit = (row: SweepRow) => {
      o.write(row);
      written++;
      o.progress?.(written);
    };
    const flush = () => {
      for (let row = buffer.get(nextWrite); row; row = buffer.get(nextWrite)) {
        buffer.delete(nextWrite++);
        emit(row);
      }
    };
    const finish = () => {
      if (settled || inFlight > 0 || !(exhausted || stopped())) return;
      settled = true;
      try {
        // Gaps (a failed or abandoned run) leave rows behind them: keep them all.
        for (const seq of [...buffer.keys()].sort((a, b) => a - b)) emit(buffer.get(seq)!);
        buffer.clear();
      } catch (e) {
        failure ??= e;
      }
      if (failure !== undefined) reject(failure);
      else resolve({ written, interrupted: !exhausted || written < submitted });
    };
    const pump = () => {
      while (!stopped() && !exhausted && submitted - nextWrite < window) {
        const next = it.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        const seq = submitted++;
        const task = o.plan.task(next.value);
        inFlight++;
        o.runner.run(task).then(
          (row) => {
            inFlight--;
            buffer.set(seq, row);
            if (!o.abort?.aborted) {
              try {
                flush();
              } catch (e) {
                failure ??= e;
              }
            }
            pump();
          },
          (err: unknown) => {
            inFlight--;
            if (!o.abort?.aborted && !o.stop?.aborted && failure === undefined) {
              const at = o.plan.context.paths.map((p, i) => `${p}=${JSON.stringify(task.values[i])}`);
              failure = new RunFailedError(task.run, [`variant ${task.variant}`, ...at, `seed ${task.seed}`].join(', '), err);
              o.runner.cancelPending();
            }
            pump();
          },
        );
      }
      finish();
    };
    o.abort?.addEventListener('abort', () => {
      void o.runner.close().finally(finish);
    });
    o.stop?.addEventListener('abort', () => {
      o.runner.cancelPending();
      finish();
    });
    pump();
  });
}
