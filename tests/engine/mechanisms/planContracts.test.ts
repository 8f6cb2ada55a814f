/**
 * planContracts (src/engine/mechanisms/planContracts.ts, in the planning
 * round): budgets become one contract per commissioner and provider, the
 * acute line less the share paid per unit of activity (from the acute
 * trust's kind). By hand under rollForward: each contract's lines are the
 * places' rounded budgets, primary care split by list; offers are the
 * contracts' sums.
 */
import { describe, expect, it } from 'vitest';
import { LINES } from '../../../src/engine/lines.ts';
import { planInputs, planParts, runMonthUntil } from '../../helpers/mechanismCall.ts';
import { org, smallState } from '../../helpers/smallState.ts';

const LI = Object.fromEntries(LINES.map((l, i) => [l, i])) as Record<(typeof LINES)[number], number>;

function planned(over: Record<string, unknown> = {}) {
  const st = smallState({ 'allocation.rule': 'rollForward', ...over });
  runMonthUntil(st, 'stepFlows');
  const { yb, budgets } = planInputs(st, 0);
  const c = planParts.planContracts(st, 0, yb, budgets);
  return { st, budgets, c };
}

describe('planContracts', () => {
  it('pays each line of each place to its provider, the acute line less its activity share (by hand)', () => {
    const { st, budgets } = planned();
    const share = st.scenario.income.activityShare.acute;
    expect([...st.activityShare]).toEqual([share, share]);
    const icb = org(st, 'icb');
    const byProvider = new Map(st.contracts.map((c) => [st.world.orgs[c.provider]!.id, c]));
    expect(st.contracts.every((c) => c.commissioner === icb)).toBe(true);
    expect([...byProvider.keys()]).toEqual(['sys:acute', 'sys:community', 'sys:mh', 'sys:county', 'sys:gp-n1', 'sys:gp-n2', 'sys:gp-s1', 'sys:gp-s2']);
    const sum = (f: (b: Float64Array) => number) => f(budgets[0]!) + f(budgets[1]!);
    expect(byProvider.get('sys:acute')!.byLine[LI.acute]).toBe(sum((b) => Math.round(b[LI.acute]! * (1 - share))));
    expect(byProvider.get('sys:community')!.byLine[LI.community]).toBe(sum((b) => Math.round(b[LI.community]!)));
    expect(byProvider.get('sys:mh')!.byLine[LI.mentalHealth]).toBe(sum((b) => Math.round(b[LI.mentalHealth]!)));
    const county = byProvider.get('sys:county')!;
    expect([county.byLine[LI.socialCare], county.byLine[LI.prevention]]).toEqual([sum((b) => Math.round(b[LI.socialCare]!)), sum((b) => Math.round(b[LI.prevention]!))]);
    // Capitation by list: north's practices hold 35,000 and 25,000 of its 60,000 patients.
    const north = Math.round(budgets[0]![LI.primaryCare]!);
    expect(byProvider.get('sys:gp-n1')!.annual).toBe(Math.round((north * 35_000) / 60_000));
    expect(byProvider.get('sys:gp-n1')!.annual + byProvider.get('sys:gp-n2')!.annual).toBe(north);
    // Prescribing is kept by the commissioner: no contract carries it.
    expect(st.contracts.every((c) => c.byLine[LI.prescribing] === 0)).toBe(true);
    for (const c of st.contracts) expect(st.offers[c.provider]).toBe(c.annual);
  });

  it('sets each place’s activity units from its first-year acute budget at the national price (by hand)', () => {
    const { st, budgets } = planned();
    st.world.places.forEach((p, i) => expect(st.activityUnits[i]).toBe((st.activityShare[i]! * budgets[i]![LI.acute]! * p.activityRate) / st.nationalPrice));
  });

  it('contracts a delegated budget from its delegate, with its own authorisation', () => {
    const { st, c } = planned({ 'governance.devolution.mode': 'delegated', 'governance.devolution.share': 0.5, 'allocation.rule': 'negotiate' });
    const pairs = st.contracts.map((k) => `${st.world.orgs[k.commissioner]!.id} -> ${st.world.orgs[k.provider]!.id}`);
    expect(pairs).toMatchInlineSnapshot(`
      [
        "sys:icb -> sys:acute",
        "sys:icb -> sys:community",
        "sys:icb -> sys:mh",
        "sys:icb -> sys:county",
        "sys:icb -> sys:gp-n1",
        "sys:icb -> sys:gp-n2",
        "sys:icb -> sys:gp-s1",
        "sys:icb -> sys:gp-s2",
        "sys:north -> sys:acute",
        "sys:north -> sys:community",
        "sys:north -> sys:mh",
        "sys:north -> sys:county",
        "sys:north -> sys:gp-n1",
        "sys:north -> sys:gp-n2",
        "sys:south -> sys:acute",
        "sys:south -> sys:community",
        "sys:south -> sys:mh",
        "sys:south -> sys:county",
        "sys:south -> sys:gp-s1",
        "sys:south -> sys:gp-s2",
      ]
    `);
    expect([...c.delegateAuth.keys()].map((o) => st.world.orgs[o]!.id)).toEqual(['sys:north', 'sys:south']);
  });
});
