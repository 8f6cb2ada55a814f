/**
 * planCosts (src/engine/mechanisms/planCosts.ts, in the planning round):
 * each provider's planned income (contract offers, acute activity at plan,
 * income from outside the ICB, council funding) and the bed-days and
 * packages it plans for, then its cost plan. By hand: the acute trust's
 * planned income and its bed base (start occupancy); last year's cancelled
 * share; recorded: every provider's planned income, cost and savings plan.
 */
import { describe, expect, it } from 'vitest';
import { trendIndex } from '../../../src/engine/demand.ts';
import { LINES } from '../../../src/engine/lines.ts';
import { activityPlan } from '../../../src/engine/mechanisms/planCosts.ts';
import { advanceTo, planParts, runMonthUntil } from '../../helpers/mechanismCall.ts';
import { org, smallState } from '../../helpers/smallState.ts';

const ACUTE = LINES.indexOf('acute');

describe('planCosts', () => {
  it('plans the first year of each provider (recorded)', () => {
    const st = smallState();
    runMonthUntil(st, 'stepFlows');
    const providers = st.world.orgs.filter((o) => o.kind !== 'icb' && o.kind !== 'place');
    expect(providers.map((o) => `${o.id} income ${Math.round(o.plannedIncome)} cost ${Math.round(o.plannedCost)} savings ${Math.round(o.savingsPlan)}`)).toMatchInlineSnapshot(`
      [
        "sys:acute income 18412402962 cost 18548425956 savings 355190736",
        "sys:community income 2247868425 cost 2258785527 savings 20085994",
        "sys:mh income 2457010236 cost 2489112004 savings 62652573",
        "sys:county income 5074508267 cost 5087376422 savings 45522932",
        "sys:gp-n1 income 699666376 cost 695502214 savings 0",
        "sys:gp-n2 income 499761697 cost 493637541 savings 0",
        "sys:gp-s1 income 527748352 cost 517288146 savings 0",
        "sys:gp-s2 income 351832235 cost 347709036 savings 0",
      ]
    `);
  });

  it('plans the acute trust’s income from its offers, both places’ activity and its other income (by hand)', () => {
    const st = smallState();
    runMonthUntil(st, 'stepFlows');
    const acute = org(st, 'acute');
    const expected = st.offers[acute]! + activityPlan(st, 0, 0) + activityPlan(st, 1, 0) + st.otherAnnual[acute]!;
    expect(st.world.orgs[acute]!.plannedIncome).toBeCloseTo(expected, 4);
    // The council plans on its offers and its own funding.
    const county = org(st, 'county');
    expect(st.world.orgs[county]!.plannedIncome).toBeCloseTo(st.offers[county]! + st.councilFunding[county]! + st.dischargeFund[0]! + st.dischargeFund[1]!, 4);
    // A commissioner plans nothing here.
    expect(st.world.orgs[org(st, 'icb')]!.plannedIncome).toBe(0);
  });

  it('sets the acute bed base once, from the starting stocks at start occupancy (by hand)', () => {
    const st = smallState();
    runMonthUntil(st, 'stepFlows');
    const prof = st.profiles[org(st, 'acute')]!;
    const inBeds = st.world.places.reduce((a, p) => a + p.stocks.treating + p.stocks.delayed, 0);
    // Planned bed-days are grown by half a year of acute demand: the base is sized for the year's middle.
    const growth = trendIndex(st.scenario, ACUTE, 0.5) / trendIndex(st.scenario, ACUTE, 0);
    expect(prof.beds).toBeCloseTo((inBeds * growth) / st.scenario.acute.startOccupancy, 6);
    const beds = prof.beds;
    advanceTo(st, 12);
    runMonthUntil(st, 'stepFlows');
    expect(prof.beds).toBe(beds);
  });

  it('carries last year’s cancelled admissions into this year’s plan, and restarts the count', () => {
    const st = smallState();
    advanceTo(st, 12);
    runMonthUntil(st, 'planYear');
    st.yearAdmitted.set([900, 1000]);
    st.yearCancelled.set([100, 0]);
    const before = activityPlan(st, 0, 1);
    planParts.planCosts(st, 1);
    expect([...st.cancelledShare]).toEqual([0.1, 0]);
    expect([...st.yearAdmitted, ...st.yearCancelled]).toEqual([0, 0, 0, 0]);
    expect(activityPlan(st, 0, 1)).toBeCloseTo(before * 0.9 * (st.communityPlan[0]! / st.communityNow[0]!), 6);
  });
});
