/**
 * planExecutiveFunding (src/engine/mechanisms/planExecutiveFunding.ts, in
 * the planning round): general practice's executive costs its clinical
 * hours and management at this year's prices for each GP leadership group
 * (by hand); a practice levy is capped at `levyCap` of practices' contract
 * income, scaling the executive down; no executive, or one drawn from
 * existing roles, costs nothing. Its payments are payExecutive's test.
 */
import { describe, expect, it } from 'vitest';
import { planParts, runMonthUntil } from '../../helpers/mechanismCall.ts';
import { smallState } from '../../helpers/smallState.ts';

const executive = (funding: string, levyCap = 0.1) => ({
  'governance.gp.mode': 'unified+executive',
  'governance.gp.executive.clinicalHours': 20,
  'governance.gp.executive.management': 0.6,
  'governance.gp.executive.funding': funding,
  'governance.gp.executive.levyCap': levyCap,
});

/** The state after the first planning round, with the part called once more (a second year's row). */
function funded(over: Record<string, unknown>) {
  const st = smallState(over);
  runMonthUntil(st, 'stepFlows');
  planParts.planExecutiveFunding(st);
  return st;
}

describe('planExecutiveFunding', () => {
  it('costs hours x 12 x cost per hour plus management x its cost, at this year’s prices (by hand)', () => {
    const st = funded(executive('systemFunded'));
    const e = st.scenario.governance.gp.executive;
    expect([e.costPerHour, e.managementCost]).toEqual([110, 150_000]);
    expect(st.executive.cost).toBe(Math.round((20 * 12 * 110 + 0.6 * 150_000) * 100 * st.price));
    expect(st.voice.executiveScale).toBe(1);
    expect(st.executive.byYear).toEqual([0, 1].map(() => ({ fundedShare: 1, practices: 0, icb: 0 })));
    expect(st.ledger.authorisations[st.executive.auth]!.decision).toBe('GP executive funded by the ICB');
  });

  it('levies practices up to levyCap of their contract income, scaling the executive down (by hand)', () => {
    const st = funded(executive('practiceLevy', 0.0001));
    let income = 0;
    for (const pr of st.world.practices) income += st.offers[pr.org]!;
    const full = Math.round((20 * 12 * 110 + 0.6 * 150_000) * 100 * st.price);
    // Two groups (one per place) share the cap.
    const scale = (0.0001 * income) / (2 * full);
    expect(st.voice.executiveScale).toBe(scale);
    expect(st.executive.cost).toBe(Math.round(full * scale));
    expect(st.executive.byYear.map((y) => y.fundedShare)).toEqual([scale, scale]);
    // A cap above the cost funds it all.
    expect(funded(executive('practiceLevy', 0.1)).voice.executiveScale).toBe(1);
  });

  it('costs nothing from existing roles, or with no executive', () => {
    const roles = funded(executive('existingRoles'));
    expect([roles.executive.cost, roles.executive.auth]).toEqual([0, -1]);
    expect(roles.executive.byYear.at(-1)).toEqual({ fundedShare: 1, practices: 0, icb: 0 });
    const none = funded({});
    expect(none.executive.cost).toBe(0);
    expect(none.executive.byYear.at(-1)).toEqual({ fundedShare: 0, practices: 0, icb: 0 });
  });
});
