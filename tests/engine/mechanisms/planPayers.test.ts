/**
 * planPayers (src/engine/mechanisms/planPayers.ts, in the planning round):
 * who pays each place's acute activity and prescribing, and the monthly
 * transfer of delegated budgets. By hand: centrally the ICB pays all; with
 * a delegated budget the ICB and the delegate pay in proportion to their
 * acute (and prescribing) budgets, and the delegate receives its whole
 * delegated budget, rounded, over the year.
 */
import { describe, expect, it } from 'vitest';
import { LINES } from '../../../src/engine/lines.ts';
import { planInputs, planParts, runMonthUntil } from '../../helpers/mechanismCall.ts';
import { org, smallState } from '../../helpers/smallState.ts';

const ACUTE = LINES.indexOf('acute');
const PRESCRIBING = LINES.indexOf('prescribing');

function planned(over: Record<string, unknown>) {
  const st = smallState({ 'allocation.rule': 'rollForward', ...over });
  runMonthUntil(st, 'stepFlows');
  const { yb, budgets } = planInputs(st, 0);
  const c = planParts.planContracts(st, 0, yb, budgets);
  planParts.planPayers(st, 0, yb, c);
  return { st, yb };
}

describe('planPayers', () => {
  it('has the ICB pay everything when nothing is delegated', () => {
    const { st, yb } = planned({});
    const icb = org(st, 'icb');
    expect(st.activityPayers.map((ps) => ps.map((p) => [p.org, p.share]))).toEqual([[[icb, 1]], [[icb, 1]]]);
    expect(st.prescribingPayers).toEqual([[{ org: icb, share: 1 }], [{ org: icb, share: 1 }]]);
    expect([...st.prescribing]).toEqual([0, 1].map((p) => Math.round(yb.central[p]![PRESCRIBING]!)));
    expect(st.delegatedPay).toEqual([]);
  });

  it('splits payers by the delegated share of each budget, and pays the delegate its budget (by hand)', () => {
    const { st, yb } = planned({ 'allocation.rule': 'negotiate', 'governance.devolution.mode': 'delegated', 'governance.devolution.share': 0.5 });
    const icb = org(st, 'icb');
    st.world.places.forEach((p, i) => {
      const cen = yb.central[i]![ACUTE]!;
      const del = yb.delegated[i]![ACUTE]!;
      const payers = st.activityPayers[i]!;
      expect(payers.map((x) => x.org)).toEqual([icb, p.org]);
      expect(payers[0]!.share).toBe(cen / (cen + del));
      expect(payers[1]!.share).toBe(del / (cen + del));
      const pres = st.prescribingPayers[i]!;
      expect(pres[1]!.share).toBe(Math.round(yb.delegated[i]![PRESCRIBING]!) / st.prescribing[i]!);
      expect(pres[0]!.share + pres[1]!.share).toBe(1);
    });
    expect(st.delegatedPay.map((d) => [d.from, d.to, d.annual])).toEqual(st.world.places.map((p, i) => [icb, p.org, Math.round(yb.delegated[i]!.reduce((a, v) => a + v, 0))]));
  });
});
