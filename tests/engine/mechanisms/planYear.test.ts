/**
 * planYear (src/engine/mechanisms/planYear.ts): the planning round each
 * April. By hand with flat yearly inputs: this year's price index and the
 * national price, council funding per head grown by its own growth, the
 * year's counters cleared, providers' input prices moved, the community
 * index against the first year. Recorded: the authorisations it opens and
 * the contracts after bargaining.
 */
import { describe, expect, it } from 'vitest';
import { inputPriceGrowth } from '../../../src/engine/providerFinance.ts';
import { advanceTo, callMechanism, runMonthUntil } from '../../helpers/mechanismCall.ts';
import { org, smallState } from '../../helpers/smallState.ts';

describe('planYear', () => {
  it('sets the first year’s prices, council funding and authorisations (by hand and recorded)', () => {
    const st = smallState();
    runMonthUntil(st, 'planYear');
    const s = st.scenario;
    const auths = st.ledger.authorisations.length;
    const costIndex = st.world.orgs.map((o) => o.costIndex);
    callMechanism('planYear', st, 0);
    // Flat defaults: inflation 2.5%, cost uplift 3.7% less efficiency 2%.
    expect(st.price).toBeCloseTo(1.025, 15);
    expect(st.nationalPrice).toBeCloseTo(1.037 * 0.98, 15);
    // County serves 100,000 people at £300 a head, grown 3% for the first year.
    expect(st.councilFunding[org(st, 'county')]).toBe(Math.round(100_000 * s.council.fundingPerHead * 100 * 1.03));
    expect([...st.communityIndex]).toEqual([1, 1]);
    for (const o of st.world.orgs) {
      const moved = o.kind === 'icb' || o.kind === 'place' ? 1 : inputPriceGrowth(s, o.kind, 0);
      expect(o.costIndex, o.id).toBeCloseTo(costIndex[o.index]! * moved, 12);
    }
    expect(st.ledger.authorisations.slice(auths).map((a) => `${a.body}: ${a.decision}`)).toMatchInlineSnapshot(`
      [
        "nhsEngland: allocation 2023/24",
        "localGovernment: council funding 2023/24",
        "sys:icb: operating spend",
        "sys:acute: operating spend",
        "sys:community: operating spend",
        "sys:mh: operating spend",
        "sys:county: operating spend",
        "sys:north: operating spend",
        "sys:gp-n1: operating spend",
        "sys:gp-n2: operating spend",
        "sys:south: operating spend",
        "sys:gp-s1: operating spend",
        "sys:gp-s2: operating spend",
        "sys:icb: allocation 2023/24 by negotiate across lines",
      ]
    `);
    expect(st.contracts.map((c) => `${st.world.orgs[c.provider]!.id} ${c.annual}`)).toMatchInlineSnapshot(`
      [
        "sys:acute 6803297166",
        "sys:community 1730326483",
        "sys:mh 1893804548",
        "sys:county 1984508267",
        "sys:gp-n1 699666376",
        "sys:gp-n2 499761697",
        "sys:gp-s1 527748352",
        "sys:gp-s2 351832235",
      ]
    `);
  });

  it('clears the year’s counters, and moves the community index by the community budget in real terms', () => {
    const st = smallState();
    advanceTo(st, 12);
    runMonthUntil(st, 'planYear');
    expect(st.ledger.yearIn.some((v) => v > 0)).toBe(true);
    callMechanism('planYear', st, 12);
    expect(st.ledger.yearIn.every((v) => v === 0)).toBe(true);
    expect(st.ledger.yearOut.every((v) => v === 0)).toBe(true);
    expect(st.price).toBeCloseTo(1.025 ** 2, 15);
    expect(st.nationalPrice).toBeCloseTo((1.037 * 0.98) ** 2, 15);
    expect([...st.communityIndex].map((v) => v.toFixed(6))).toMatchInlineSnapshot(`
      [
        "0.992531",
        "0.992531",
      ]
    `);
    expect(st.shareByYear).toEqual([0, 0]);
  });
});
