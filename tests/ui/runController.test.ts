/**
 * The run controller's pause, step and resume (src/ui/runController.ts), against a stand-in worker
 * API: a step or a resume clicked while a paused run is still publishing its result so far must
 * take effect once it is shown, not be dropped (tests/e2e/runner.test.ts saw the dropped step under
 * load; a dropped resume left the run "running" with nothing computing it).
 */
import { describe, expect, it } from 'vitest';
import { packBatch } from '../../src/api/snapshotBatch.ts';
import type { MonthSnapshot } from '../../src/engine/index.ts';
import { RunController, type RunState } from '../../src/ui/runController.ts';
import type { SimWorkers, TakenWorker } from '../../src/ui/simWorker.ts';

const snapshot = (month: number): MonthSnapshot => ({ month, label: `m${month}`, bedsOccupied: 1, delayedDischarges: 0, carePackages: 0, emergencyAdmissions: 0, spendingByLine: [0], balances: [0] }) as unknown as MonthSnapshot;

/** A worker API over `total` months, each `next` answered after a turn of the event loop. */
function standIn(total: number) {
  let month = 0;
  const api = {
    start: async () => ({ ok: true, scenario: 's', organisations: 1, seed: 1, startYear: 2023, totalMonths: total, tracked: [] }),
    next: async (n: number) => {
      await new Promise((r) => setTimeout(r, 1));
      const snaps: MonthSnapshot[] = [];
      for (let i = 0; i < n && month < total; i++) snaps.push(snapshot(month++));
      return packBatch(snaps, month >= total);
    },
    resultHead: async () => ({ head: { meta: {} }, rows: { years: 0, organisations: 0 }, read: 1 }),
    resultRows: async () => [],
  };
  const worker = { addEventListener() {}, terminate() {} } as unknown as Worker;
  const workers = { take: (): TakenWorker => ({ worker, api: api as unknown as TakenWorker['api'], early: null, used: false }) } as unknown as SimWorkers;
  return { workers, monthNow: () => month };
}

/** A controller on a stand-in API whose result so far takes 200 ms to show (as on a loaded machine). */
function slowResults(total: number) {
  const { workers, monthNow } = standIn(total);
  const shown: number[] = [];
  const states: RunState[] = [];
  const s = { publishing: false };
  const controller = new RunController(
    {
      state: (x) => states.push(x),
      started: () => undefined,
      months: (snaps) => shown.push(...snaps.map((m) => m.month)),
      result: () => {
        s.publishing = true;
        return new Promise<void>((r) => setTimeout(r, 200)).then(() => void (s.publishing = false));
      },
      error: (m) => {
        throw new Error(m);
      },
    },
    workers,
  );
  controller.speed = { label: 'test', batch: 1, pauseMs: 0 };
  return { controller, shown, states, s, monthNow };
}

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('the run controller', () => {
  it('resumes a paused run even while the result so far is still being shown', async () => {
    const { controller, shown, s } = slowResults(24);
    await controller.start({});
    while (shown.length < 3) await tick();
    controller.pause();
    while (!s.publishing) await tick();
    controller.resume();
    expect(controller.state).toBe('running');
    // The run goes on to its end once the result so far is shown.
    for (let i = 0; i < 2000 && controller.state !== 'done'; i++) await tick();
    expect(controller.state).toBe('done');
    expect(shown.length).toBe(24);
  });

  it('steps one month from a pause even while the result so far is still being shown', async () => {
    const { controller, shown, states, s, monthNow } = slowResults(24);
    await controller.start({});
    while (shown.length < 3) await tick();
    controller.pause();
    while (!s.publishing) await tick();
    const before = monthNow();
    await controller.step();
    expect(s.publishing).toBe(false);
    expect(monthNow()).toBe(before + 1);
    expect(shown[shown.length - 1]).toBe(before);
    expect(controller.state).toBe('paused');
    expect(states).toContain('paused');
  });
});
