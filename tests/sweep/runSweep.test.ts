import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRunOne, parseVary, planSweep, RunFailedError, runSweep, type Runner, type RunTask, type SweepRow } from '../../src/sweep/index.ts';
import { ROOT } from './helpers.ts';

const raw = JSON.parse(readFileSync(join(ROOT, 'models', 'default.json'), 'utf8')) as Record<string, unknown>;
const plan = planSweep({ model: 'default', raw: { ...raw, years: 1 }, variants: [], vary: [parseVary('demand.noise=0,0.05')], design: 'grid', reps: 10, seed: 7 });

/** A fake pool: rows of the task's ids, finishing after pseudo-random delays, so they finish out of order. */
function fakeRunner(concurrency: number, fail?: number): Runner & { started: number[] } {
  const started: number[] = [];
  let closed = false;
  return {
    concurrency,
    started,
    run(task: RunTask) {
      started.push(task.run);
      return new Promise<SweepRow>((resolve, reject) =>
        setTimeout(() => {
          if (closed) reject(new Error('closed'));
          else if (task.run === fail) reject(new Error('boom'));
          else resolve({ run: task.run, point: task.point, variant: task.variant, rep: task.rep, seed: task.seed });
        }, (task.run * 7919) % 13),
      );
    },
    cancelPending() {},
    async close() {
      closed = true;
    },
  };
}

describe('runSweep', () => {
  it('writes rows in run order whatever order they finish in, with few runs in flight', async () => {
    const written: number[] = [];
    const runner = fakeRunner(3);
    const r = await runSweep({ plan, runs: [...Array(plan.total).keys()], runner, write: (row) => written.push(row.run) });
    expect(r).toEqual({ written: 20, interrupted: false });
    expect(written).toEqual([...Array(20).keys()]);
  });

  it('keeps every finished row when a run fails, and names the run', async () => {
    const written: number[] = [];
    const err = await runSweep({ plan, runs: [...Array(plan.total).keys()], runner: fakeRunner(2, 5), write: (row) => written.push(row.run) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RunFailedError);
    expect((err as Error).message).toBe('run 5 failed (variant base, demand.noise=0.05, seed 7:2): boom');
    expect(written).not.toContain(5);
    expect(written.slice(0, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(new Set(written).size).toBe(written.length);
  });

  it('stops gracefully: no new runs, finished rows written in order', async () => {
    const stop = new AbortController();
    const written: number[] = [];
    const r = await runSweep({
      plan,
      runs: [...Array(plan.total).keys()],
      runner: fakeRunner(2),
      write: (row) => {
        written.push(row.run);
        if (written.length === 4) stop.abort();
      },
      stop: stop.signal,
    });
    expect(r.interrupted).toBe(true);
    expect(written).toEqual([...Array(written.length).keys()]);
    expect(written.length).toBeLessThan(20);
  });

  it('the row of a run in this thread is the tidy row', () => {
    const row = createRunOne(plan.context)(plan.task(3));
    expect(row).toMatchObject({ run: 3, point: 1, variant: 'base', rep: 1, seed: '7:1', 'demand.noise': 0.05 });
    expect(Object.keys(row).slice(0, 6)).toEqual(['run', 'point', 'variant', 'rep', 'seed', 'demand.noise']);
    expect(Object.values(row).slice(6).every((v) => typeof v === 'number')).toBe(true);
  });
});

describe('runSweep near the end', () => {
  it('a stop that drops queued runs after the last was submitted counts as interrupted', async () => {
    // One run at a time; the rest wait in a queue that cancelPending empties.
    const queue: Array<{ task: RunTask; resolve: (r: SweepRow) => void; reject: (e: Error) => void }> = [];
    let busy = false;
    const next = () => {
      if (busy || !queue.length) return;
      busy = true;
      const job = queue.shift()!;
      setTimeout(() => {
        busy = false;
        job.resolve({ run: job.task.run, point: 0, variant: 'base', rep: 0, seed: '' });
        next();
      }, 5);
    };
    const runner: Runner = {
      concurrency: 8,
      run: (task) => new Promise((resolve, reject) => (queue.push({ task, resolve, reject }), next())),
      cancelPending: () => queue.splice(0).forEach((j) => j.reject(new Error('cancelled'))),
      close: async () => {},
    };
    const stop = new AbortController();
    const written: number[] = [];
    const p = runSweep({ plan, runs: [0, 1, 2], runner, write: (row) => written.push(row.run), stop: stop.signal });
    stop.abort();
    expect(await p).toEqual({ written: 1, interrupted: true });
    expect(written).toEqual([0]);
  });
});
