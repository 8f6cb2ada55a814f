/**
 * planSocialCareCapacity (src/engine/mechanisms/planSocialCareCapacity.ts,
 * in the planning round): care packages follow what the council can buy in
 * real terms against the first year; where they fall short of need the ICB
 * funds a share (`dischargeResponse`) of the shortfall, up to
 * `dischargeCap` of its envelope. By hand on the tiny scenario.
 */
import { describe, expect, it } from 'vitest';
import { trendIndex } from '../../../src/engine/demand.ts';
import { LINES } from '../../../src/engine/lines.ts';
import { planInputs, planParts, runMonthUntil } from '../../helpers/mechanismCall.ts';
import { org, smallState } from '../../helpers/smallState.ts';

const SOCIAL = LINES.indexOf('socialCare');
const ACUTE = LINES.indexOf('acute');

function planned(over: Record<string, unknown> = {}) {
  const st = smallState({ 'allocation.rule': 'rollForward', ...over });
  runMonthUntil(st, 'stepFlows');
  return { st, ...planInputs(st, 0) };
}

describe('planSocialCareCapacity', () => {
  it('buys the first year’s packages at the council’s prices, with no discharge fund when need is met (by hand)', () => {
    const { st, budgets } = planned();
    planParts.planSocialCareCapacity(st, 0, budgets);
    const county = org(st, 'county');
    expect(st.councilMoneyBase[county]).toBe(st.councilFunding[county]! + budgets[0]![SOCIAL]! + budgets[1]![SOCIAL]!);
    const costIndex = st.world.orgs[county]!.costIndex;
    st.world.places.forEach((p, i) => {
      expect(st.packageCapacityNow[i]).toBe(p.packageCapacity / costIndex);
      const need = (p.packageCapacity / st.scenario.council.capacityHeadroom) * trendIndex(st.scenario, ACUTE, 0.5);
      expect(need).toBeLessThan(st.packageCapacityNow[i]!);
    });
    expect([...st.dischargeFund]).toEqual([0, 0]);
  });

  it('has the ICB fund its response to a shortfall, up to its cap (by hand)', () => {
    const { st, budgets } = planned({ 'council.dischargeResponse': 0.5, 'council.dischargeCap': 0.05 });
    planParts.planSocialCareCapacity(st, 0, budgets);
    // The next year the NHS social care line is gone: the council buys with its own money only.
    const cut = budgets.map((b) => Float64Array.from(b, (v, l) => (l === SOCIAL ? 0 : v)));
    planParts.planSocialCareCapacity(st, 1, cut);
    const county = org(st, 'county');
    const c = st.scenario.council;
    const o = st.world.orgs[county]!;
    const real = st.councilFunding[county]! / st.councilMoneyBase[county]! / o.costIndex;
    const perPackage = o.explicitScale * o.costIndex * 100 * c.packageCostPerMonth * 12;
    st.world.places.forEach((p, i) => {
      const bought = p.packageCapacity * real;
      const need = (p.packageCapacity / c.capacityHeadroom) * trendIndex(st.scenario, ACUTE, 1.5);
      expect(need).toBeGreaterThan(bought);
      const funded = (need - bought) * 0.5;
      expect(st.packageCapacityNow[i]).toBeCloseTo(bought + funded, 9);
      expect(st.dischargeFund[i]).toBe(Math.round(funded * perPackage));
    });
    expect(st.dischargeFund[0]! + st.dischargeFund[1]!).toBeLessThan(0.05 * st.envelopes[0]!);
  });

  it('stops at the cap, shared among the places pro rata to what each asks (not first come, first served); with no room, nothing (by hand)', () => {
    const cutYear = (cap: number) => {
      const { st, budgets } = planned({ 'council.dischargeResponse': 0.5, 'council.dischargeCap': cap });
      planParts.planSocialCareCapacity(st, 0, budgets);
      planParts.planSocialCareCapacity(st, 1, budgets.map((b) => Float64Array.from(b, (v, l) => (l === SOCIAL ? 0 : v))));
      return st;
    };
    const open = cutYear(0.05);
    const st = cutYear(0.0001);
    const room = 0.0001 * st.envelopes[0]!;
    // Together the places get the room (each rounded to the penny), each in proportion to what it asked.
    expect(Math.abs(st.dischargeFund[0]! + st.dischargeFund[1]! - room)).toBeLessThanOrEqual(1);
    const share = room / (open.dischargeFund[0]! + open.dischargeFund[1]!);
    for (const i of [0, 1]) expect(Math.abs(st.dischargeFund[i]! - open.dischargeFund[i]! * share)).toBeLessThanOrEqual(1);
    expect(st.dischargeFund[1]).toBeGreaterThan(0);
    expect([...cutYear(0).dischargeFund]).toEqual([0, 0]);
  });
});
