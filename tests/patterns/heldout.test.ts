/**
 * The held-out year (MODEL.md §8, last stylised fact; docs/CALIBRATION.md,
 * "Held-out year"): models/heldout/england-2015-16.json is England in 2015/16,
 * started from the published 2014/15 outturn and planned with 2015/16's
 * published inputs alone; nothing in it was fitted to 2015/16. Over 20
 * seeded replications (seeds 201-220) the 95% t interval of each mean is
 * compared with the published outcome (NAO, Financial sustainability of the
 * NHS, HC 785, 2016): a deficit of £2.45bn on £75.97bn of income (3.2%),
 * about two-thirds of trusts in deficit, from £859m (1.1% of that income)
 * and about half in 2014/15.
 *
 * What the model reproduces is asserted as such; what it does not (the
 * depth) is asserted as the measured shortfall, so that a mechanism that
 * closes it makes this test fail and the documentation is rewritten with it.
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/index.ts';
import { meanInterval } from '../../src/stats/meanInterval.ts';
import { model } from '../helpers/models.ts';

const REPS = 20;

/**
 * A held-out year's last-year summaries over REPS replications (seeds 201 on),
 * and the 95% t interval of a measure over them, printed with the year's label.
 */
function heldOut(name: string, label: string) {
  const s = model(`heldout/${name}`);
  const runs = Array.from({ length: REPS }, (_, r) => runScenario(s, { seed: 201 + r }).summary.lastYear);
  const ci = (measure: string, xs: number[]) => {
    const c = meanInterval(xs);
    console.log(`held-out ${label} ${measure}: ${c.mean.toFixed(4)} [${c.low.toFixed(4)}, ${c.high.toFixed(4)}]`);
    return c;
  };
  return { runs, ci };
}
/** Published 2014/15 reported result, £859m over 2015/16's income of £75.97bn (2014/15's is not published here). */
const BASE_RESULT = -0.859 / 75.97;
/** Published 2015/16 reported result: £2.45bn on £75.97bn. */
const PUBLISHED_RESULT = -2.45 / 75.97;

describe('held-out year: England 2015/16 from the 2014/15 outturn and 2015/16 inputs (20 replications, 95% CI of the mean)', () => {
  const { runs, ci } = heldOut('england-2015-16', '2015/16');

  it('the aggregate result deepens from the 2014/15 outturn, as it did', () => {
    const c = ci('aggregate trust result, share of income', runs.map((r) => r.trustResultShareOfIncome));
    expect(c.high).toBeLessThan(BASE_RESULT);
  });

  it('but by much less than the published fall: under a quarter of it (reported, not fitted: docs/CALIBRATION.md)', () => {
    const c = ci('aggregate trust result, share of income', runs.map((r) => r.trustResultShareOfIncome));
    const published = PUBLISHED_RESULT - BASE_RESULT;
    // The model's change, at the deep end of its interval, against the published change of about -2.1 points.
    expect((c.low - BASE_RESULT) / published).toBeLessThan(0.25);
    expect(c.low).toBeGreaterThan(PUBLISHED_RESULT);
  });

  it('about two-thirds of trusts end the year in deficit (published: 65% of NHS trusts, 66% of foundation trusts; about half in 2014/15)', () => {
    const c = ci('share of trusts in deficit', runs.map((r) => r.trustsInDeficit / r.trusts));
    expect(c.low).toBeGreaterThan(0.55);
    expect(c.high).toBeLessThan(0.75);
  });

  it('acute trusts are most of those in deficit (published: nearly three-quarters)', () => {
    const c = ci('acute share of trusts in deficit', runs.map((r) => r.acuteShareOfTrustDeficits));
    expect(c.low).toBeGreaterThan(0.6);
  });
});

/**
 * The second held-out year (docs/CALIBRATION.md, "Held-out year: 2019/20"):
 * models/heldout/england-2019-20.json, England in 2019/20 started from the
 * 2018/19 outturn with 2019/20's published inputs, NHS England's Provider
 * Sustainability Fund and Financial Recovery Fund among them. Published
 * outcome: a provider deficit of £910m, 53 trusts in deficit (slightly more
 * than a quarter, on a control-total basis), from £827m (excluding the
 * Carillion adjustment) and 107 trusts (46%) in 2018/19 (King's Fund; NHS
 * Providers; NAO). Trust income in either year was not found: £827m was "the
 * equivalent of 1%" of trusts' income (NAO, 2020), so 2018/19's is taken as
 * £83bn and 2019/20's as that grown by the year's 5.7% allocation growth.
 * The year's last month was the first of COVID-19.
 */
const INCOME_2018_19 = 83;
const INCOME_2019_20 = INCOME_2018_19 * 1.057;
/** Published 2018/19 result without the £256m Carillion adjustment: £827m, about 1.0% of income. */
const BASE_RESULT_2018_19 = -0.827 / INCOME_2018_19;
/** Published 2019/20 result: £910m. */
const PUBLISHED_RESULT_2019_20 = -0.91 / INCOME_2019_20;
/** Published shares of trusts in deficit: 46% in 2018/19, slightly more than a quarter (53 trusts) in 2019/20. */
const BASE_DEFICIT_SHARE_2018_19 = 0.46;
const PUBLISHED_DEFICIT_SHARE_2019_20 = 0.25;

describe('held-out year: England 2019/20 from the 2018/19 outturn and 2019/20 inputs (20 replications, 95% CI of the mean)', () => {
  const { runs, ci } = heldOut('england-2019-20', '2019/20');

  it('fewer trusts end the year in deficit than the 46% of 2018/19, as the published count fell', () => {
    const c = ci('share of trusts in deficit', runs.map((r) => r.trustsInDeficit / r.trusts));
    expect(c.high).toBeLessThan(BASE_DEFICIT_SHARE_2018_19);
  });

  it('but far too few: about a tenth against the published quarter (reported, not fitted: docs/CALIBRATION.md)', () => {
    const c = ci('share of trusts in deficit', runs.map((r) => r.trustsInDeficit / r.trusts));
    expect(c.high).toBeLessThan(0.6 * PUBLISHED_DEFICIT_SHARE_2019_20);
    expect(c.low).toBeGreaterThan(0.05);
  });

  it('and the aggregate ends in surplus where the published result stayed a deficit of about 1% of income: at least 2 points too high', () => {
    const c = ci('aggregate trust result, share of income', runs.map((r) => r.trustResultShareOfIncome));
    // Published: about -1.0% in both years (a change of about 0.0 points); the model moves from a start of -3.95% to a surplus.
    expect(c.low).toBeGreaterThan(0);
    expect(c.low - PUBLISHED_RESULT_2019_20).toBeGreaterThan(0.02);
    expect(c.low - BASE_RESULT_2018_19).toBeGreaterThan(0.02);
  });

  it('acute trusts are most of those in deficit (the published split for 2019/20 was not found)', () => {
    const c = ci('acute share of trusts in deficit', runs.map((r) => r.acuteShareOfTrustDeficits));
    expect(c.low).toBeGreaterThan(0.6);
  });

  it('the underlying result, without one-off money, stays a deficit (published 2018/19: £5.0bn excluding the PSF, about 6% of income)', () => {
    const c = ci('underlying result, share of income', runs.map((r) => r.trustUnderlyingShareOfIncome));
    expect(c.high).toBeLessThan(0);
  });
});
