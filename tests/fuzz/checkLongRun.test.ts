/**
 * checkLongRun (issue 21's long-run bounds) on a real short run, which
 * holds them, and on copies of it with one bound broken at a time; and
 * runLongRun, which keeps the months before a ScaleError.
 */
import { describe, expect, it } from 'vitest';
import { runScenario, type RunResult } from '../../src/engine/index.ts';
import { checkLongRun, LONG_RUN_SPEND_RATIO, LONG_RUN_TRUST_RESULT_SHARE } from '../../src/fuzz/checkLongRun.ts';
import { runLongRun } from '../../src/fuzz/runLongRun.ts';
import { model } from '../helpers/models.ts';

describe('checkLongRun', () => {
  const s = model('default');
  const base = runScenario(s, { seed: 1, years: 2 });
  const copy = (): RunResult => structuredClone(base);

  it('the thresholds are issue 21\u2019s: twice income, and ±10% of the trusts\u2019 income', () => {
    expect(LONG_RUN_SPEND_RATIO).toBe(2);
    expect(LONG_RUN_TRUST_RESULT_SHARE).toBe(0.1);
  });

  it('a two-year run of the default model holds every bound', () => {
    expect(checkLongRun(base, s)).toEqual([]);
  });

  it('spending over twice income, or any spending without income, is a violation; nothing spent with nothing earned is not', () => {
    const r = copy();
    const council = r.years.find((y) => y.kind === 'council')!;
    council.spend = 2.01 * council.income;
    const idle = r.years.find((y) => y !== council && y.kind === 'council')!;
    idle.income = 0;
    idle.spend = 0;
    expect(checkLongRun(r, s).map((v) => v.message)).toEqual([expect.stringMatching(new RegExp(`^${council.org} spent £\\d+ in ${council.fy}, 2\\.010x its income`))]);
    idle.spend = 1;
    expect(checkLongRun(r, s).map((v) => v.message)).toContainEqual(expect.stringMatching(/with an income of £0/));
  });

  it('the trusts\u2019 aggregate result beyond ±10% of their income in a year is a violation, either way', () => {
    for (const sign of [-1, 1]) {
      const r = copy();
      const fy = r.years[0]!.fy;
      const trusts = r.years.filter((y) => y.fy === fy && ['acute', 'community', 'mentalHealth', 'integrated'].includes(y.kind));
      const income = trusts.reduce((a, y) => a + y.income, 0);
      for (const y of trusts) y.result = (sign * 0.11 * income) / trusts.length;
      const v = checkLongRun(r, s);
      expect(v).toHaveLength(1);
      expect(v[0]!.message).toMatch(new RegExp(`^trusts' aggregate result in ${fy} is ${sign < 0 ? '-' : ''}11\\.0% of their income`));
    }
  });

  it('delayed discharges above the beds occupied, in the system or a place, are a violation', () => {
    const r = copy();
    r.series.delayedDischarges[3] = r.series.bedsOccupied[3]! + 1;
    const p = r.series.byPlace[1]!;
    p.delayedDischarges[5] = p.bedsOccupied[5]! + 0.5;
    expect(checkLongRun(r, s).map((v) => v.message)).toEqual([
      expect.stringMatching(new RegExp(`^system: .* delayed discharges in ${r.series.month[3]} exceed`)),
      expect.stringMatching(new RegExp(`^place ${p.place}: .* delayed discharges in ${r.series.month[5]} exceed`)),
    ]);
  });

  it('refuses a summary-only result, whose empty series would pass the bed bound unread', () => {
    expect(() => checkLongRun(runScenario(s, { seed: 1, years: 1, summaryOnly: true }), s)).toThrow(/monthly series/);
  });
});

describe('runLongRun', () => {
  it('a run that finishes: every month, a time for each year, no stop, and the same result as runScenario', () => {
    const s = model('default');
    const run = runLongRun(s, { seed: 2, years: 2 });
    expect(run.months).toBe(24);
    expect(run.yearMs).toHaveLength(2);
    expect(run.stopped).toBeUndefined();
    expect(JSON.stringify(run.result)).toBe(JSON.stringify(runScenario(s, { seed: 2, years: 2 })));
  });

  it('money beyond exact counting stops the run and keeps the months before it', () => {
    // A population all admitted yearly for 60 days at £5,000 a day: beyond £90 trillion within a few years.
    const s = model('default', { acute: { admissionsPerThousand: 1000, lengthOfStayDays: 60, costPerBedDay: 5000 }, demand: { growth: { acute: 0.3 } }, years: 50 });
    const run = runLongRun(s, { seed: 1 });
    expect(run.stopped).toMatch(/^ScaleError: money beyond exact counting/);
    expect(run.months).toBeGreaterThan(0);
    expect(run.months).toBeLessThan(600);
    expect(run.result.series.month).toHaveLength(run.months);
    expect(run.result.years.length).toBeGreaterThan(0);
  });
});
