/**
 * Calibration targets (docs/CALIBRATION.md, docs/ODD.md §1.2) for models/england-2023-24-generated.json
 * (the England the inputs were fitted on; the data-built models/england-2023-24.json
 * is measured against the same targets in docs/DATA.md, reported, not fitted), over
 * 6 seeded replications of the 2023/24 year, run from the 2022/23 outturn with
 * 2023/24's published inputs: the mean of each measure, with a 95% t interval,
 * must lie in the target range (docs/CALIBRATION.md), except the underlying
 * gap, which the model reaches only in part (asserted as such, and reported).
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/index.ts';
import { model } from '../helpers/models.ts';
import { meanInterval } from '../../src/stats/meanInterval.ts';

const REPS = 6;

describe('calibration of England 2023/24 (6 replications, 95% CI of the mean)', () => {
  const s = model('england-2023-24-generated');
  // Seeds 101-106: the inputs were fitted with seeds 1-3.
  const runs = Array.from({ length: REPS }, (_, r) => runScenario(s, { seed: 101 + r }).summary).map((x) => ({ ...x, acuteResult: x.lastYear.acuteResultShareOfIncome }));
  const ci = (xs: number[]) => {
    const s = meanInterval(xs);
    return { m: s.mean, lo: s.low, hi: s.high };
  };
  const show = (name: string, c: { m: number; lo: number; hi: number }) => console.log(`calibration ${name}: ${c.m.toFixed(4)} [${c.lo.toFixed(4)}, ${c.hi.toFixed(4)}]`);

  it('about half or more of trusts end the year in deficit', () => {
    const c = ci(runs.map((r) => r.lastYear.trustsInDeficit / r.lastYear.trusts));
    show('share of trusts in deficit', c);
    expect(c.lo).toBeGreaterThanOrEqual(0.45);
  });
  it('acute trusts are the large majority of those in deficit', () => {
    const c = ci(runs.map((r) => r.lastYear.acuteShareOfTrustDeficits));
    show('acute share of trusts in deficit', c);
    expect(c.lo).toBeGreaterThan(0.7);
  });
  it('the aggregate trust deficit is about 0.5% to 1% of income', () => {
    const c = ci(runs.map((r) => -r.lastYear.trustResultShareOfIncome));
    show('aggregate trust deficit share of income', c);
    expect(c.lo).toBeGreaterThanOrEqual(0.005);
    expect(c.hi).toBeLessThanOrEqual(0.01);
  });
  it('trust income is of the real sector\u2019s size (about \u00a3130bn, within 10%)', () => {
    const c = ci(runs.map((r) => r.lastYear.trustIncome / 1e9));
    show('trust income (GBP bn)', c);
    expect(c.lo).toBeGreaterThan(117);
    expect(c.hi).toBeLessThan(143);
  });
  it('the underlying gap is deeper than the reported deficit, the difference hidden by non-recurrent measures (the published gap of 3.4% or more is not reached: see docs/CALIBRATION.md)', () => {
    const c = ci(runs.map((r) => -r.lastYear.trustUnderlyingShareOfIncome));
    show('aggregate trust underlying gap share of income', c);
    // The model carries two of the non-recurrent measures (non-recurrent savings at their published share and
    // NHS England's support at its published size); the rest (asset sales, balance-sheet releases, one-off
    // income) it does not, so it reaches about two-thirds of the published gap. Reported, not fitted.
    expect(c.lo).toBeGreaterThan(runs.reduce((s, r) => s - r.lastYear.trustResultShareOfIncome, 0) / runs.length + 0.005);
    expect(c.hi).toBeLessThan(0.034);
  });
  it('acute trusts are the deepest (about 1.2% of their income)', () => {
    const c = ci(runs.map((r) => -r.acuteResult));
    show('acute deficit share of acute income', c);
    expect(c.lo).toBeGreaterThan(0.008);
    expect(c.hi).toBeLessThan(0.016);
    for (const r of runs) expect(r.acuteResult).toBeLessThan(r.lastYear.trustResultShareOfIncome);
  });
  it('the North West (about 2.2%) and the Midlands (about 1.5%) are the deepest regions', () => {
    const regions = Object.keys(runs[0]!.lastYear.byRegion ?? {});
    expect(regions).toHaveLength(7);
    const mean = (k: string) => runs.reduce((a, r) => a + r.lastYear.byRegion![k]!.trustResultShareOfIncome, 0) / runs.length;
    const ranked = regions.map((k) => ({ k, m: mean(k) })).sort((a, b) => a.m - b.m);
    for (const k of ['North West', 'Midlands']) show(`${k} trust result share of income`, ci(runs.map((r) => r.lastYear.byRegion![k]!.trustResultShareOfIncome)));
    console.log(`calibration regions, deepest first: ${ranked.map((x) => `${x.k} ${(100 * x.m).toFixed(2)}%`).join('; ')}`);
    expect(ranked.slice(0, 2).map((x) => x.k).sort()).toEqual(['Midlands', 'North West']);
  });
  it('about 13% of acute beds hold delayed discharges', () => {
    const c = ci(runs.map((r) => r.delayedDischargeShare));
    show('share of acute beds delayed', c);
    expect(c.lo).toBeGreaterThan(0.12);
    expect(c.hi).toBeLessThan(0.14);
  });
});
