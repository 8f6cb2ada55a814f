/**
 * The run controller's pause and step (src/ui/runController.ts), against a stand-in worker API:
 * a step clicked while a paused run is still publishing its result so far must wait for it and
 * then advance one month, not be dropped (tests/e2e/runner.test.ts saw the dropped step under load).
 */
import { describe, expect, it } from 'vitest';
import { packBatch } from '../../src/api/snapshotBatch.ts';
import type { MonthSnapshot, RunResult } from '../../src/engine/index.ts';
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

describe('the run controller', () => {
  it('steps one month from a pause even while the result so far is still being shown', async () => {
    const { workers, monthNow } = standIn(24);
    const shown: number[] = [];
    const states: RunState[] = [];
    let resultShown = Promise.resolve();
    let publishing = false;
    const controller = new RunController(
      {
        state: (s) => states.push(s),
        started: () => undefined,
        months: (snaps) => shown.push(...snaps.map((s) => s.month)),
        // Showing the result so far is slow, as on a loaded machine.
        result: (_r: RunResult) => {
          publishing = true;
          resultShown = new Promise((r) => setTimeout(r, 200)).then(() => void (publishing = false));
          return resultShown;
        },
        error: (m) => {
          throw new Error(m);
        },
      },
      workers,
    );
    controller.speed = { label: 'test', batch: 1, pauseMs: 0 };
    await controller.start({});
    while (shown.length < 3) await new Promise((r) => setTimeout(r, 1));
    controller.pause();
    while (!publishing) await new Promise((r) => setTimeout(r, 1));
    const before = monthNow();
    await controller.step();
    expect(publishing).toBe(false);
    expect(monthNow()).toBe(before + 1);
    expect(shown[shown.length - 1]).toBe(before);
    expect(controller.state).toBe('paused');
    expect(states).toContain('paused');
  });
});
