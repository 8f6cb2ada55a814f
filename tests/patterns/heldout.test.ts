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
/** Published 2014/15 reported result, £859m over 2015/16's income of £75.97bn (2014/15's is not published here). */
const BASE_RESULT = -0.859 / 75.97;
/** Published 2015/16 reported result: £2.45bn on £75.97bn. */
const PUBLISHED_RESULT = -2.45 / 75.97;

describe('held-out year: England 2015/16 from the 2014/15 outturn and 2015/16 inputs (20 replications, 95% CI of the mean)', () => {
  const s = model('heldout/england-2015-16');
  const runs = Array.from({ length: REPS }, (_, r) => runScenario(s, { seed: 201 + r }).summary.lastYear);
  const ci = (name: string, xs: number[]) => {
    const c = meanInterval(xs);
    console.log(`held-out 2015/16 ${name}: ${c.mean.toFixed(4)} [${c.low.toFixed(4)}, ${c.high.toFixed(4)}]`);
    return c;
  };

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
