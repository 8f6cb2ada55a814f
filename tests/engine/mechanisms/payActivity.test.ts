/**
 * payActivity (src/engine/mechanisms/payActivity.ts, called from payMonth):
 * acute activity paid at the national price. By hand on a flat month (no
 * growth, season or noise): a place's planned units / 12 at the price;
 * activity above plan at the marginal rate; delayed bed-days displacing
 * elective income; the payment split between the ICB and a place's
 * delegated budget in their shares.
 */
import { describe, expect, it } from 'vitest';
import { payParts, runMonthUntil } from '../../helpers/mechanismCall.ts';
import { lines, smallState, transfersSince } from '../../helpers/smallState.ts';

const FLAT = { 'demand.seasonality': 0, 'demand.noise': 0, 'demand.growth.acute': 0, 'income.electiveDisplacement': 0 };

function payApril(over: Record<string, unknown>) {
  const st = smallState(over);
  runMonthUntil(st, 'payMonth');
  const n = st.ledger.size;
  payParts.payActivity(st, 0);
  return { st, moved: transfersSince(st, n) };
}

describe('payActivity', () => {
  it('pays April’s activity of each place (recorded)', () => {
    const { moved } = payApril({});
    expect(lines(moved)).toMatchInlineSnapshot(`
      [
        "sys:icb -> sys:acute activity 136497015",
        "sys:icb -> sys:acute activity 99661846",
      ]
    `);
  });

  it('pays planned units / 12 at the national price on plan (by hand)', () => {
    const { st, moved } = payApril(FLAT);
    expect(moved.map((t) => t.pence)).toEqual([0, 1].map((p) => Math.round(st.nationalPrice * st.activityUnits[p]! / 12)));
    expect(st.flows.spendByLine[0]).toBeGreaterThan(0);
  });

  it('pays activity above plan at the marginal rate (by hand)', () => {
    const { st, moved } = payApril({ ...FLAT, events: [{ type: 'acuteOverperformance', target: 'acute', magnitude: 0.1 }] });
    const r = 1.1;
    const paid = [0, 1].map((p) => Math.round(st.nationalPrice * (st.activityUnits[p]! / 12) * (1 + st.scenario.income.marginalRate * (r - 1))));
    moved.forEach((t, i) => expect(Math.abs(t.pence - paid[i]!)).toBeLessThanOrEqual(1));
  });

  it('takes displaced elective work off: delayed bed-days at their cost (by hand)', () => {
    const flat = payApril(FLAT);
    const { st, moved } = payApril({ ...FLAT, 'income.electiveDisplacement': 0.5 });
    const s = st.scenario;
    moved.forEach((t, p) => {
      const wanted = st.activityShare[p]! * st.flows.delayedBedDays[p]! * 0.5 * s.acute.costPerBedDay * 100 * st.world.orgs[st.world.places[p]!.acute]!.explicitScale;
      expect(Math.abs(flat.moved[p]!.pence - t.pence - st.nationalPrice * wanted)).toBeLessThanOrEqual(1);
    });
  });

  it('splits a place’s activity between the ICB and its delegated budget in their shares', () => {
    const { st, moved } = payApril({ ...FLAT, 'governance.devolution.mode': 'delegated', 'governance.devolution.share': 0.5 });
    const payers = st.activityPayers[0]!;
    expect(payers.map((p) => st.world.orgs[p.org]!.id)).toEqual(['sys:icb', 'sys:north']);
    expect(payers[0]!.share + payers[1]!.share).toBeCloseTo(1, 12);
    const total = Math.round(st.nationalPrice * st.activityUnits[0]! / 12);
    const north = moved.filter((t) => t.to === 'sys:acute').slice(0, 2);
    expect(north.map((t) => t.from)).toEqual(['sys:icb', 'sys:north']);
    expect(north[0]!.pence).toBe(Math.round(total * payers[0]!.share));
    expect(north[0]!.pence + north[1]!.pence).toBe(total);
  });
});
