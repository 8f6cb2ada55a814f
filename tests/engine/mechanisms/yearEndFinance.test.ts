/**
 * yearEndFinance (src/engine/mechanisms/yearEndFinance.ts): the year-end
 * rules before the accounts close. Under linked finances places pool their
 * results pro rata to income, so after pooling every place's result is the
 * same share of its income (by hand); under the ICB backstop a deficit
 * beyond the tolerance band is topped up from the ICB and recovered later;
 * NHS England's one-off support goes to every trust as one share of income.
 */
import { describe, expect, it } from 'vitest';
import { advanceTo, callMechanism, runMonthUntil } from '../../helpers/mechanismCall.ts';
import { lines, org, smallState, transfersSince } from '../../helpers/smallState.ts';

const DELEGATED = { 'governance.devolution.mode': 'delegated', 'governance.devolution.share': 0.5, 'finance.loans.enabled': false };

function marchState(over: Record<string, unknown>) {
  const st = smallState({ ...DELEGATED, ...over });
  advanceTo(st, 11);
  runMonthUntil(st, 'yearEndFinance');
  return st;
}

describe('yearEndFinance', () => {
  it('pools places’ results under linked finances: each the same share of its income (by hand)', () => {
    const st = marchState({ 'finance.rule': 'linked' });
    const L = st.ledger;
    const places = [org(st, 'north'), org(st, 'south')];
    // The two places end the year nearly level: north's spending is raised by £500,000 so that they do not.
    L.yearOut[places[0]!]! += 50_000_000;
    const income = places.map((o) => L.yearIn[o]!);
    const before = places.map((o) => L.yearIn[o]! - L.yearOut[o]!);
    expect(before[0]! / income[0]!).not.toBeCloseTo(before[1]! / income[1]!, 3);
    const n = L.size;
    callMechanism('yearEndFinance', st, 11);
    const moved = transfersSince(st, n);
    expect(moved).toHaveLength(1);
    expect(moved[0]!.reason).toBe('pooling');
    const after = places.map((o) => L.yearIn[o]! - L.yearOut[o]!);
    const share = (before[0]! + before[1]!) / (income[0]! + income[1]!);
    after.forEach((r, i) => expect(Math.abs(r - share * income[i]!)).toBeLessThanOrEqual(1));
    expect(after[0]! + after[1]!).toBe(before[0]! + before[1]!);
    expect(lines(moved)).toMatchInlineSnapshot(`
      [
        "sys:south -> sys:north pooling 20646011",
      ]
    `);
  });

  it('moves nothing between places under autonomous finances', () => {
    const st = marchState({ 'finance.rule': 'autonomous' });
    const n = st.ledger.size;
    callMechanism('yearEndFinance', st, 11);
    expect(transfersSince(st, n).filter((t) => t.reason === 'pooling' || t.reason === 'backstop')).toEqual([]);
  });

  it('tops up deficits from the ICB under its backstop and schedules the recovery (recorded)', () => {
    const st = marchState({ 'finance.rule': 'icbBackstop' });
    const n = st.ledger.size;
    const reserve = st.ledger.balances[org(st, 'icb')]!;
    const acute = org(st, 'acute');
    const deficit = st.ledger.yearOut[acute]! - st.ledger.yearIn[acute]!;
    callMechanism('yearEndFinance', st, 11);
    const moved = transfersSince(st, n);
    expect(lines(moved)).toMatchInlineSnapshot(`
      [
        "sys:icb -> sys:acute backstop 105302584",
      ]
    `);
    // The deficit is topped up towards break-even from the ICB's reserve (its balance); here the reserve
    // is the smaller and is used up.
    expect(deficit).toBeGreaterThan(reserve);
    expect(moved[0]!.pence).toBe(Math.min(deficit, reserve));
    expect(st.ledger.balances[org(st, 'icb')]).toBe(0);
    const months = 12 * st.scenario.finance.backstopRecoveryYears;
    expect(st.recoveries).toEqual([{ org: acute, icb: org(st, 'icb'), outstanding: moved[0]!.pence, monthly: Math.ceil(moved[0]!.pence / months), auth: st.recoveries[0]!.auth }]);
  });

  it('pays NHS England’s support to every trust as the same share of its planned income', () => {
    const st = marchState({ 'finance.rule': 'autonomous', 'finance.support.share': 0.01 });
    const n = st.ledger.size;
    callMechanism('yearEndFinance', st, 11);
    const support = transfersSince(st, n).filter((t) => t.reason === 'deficitSupport');
    expect(support.map((t) => `${t.from} -> ${t.to}`)).toEqual(['external:nhsEngland -> sys:acute', 'external:nhsEngland -> sys:community', 'external:nhsEngland -> sys:mh']);
    support.forEach((t) => {
      const o = st.world.orgs.find((x) => x.id === t.to)!;
      expect(Math.abs(t.pence - 0.01 * o.plannedIncome)).toBeLessThanOrEqual(1);
    });
  });
});
