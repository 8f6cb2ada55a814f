/**
 * Calibration targets (docs/CALIBRATION.md, docs/ODD.md §1.2) for models/england-2023-24-generated.json
 * (the England the inputs were fitted on; the data-built models/england-2023-24.json
 * is measured against the same targets in docs/DATA.md, reported, not fitted), over
 * 20 seeded replications of the 2023/24 year, run from the 2022/23 outturn with
 * 2023/24's published inputs: the mean of each measure, with a 95% t interval,
 * must lie in the target range (docs/CALIBRATION.md), except the underlying
 * gap, which the model reaches only in part (asserted as such, and reported).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/index.ts';
import { model } from '../helpers/models.ts';
import { meanInterval } from '../../src/stats/meanInterval.ts';

const REPS = 20;

describe('calibration of England 2023/24 (20 replications, 95% CI of the mean)', () => {
  const s = model('england-2023-24-generated');
  // Seeds 101-120: the inputs were fitted with seeds 1-3.
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

  // Issue 23: the figures the docs quote from these runs are what the runs give, at the digits quoted.
  it('docs/ODD.md \u00a71.2, docs/CALIBRATION.md, README and docs/DATA.md (generated England) quote these runs\u2019 means and intervals', () => {
    const read = (f: string) => readFileSync(new URL(`../../docs/${f}`, import.meta.url), 'utf8').replace(/\s+/g, ' ');
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const trusts = ci(runs.map((r) => r.lastYear.trustsInDeficit / r.lastYear.trusts));
    const acuteShare = mean(runs.map((r) => r.lastYear.acuteShareOfTrustDeficits));
    const deficit = ci(runs.map((r) => -r.lastYear.trustResultShareOfIncome));
    const acute = mean(runs.map((r) => -r.acuteResult));
    const income = mean(runs.map((r) => r.lastYear.trustIncome / 1e9));
    const delayed = mean(runs.map((r) => r.delayedDischargeShare));
    const gap = mean(runs.map((r) => -r.lastYear.trustUnderlyingShareOfIncome));
    const regions = Object.keys(runs[0]!.lastYear.byRegion!).map((k) => ({ k, m: mean(runs.map((r) => r.lastYear.byRegion![k]!.trustResultShareOfIncome)) })).sort((a, b) => a.m - b.m);
    /** `value` written with as many decimals as `stated` has. */
    const as = (stated: string, value: number) => value.toFixed(stated.split('.')[1]?.length ?? 0);
    const pct = (v: number) => 100 * v;

    const odd = read('ODD.md').match(/`models\/england-2023-24-generated\.json` starts from the 2022\/23 outturn .*? gives ([\d.]+)% of trusts in deficit \[([\d.]+)%, ([\d.]+)%\], ([\d.]+)% of them acute or integrated, an aggregate trust deficit of ([\d.]+)% of income \[([\d.]+)%, ([\d.]+)%\], an acute deficit of ([\d.]+)% of acute income \(the deepest\), trust income £([\d.]+)bn, and ([\d.]+)% of acute beds delayed\. The underlying gap \(([\d.]+)% of income\)/);
    expect(odd, 'ODD \u00a71.2\u2019s calibration sentence').not.toBeNull();
    const [, t, tlo, thi, a, d, dlo, dhi, ac, inc, del, g] = odd!;
    expect([t, tlo, thi, a, d, dlo, dhi, ac, inc, del, g]).toEqual([
      as(t!, pct(trusts.m)), as(tlo!, pct(trusts.lo)), as(thi!, pct(trusts.hi)), as(a!, pct(acuteShare)),
      as(d!, pct(deficit.m)), as(dlo!, pct(deficit.lo)), as(dhi!, pct(deficit.hi)), as(ac!, pct(acute)),
      as(inc!, income), as(del!, pct(delayed)), as(g!, pct(gap)),
    ]);

    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ').match(/the underlying gap \(([\d.]+)% of income against at least 3\.4% published\)/);
    expect(readme, 'README\u2019s calibration sentence').not.toBeNull();
    expect(readme![1]).toBe(as(readme![1]!, pct(gap)));

    const cal = read('CALIBRATION.md');
    const row = (name: string) => cal.match(new RegExp(`\\| ${name} \\| ([^|]+) \\|`))?.[1]!.trim();
    const triple = (cell: string | undefined) => cell?.match(/(−?£?[\d.]+)(?:bn)?%? \[(−?£?[\d.]+)(?:bn)?%?, (−?£?[\d.]+)(?:bn)?%?\]/)!.slice(1).map((x) => x.replace('£', '').replace('−', '-'));
    const check = (cell: string | undefined, c: { m: number; lo: number; hi: number }, scale = 1) => {
      const got = triple(cell);
      expect(got, cell).toBeDefined();
      expect(got).toEqual([as(got![0]!, scale * c.m), as(got![1]!, scale * c.lo), as(got![2]!, scale * c.hi)]);
    };
    check(row('share of trusts in deficit'), trusts);
    check(row('acute and integrated share of trusts in deficit'), ci(runs.map((r) => r.lastYear.acuteShareOfTrustDeficits)));
    check(row('aggregate trust deficit, share of trust income'), deficit);
    check(row('trust income'), ci(runs.map((r) => r.lastYear.trustIncome / 1e9)));
    check(row('acute result, share of acute income'), ci(runs.map((r) => r.acuteResult)), 100);
    check(row('underlying gap, share of trust income'), ci(runs.map((r) => -r.lastYear.trustUnderlyingShareOfIncome)));
    expect(row('share of acute beds delayed')).toBe(delayed.toFixed(4));
    // Regions: the two deepest with their means, then the others in order with their range.
    const deepest = regions.slice(0, 2).map((x) => `${x.k} −${as('1.7', -pct(x.m))}%`).join(', ');
    const rest = regions.slice(2);
    const others = `then ${rest.map((x) => x.k).join(', ').replace(/, ([^,]+)$/, ' and $1')} (−${as('0.40', -pct(rest[rest.length - 1]!.m))}% to −${as('0.85', -pct(rest[0]!.m))}%)`;
    expect(row('North West and Midlands deepest')).toBe(`${deepest}, ${others}`);

    // docs/DATA.md: the generated England's column of both tables (the data-built England's runs are not repeated here).
    const data = read('DATA.md');
    const gen = (measure: string) => data.match(new RegExp(`\\| ${measure} \\| [^|]* \\| ([^|]+) \\|`))?.[1]!.trim();
    const first = (cell: string | undefined) => cell?.match(/−?£?[\d.]+/)![0].replace('£', '').replace('−', '-');
    const expectAs = (cell: string | undefined, value: number) => {
      const got = first(cell);
      expect(got, cell).toBeDefined();
      expect(got).toBe(as(got!, value));
    };
    check(gen('Trusts in deficit')?.replace(/(\d)(?=[,\]])/g, '$1%'), { m: pct(trusts.m), lo: pct(trusts.lo), hi: pct(trusts.hi) });
    expectAs(gen('Acute share of trusts in deficit'), pct(acuteShare));
    check(gen('Aggregate trust result, % of income'), { m: -pct(deficit.m), lo: -pct(deficit.hi), hi: -pct(deficit.lo) });
    expectAs(gen('Underlying gap, % of income'), -pct(gap));
    expectAs(gen('Acute trusts, % of their income'), -pct(acute));
    expectAs(gen('Trust income'), income);
    expectAs(gen('Acute beds holding delayed discharges'), pct(delayed));
    for (const { k, m } of regions) {
      const cell = data.match(new RegExp(`\\| ${k} \\|(?:[^|]*\\|){4} ([^|]+) \\|`))?.[1];
      expectAs(cell, pct(m));
    }
  });
});
